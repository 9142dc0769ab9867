/**
 * Entity tables across a corpus: every person with the titles they were given and when (a title
 * seen in 2017 and another in 2020 are both kept, each with its first and last article date), every
 * organisation with its mentions, and who is named with whom.
 *
 * A person is identified by the full name the extractor gives (two people with one name are one
 * row; the titles usually tell them apart), an organisation by its canonical name. The aggregates
 * hold one entry per distinct person, organisation, title and pair; the long tables (a title in an
 * article, an entity's mentions in an article) are produced per article, to be written out as
 * articles stream by.
 */
import type {
  ArticleId,
  CooccurrenceEdge,
  CooccurrenceNode,
  EntityMentionRow,
  OrganisationRow,
  PersonRow,
  PersonTitleRow,
  PersonTitleSpan,
} from "../schema/corpus.js";
import type { AnalysisLike } from "./analysis-like.js";
import { CooccurrenceCounter, type CooccurringEntity } from "./cooccurrence.js";
import { type ArticleFacts, articleFacts, type TitleFact } from "./facts.js";

/** The node id of a person or organisation in the tables and the graph. */
export const personId = (name: string) => `person:${name}`;
export const organisationId = (name: string) => `organisation:${name}`;

interface Seen {
  articles: number;
  first: string | undefined;
  last: string | undefined;
  undated: number;
}

function see(s: Seen, date: string | undefined): void {
  s.articles++;
  if (date === undefined) {
    s.undated++;
    return;
  }
  if (s.first === undefined || date < s.first) s.first = date;
  if (s.last === undefined || date > s.last) s.last = date;
}

const fresh = (): Seen => ({ articles: 0, first: undefined, last: undefined, undated: 0 });

interface PersonAgg extends Seen {
  readonly name: string;
  mentions: number;
  readonly titles: Map<string, { fact: TitleFact; seen: Seen }>;
}

interface OrganisationAgg extends Seen {
  readonly name: string;
  readonly type: string;
  readonly level: string | undefined;
  readonly abbreviation: string | undefined;
  mentions: number;
  readonly forms: Map<string, number>;
}

/** Distinct written forms kept per organisation. */
const MAX_FORMS = 50;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Entity tables, filled article by article.
 *
 * @example
 * ```ts
 * const tables = new EntityTables();
 * for (const a of articles) tables.add(a.id, analyze(a.text));
 * tables.people(); // [{ name: "Cao Văn Minh", titles: [{ title: "Phó Bí thư Thường trực Quận ủy Quận 9", firstDate: "2017-08-04", ... }] }]
 * tables.edges(); // [{ source: "person:Cao Văn Minh", target: "organisation:Quận ủy Quận 9", weight: 1, kind: "person-organisation" }]
 * ```
 */
export class EntityTables {
  private readonly persons = new Map<string, PersonAgg>();
  private readonly bodies = new Map<string, OrganisationAgg>();
  private readonly graph = new CooccurrenceCounter();
  private count = 0;

  /** Articles added. */
  get articles(): number {
    return this.count;
  }

  /**
   * Adds an analysed article (the result of `analyze`, or a `bantin analyze` JSONL record). `date`
   * is the article's date when the caller knows it (YYYY-MM-DD); otherwise the article's own stated
   * date is used, else the article is undated. Returns the facts kept of it.
   */
  add(id: ArticleId, analysis: AnalysisLike, options?: { date?: string }): ArticleFacts {
    const facts = articleFacts(analysis, id, options);
    this.addFacts(facts);
    return facts;
  }

  /** Adds an article's facts (from {@link articleFacts}, e.g. computed in a worker thread). */
  addFacts(f: ArticleFacts): void {
    this.count++;
    const date = f.date;
    const entities: CooccurringEntity[] = [];
    // Two entities of one article with the same name are one person here: counted once.
    const seenPeople = new Set<string>();
    const seenTitles = new Set<string>();
    for (const p of f.people) {
      let agg = this.persons.get(p.name);
      if (!agg) {
        agg = { name: p.name, mentions: 0, titles: new Map(), ...fresh() };
        this.persons.set(p.name, agg);
      }
      if (!seenPeople.has(p.name)) see(agg, date);
      seenPeople.add(p.name);
      agg.mentions += p.mentions;
      for (const t of p.titles) {
        let held = agg.titles.get(t.title);
        if (!held) {
          held = { fact: t, seen: fresh() };
          agg.titles.set(t.title, held);
        }
        const key = `${p.name}\u0000${t.title}`;
        if (!seenTitles.has(key)) see(held.seen, date);
        seenTitles.add(key);
      }
      entities.push({ id: personId(p.name), label: p.name, kind: "person", mentions: p.mentions });
    }
    const seenBodies = new Set<string>();
    for (const o of f.organisations) {
      let agg = this.bodies.get(o.name);
      if (!agg) {
        agg = {
          name: o.name,
          type: o.type,
          level: o.level,
          abbreviation: o.abbreviation,
          mentions: 0,
          forms: new Map(),
          ...fresh(),
        };
        this.bodies.set(o.name, agg);
      }
      if (!seenBodies.has(o.name)) see(agg, date);
      seenBodies.add(o.name);
      agg.mentions += o.mentions;
      for (const form of o.forms) {
        if (agg.forms.has(form) || agg.forms.size < MAX_FORMS)
          agg.forms.set(form, (agg.forms.get(form) ?? 0) + 1);
      }
      entities.push({
        id: organisationId(o.name),
        label: o.name,
        kind: "organisation",
        mentions: o.mentions,
      });
    }
    this.graph.addArticle(entities);
  }

  /** Every person, most articles first, with their titles over time. */
  people(): PersonRow[] {
    const rows: PersonRow[] = [];
    for (const p of this.persons.values()) {
      const titles: PersonTitleSpan[] = [...p.titles.values()]
        .map(({ fact, seen }) => ({
          title: fact.title,
          role: fact.role,
          ...(fact.qualifier !== undefined ? { qualifier: fact.qualifier } : {}),
          ...(fact.organisation !== undefined ? { organisation: fact.organisation } : {}),
          acting: fact.acting,
          former: fact.former,
          articles: seen.articles,
          ...(seen.first !== undefined ? { firstDate: seen.first } : {}),
          ...(seen.last !== undefined ? { lastDate: seen.last } : {}),
          undated: seen.undated,
        }))
        // Earliest first; titles never dated come last, most seen first.
        .sort(
          (a, b) =>
            (a.firstDate === undefined ? 1 : 0) - (b.firstDate === undefined ? 1 : 0) ||
            byCodeUnits(a.firstDate ?? "", b.firstDate ?? "") ||
            b.articles - a.articles ||
            byCodeUnits(a.title, b.title),
        );
      rows.push({
        id: personId(p.name),
        name: p.name,
        articles: p.articles,
        mentions: p.mentions,
        ...(p.first !== undefined ? { firstDate: p.first } : {}),
        ...(p.last !== undefined ? { lastDate: p.last } : {}),
        titles,
      });
    }
    return rows.sort((a, b) => b.articles - a.articles || byCodeUnits(a.name, b.name));
  }

  /** Every organisation, most articles first. */
  organisations(): OrganisationRow[] {
    const rows: OrganisationRow[] = [];
    for (const o of this.bodies.values()) {
      const forms = [...o.forms]
        .sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))
        .slice(0, 10)
        .map(([f]) => f);
      rows.push({
        id: organisationId(o.name),
        name: o.name,
        type: o.type,
        ...(o.level !== undefined ? { level: o.level } : {}),
        ...(o.abbreviation !== undefined ? { abbreviation: o.abbreviation } : {}),
        articles: o.articles,
        mentions: o.mentions,
        ...(o.first !== undefined ? { firstDate: o.first } : {}),
        ...(o.last !== undefined ? { lastDate: o.last } : {}),
        forms,
      });
    }
    return rows.sort((a, b) => b.articles - a.articles || byCodeUnits(a.name, b.name));
  }

  /** Graph nodes (people and organisations) named in at least `minArticles` articles. */
  nodes(minArticles = 1): CooccurrenceNode[] {
    return this.graph.nodes(minArticles);
  }

  /** Graph edges: pairs named together in at least `minWeight` articles. */
  edges(minWeight = 1): CooccurrenceEdge[] {
    return this.graph.edges(minWeight);
  }
}

/** The long table of titles: one row per person, title and article. */
export function personTitleRows(f: ArticleFacts): PersonTitleRow[] {
  const rows: PersonTitleRow[] = [];
  for (const p of f.people) {
    for (const t of p.titles) {
      rows.push({
        person: p.name,
        title: t.title,
        role: t.role,
        ...(t.qualifier !== undefined ? { qualifier: t.qualifier } : {}),
        ...(t.organisation !== undefined ? { organisation: t.organisation } : {}),
        acting: t.acting,
        former: t.former,
        ...(f.date !== undefined ? { date: f.date } : {}),
        article: f.id,
      });
    }
  }
  return rows;
}

/** The long table of mentions: one row per entity and article. */
export function entityMentionRows(f: ArticleFacts): EntityMentionRow[] {
  const date = f.date !== undefined ? { date: f.date } : {};
  return [
    ...f.people.map(
      (p): EntityMentionRow => ({
        entity: personId(p.name),
        kind: "person",
        name: p.name,
        article: f.id,
        ...date,
        mentions: Math.max(1, p.mentions),
        text: p.text,
      }),
    ),
    ...f.organisations.map(
      (o): EntityMentionRow => ({
        entity: organisationId(o.name),
        kind: "organisation",
        name: o.name,
        article: f.id,
        ...date,
        mentions: Math.max(1, o.mentions),
        text: o.forms[0] ?? o.name,
      }),
    ),
  ];
}
