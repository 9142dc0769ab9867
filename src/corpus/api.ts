/**
 * The corpus tools as functions over an iterable of articles: raw text (plain or HTML) or analyses
 * (`analyze` results, or parsed `bantin analyze` JSONL records), so that a pipeline that has already
 * analysed its articles does not analyse them twice. The classes behind them
 * ({@link TermDictionary}/{@link KeywordScorer}, {@link NearDuplicateIndex}, {@link EntityTables},
 * {@link Timeline}) take one article at a time for streaming use.
 */
import { type AnalyzeOptions, analyze } from "../analyze.js";
import type {
  ArticleId,
  CooccurrenceEdge,
  CooccurrenceNode,
  EntityMentionRow,
  OrganisationRow,
  PersonRow,
  PersonTitleRow,
  TimelineGrain,
  TimelineItem,
  TimelineRow,
} from "../schema/corpus.js";
import type { AnalysisLike } from "./analysis-like.js";
import { EntityTables, entityMentionRows, personTitleRows } from "./entity-tables.js";
import { articleFacts } from "./facts.js";
import { type KeywordOptions, type KeywordsResult, keywordsOfTerms } from "./keywords.js";
import {
  findNearDuplicates as findNearDuplicateTexts,
  type NearDuplicateOptions,
  type NearDuplicatesResult,
} from "./near-duplicates.js";
import { type ArticleTerms, articleTerms, termsOfAnalysis } from "./terms.js";
import { Timeline } from "./timeline.js";

/** An article of a corpus: its text, or its analysis, or both. */
export interface CorpusArticle {
  /** Defaults to the article's position in the input (from 0). */
  readonly id?: ArticleId;
  /** The article as text (plain or HTML). */
  readonly text?: string;
  /** Its analysis, whole or in part (`analyze`'s result or a parsed `bantin analyze` record). */
  readonly analysis?: AnalysisLike;
  /** The article's date (YYYY-MM-DD) when the caller knows it (e.g. from its archive). */
  readonly date?: string;
}

/** What the corpus functions accept for one article: its text, or a {@link CorpusArticle}. */
export type CorpusInput = string | CorpusArticle;

interface Resolved {
  readonly id: ArticleId;
  readonly text: string | undefined;
  readonly analysis: AnalysisLike | undefined;
  readonly date: string | undefined;
}

function resolve(input: CorpusInput, index: number): Resolved {
  if (typeof input === "string")
    return { id: index, text: input, analysis: undefined, date: undefined };
  const a = typeof input === "object" && input !== null ? input : {};
  return {
    id: a.id !== undefined ? a.id : index,
    text: typeof a.text === "string" ? a.text : undefined,
    analysis: typeof a.analysis === "object" && a.analysis !== null ? a.analysis : undefined,
    date: typeof a.date === "string" ? a.date : undefined,
  };
}

/** The analysis of an article: given, or computed from its text. */
function analysisOf(r: Resolved, options?: AnalyzeOptions): AnalysisLike {
  if (r.analysis) return r.analysis;
  return analyze(r.text ?? "", options);
}

/** The keyword terms of an article: from its analysis's sections when given, else from its text. */
export function termsOfArticle(r: CorpusInput, options?: AnalyzeOptions): ArticleTerms {
  const a = resolve(r, 0);
  if (a.analysis && (a.text === undefined || Array.isArray(a.analysis.sections))) {
    return termsOfAnalysis(a.analysis, options);
  }
  return articleTerms(a.text ?? "", options);
}

/**
 * Keywords of every article and of the corpus, by BM25 (wink-nlp's vectorizer) over bantin's word
 * tokens with Vietnamese stop words left out.
 *
 * @example
 * ```ts
 * const { articles, corpus } = keywords(texts);
 * articles[0].keywords; // [{ term: "Cao Văn Minh", key: "cao văn minh", score: 9.1, count: 3 }, ...]
 * corpus[0]; // { term: "mầm non", articles: 47, documentFrequency: 61, ... }
 * ```
 */
export function keywords(
  articles: Iterable<CorpusInput>,
  options?: KeywordOptions & AnalyzeOptions & { corpusLimit?: number },
): KeywordsResult {
  const list: { id: ArticleId; title?: string; terms: ArticleTerms }[] = [];
  let i = 0;
  for (const input of articles) {
    const r = resolve(input, i++);
    const title = r.analysis?.metadata?.title;
    list.push({
      id: r.id,
      ...(typeof title === "string" ? { title } : {}),
      terms: termsOfArticle(
        r.analysis ? { analysis: r.analysis, ...(r.text ? { text: r.text } : {}) } : (r.text ?? ""),
        options,
      ),
    });
  }
  return keywordsOfTerms(list, options);
}

/**
 * Groups of near-duplicate articles (see {@link NearDuplicateIndex}). Articles given as analyses
 * use their normalised text.
 */
export function findNearDuplicates(
  articles: Iterable<CorpusInput>,
  options?: NearDuplicateOptions,
): NearDuplicatesResult {
  const texts = function* (): Generator<{ id: ArticleId; text: string }> {
    let i = 0;
    for (const input of articles) {
      const r = resolve(input, i++);
      const text = r.text ?? r.analysis?.normalized?.text;
      yield { id: r.id, text: typeof text === "string" ? text : "" };
    }
  };
  return findNearDuplicateTexts(texts(), options);
}

/** What {@link corpusTables} returns. */
export interface CorpusTables {
  people: PersonRow[];
  organisations: OrganisationRow[];
  /** One row per person, title and article. */
  personTitles: PersonTitleRow[];
  /** One row per entity and article. */
  mentions: EntityMentionRow[];
  nodes: CooccurrenceNode[];
  edges: CooccurrenceEdge[];
}

/**
 * Entity tables of a corpus: people with their titles over time, organisations with their
 * mentions, and the co-occurrence graph. Articles given as text are analysed first.
 */
export function corpusTables(
  articles: Iterable<CorpusInput>,
  options?: AnalyzeOptions & { minWeight?: number },
): CorpusTables {
  const tables = new EntityTables();
  const personTitles: PersonTitleRow[] = [];
  const mentions: EntityMentionRow[] = [];
  let i = 0;
  for (const input of articles) {
    const r = resolve(input, i++);
    const facts = articleFacts(analysisOf(r, options), r.id, { date: r.date });
    tables.addFacts(facts);
    for (const row of personTitleRows(facts)) personTitles.push(row);
    for (const row of entityMentionRows(facts)) mentions.push(row);
  }
  return {
    people: tables.people(),
    organisations: tables.organisations(),
    personTitles,
    mentions,
    nodes: tables.nodes(),
    edges: tables.edges(options?.minWeight ?? 1),
  };
}

/**
 * The timeline of a corpus (see {@link Timeline}): counts per period and the dated items behind
 * them. Articles given as text are analysed first.
 */
export function timeline(
  articles: Iterable<CorpusInput>,
  options?: AnalyzeOptions & { grain?: TimelineGrain },
): { rows: TimelineRow[]; items: TimelineItem[] } {
  const t = new Timeline(options?.grain ?? "month");
  const items: TimelineItem[] = [];
  let i = 0;
  for (const input of articles) {
    const r = resolve(input, i++);
    // One by one: an article with a huge number of dates must not overflow the call stack.
    for (const item of t.addFacts(articleFacts(analysisOf(r, options), r.id, { date: r.date })))
      items.push(item);
  }
  return { rows: t.rows(), items };
}
