/**
 * The tables `bantin corpus ...` writes, as JSON Lines (one object per row, the schema's field
 * names: DuckDB's `read_json`, pandas' `read_json(lines=True)`) or CSV (RFC 4180 with a header row,
 * nested lists joined by `; `: spreadsheets, DuckDB's `read_csv`). Node and edge tables use the
 * column names Gephi's spreadsheet import recognises (`Id`, `Label`; `Source`, `Target`, `Weight`,
 * `Type`).
 */
import type {
  ArticleKeywords,
  CooccurrenceEdge,
  CooccurrenceNode,
  CorpusKeyword,
  DuplicateGroup,
  DuplicatePair,
  EntityMentionRow,
  OrganisationRow,
  PersonRow,
  PersonTitleRow,
  TimelineItem,
  TimelineRow,
} from "../schema/corpus.js";
import type { CorpusFormat } from "./corpus-args.js";
import { csvRow } from "./output/csv.js";
import type { Writer } from "./output/sink.js";

/** How one kind of row is written: CSV columns and cells; JSONL lines (possibly several a row). */
export interface TableSpec<T> {
  readonly name: string;
  readonly columns: readonly string[];
  /** CSV rows of one item (a group or an article's keywords gives several). */
  csv(row: T): string[][];
  /** JSONL values of one item. */
  jsonl(row: T): unknown[];
}

const str = (v: unknown): string =>
  v === undefined || v === null ? "" : typeof v === "string" ? v : String(v);
const one = <T>(row: T): T[] => [row];

export const ARTICLE_KEYWORDS: TableSpec<ArticleKeywords> = {
  name: "keywords",
  columns: ["id", "title", "rank", "term", "key", "score", "count"],
  csv: (a) =>
    a.keywords.map((k, i) => [
      str(a.id),
      str(a.title),
      String(i + 1),
      k.term,
      k.key,
      String(k.score),
      String(k.count),
    ]),
  jsonl: one,
};

export const CORPUS_KEYWORDS: TableSpec<CorpusKeyword> = {
  name: "corpus-keywords",
  columns: ["term", "key", "articles", "documentFrequency", "count", "score"],
  csv: (k) => [
    [
      k.term,
      k.key,
      String(k.articles),
      String(k.documentFrequency),
      String(k.count),
      String(k.score),
    ],
  ],
  jsonl: one,
};

export const DUPLICATE_GROUPS: TableSpec<DuplicateGroup> = {
  name: "groups",
  columns: ["group", "size", "id", "index", "similarity", "title"],
  csv: (g) =>
    g.articles.map((a) => [
      String(g.group),
      String(g.size),
      str(a.id),
      String(a.index),
      String(a.similarity),
      str(a.title),
    ]),
  jsonl: one,
};

export const DUPLICATE_PAIRS: TableSpec<DuplicatePair> = {
  name: "pairs",
  columns: ["id", "index", "duplicateOf", "duplicateOfIndex", "similarity"],
  csv: (p) => [
    [
      str(p.id),
      String(p.index),
      str(p.duplicateOf),
      String(p.duplicateOfIndex),
      String(p.similarity),
    ],
  ],
  jsonl: one,
};

/** `title [2017-08-04 – 2020-01-02] (3)`: a title with its dates and article count. */
function titleSummary(t: PersonRow["titles"][number]): string {
  const dates =
    t.firstDate === undefined
      ? "undated"
      : t.firstDate === t.lastDate
        ? t.firstDate
        : `${t.firstDate} – ${t.lastDate}`;
  return `${t.title} [${dates}] (${t.articles})`;
}

export const PEOPLE: TableSpec<PersonRow> = {
  name: "people",
  columns: ["id", "name", "articles", "mentions", "firstDate", "lastDate", "titles"],
  csv: (p) => [
    [
      p.id,
      p.name,
      String(p.articles),
      String(p.mentions),
      str(p.firstDate),
      str(p.lastDate),
      p.titles.map(titleSummary).join("; "),
    ],
  ],
  jsonl: one,
};

export const TITLES: TableSpec<PersonTitleRow> = {
  name: "titles",
  columns: [
    "person",
    "title",
    "role",
    "qualifier",
    "organisation",
    "acting",
    "former",
    "date",
    "article",
  ],
  csv: (t) => [
    [
      t.person,
      t.title,
      t.role,
      str(t.qualifier),
      str(t.organisation),
      String(t.acting),
      String(t.former),
      str(t.date),
      str(t.article),
    ],
  ],
  jsonl: one,
};

export const ORGANISATIONS: TableSpec<OrganisationRow> = {
  name: "organisations",
  columns: [
    "id",
    "name",
    "type",
    "level",
    "abbreviation",
    "articles",
    "mentions",
    "firstDate",
    "lastDate",
    "forms",
  ],
  csv: (o) => [
    [
      o.id,
      o.name,
      o.type,
      str(o.level),
      str(o.abbreviation),
      String(o.articles),
      String(o.mentions),
      str(o.firstDate),
      str(o.lastDate),
      o.forms.join("; "),
    ],
  ],
  jsonl: one,
};

export const MENTIONS: TableSpec<EntityMentionRow> = {
  name: "mentions",
  columns: ["entity", "kind", "name", "article", "date", "mentions", "text"],
  csv: (m) => [[m.entity, m.kind, m.name, str(m.article), str(m.date), String(m.mentions), m.text]],
  jsonl: one,
};

export const NODES: TableSpec<CooccurrenceNode> = {
  name: "nodes",
  columns: ["Id", "Label", "Kind", "Articles"],
  csv: (n) => [[n.id, n.label, n.kind, String(n.articles)]],
  jsonl: one,
};

export const EDGES: TableSpec<CooccurrenceEdge> = {
  name: "edges",
  columns: ["Source", "Target", "Weight", "Type", "Kind"],
  csv: (e) => [[e.source, e.target, String(e.weight), "Undirected", e.kind]],
  jsonl: one,
};

export const TIMELINE: TableSpec<TimelineRow> = {
  name: "timeline",
  columns: [
    "period",
    "articles",
    "dates",
    "events",
    "directives",
    "documents",
    "people",
    "organisations",
  ],
  csv: (r) => [
    [
      r.period,
      String(r.articles),
      String(r.dates),
      String(r.events),
      String(r.directives),
      String(r.documents),
      String(r.people),
      String(r.organisations),
    ],
  ],
  jsonl: one,
};

export const TIMELINE_ITEMS: TableSpec<TimelineItem> = {
  name: "items",
  columns: ["period", "date", "kind", "article", "type", "text"],
  csv: (i) => [[i.period, i.date, i.kind, str(i.article), str(i.type), i.text]],
  jsonl: one,
};

/** Rows of one table to one writer, in one format; the CSV header goes first. */
export class TableWriter<T> {
  private started = false;

  constructor(
    private readonly writer: Writer,
    private readonly spec: TableSpec<T>,
    private readonly format: CorpusFormat,
    private readonly bom = false,
  ) {}

  /** Writes the CSV header (once), also for a table that stays empty. */
  async begin(): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (this.format === "csv")
      await this.writer.write(`${this.bom ? "\ufeff" : ""}${csvRow(this.spec.columns)}`);
  }

  async write(rows: readonly T[]): Promise<void> {
    await this.begin();
    let out = "";
    for (const row of rows) {
      if (this.format === "csv") for (const cells of this.spec.csv(row)) out += csvRow(cells);
      else for (const v of this.spec.jsonl(row)) out += `${JSON.stringify(v)}\n`;
      // Flush in pieces: a large table is never one huge string.
      if (out.length > 1 << 20) {
        await this.writer.write(out);
        out = "";
      }
    }
    if (out !== "") await this.writer.write(out);
  }

  /** Writes a line as it is (an error record in JSONL, keeping one line per input line). */
  async raw(line: string): Promise<void> {
    await this.begin();
    if (this.format === "jsonl") await this.writer.write(line);
  }
}
