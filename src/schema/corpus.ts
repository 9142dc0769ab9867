import { z } from "zod";

// Corpus research tools (issue 7): keywords, near-duplicates, entity tables, timeline. Rows are flat
// where a spreadsheet or DuckDB reads them as they are.

/** An article's id in a corpus: the JSONL id field, the file path, or null when it has none. */
export const ArticleId = z.union([z.string(), z.number(), z.null()]).meta({ id: "ArticleId" });
/** @see {@link ArticleId} */
export type ArticleId = z.infer<typeof ArticleId>;

/** One keyword of an article. */
export const Keyword = z
  .object({
    /** As written in the article (most frequent form): `Cao Văn Minh`, `hội nghị`, `UBND`. */
    term: z.string(),
    /** The term's key: lower case, syllables joined by a space. */
    key: z.string(),
    /** BM25 weight in this article (wink-nlp's BM25 vectorizer; k1 3, b 0.75 by default). */
    score: z.number(),
    /** Occurrences in the article (title words count three times by default). */
    count: z.number().int(),
  })
  .meta({ id: "Keyword" });
/** @see {@link Keyword} */
export type Keyword = z.infer<typeof Keyword>;

/** The keywords of one article, best first. */
export const ArticleKeywords = z
  .object({
    id: ArticleId,
    title: z.string().optional(),
    /** Number of terms (stop words left out) the article has: its BM25 length. */
    terms: z.number().int(),
    keywords: z.array(Keyword),
  })
  .meta({ id: "ArticleKeywords" });
/** @see {@link ArticleKeywords} */
export type ArticleKeywords = z.infer<typeof ArticleKeywords>;

/** A keyword of a whole corpus: a term that is a keyword of many of its articles. */
export const CorpusKeyword = z
  .object({
    term: z.string(),
    key: z.string(),
    /** Articles it is among the top keywords of. */
    articles: z.number().int(),
    /** Articles it occurs in. */
    documentFrequency: z.number().int(),
    /** Occurrences in all articles. */
    count: z.number(),
    /** Sum of its weights in the articles it is a keyword of. */
    score: z.number(),
  })
  .meta({ id: "CorpusKeyword" });
/** @see {@link CorpusKeyword} */
export type CorpusKeyword = z.infer<typeof CorpusKeyword>;

/** A member of a near-duplicate group. */
export const DuplicateMember = z
  .object({
    id: ArticleId,
    /** Position of the article in the input, from 0. */
    index: z.number().int().nonnegative(),
    /** Estimated Jaccard similarity of its shingles to the group's first article (1 for that one). */
    similarity: z.number().min(0).max(1),
    /** The article's first line, to read the group at a glance. */
    title: z.string().optional(),
  })
  .meta({ id: "DuplicateMember" });
/** @see {@link DuplicateMember} */
export type DuplicateMember = z.infer<typeof DuplicateMember>;

/** Articles that are the same story re-posted with small edits. */
export const DuplicateGroup = z
  .object({
    /** Group number, from 1, in order of each group's first article. */
    group: z.number().int().positive(),
    size: z.number().int().min(2),
    /** In input order; the first is the earliest. */
    articles: z.array(DuplicateMember),
  })
  .meta({ id: "DuplicateGroup" });
/** @see {@link DuplicateGroup} */
export type DuplicateGroup = z.infer<typeof DuplicateGroup>;

/** Two articles found to be near-duplicates. */
export const DuplicatePair = z
  .object({
    /** The later article. */
    id: ArticleId,
    index: z.number().int().nonnegative(),
    /** The earlier article it repeats. */
    duplicateOf: ArticleId,
    duplicateOfIndex: z.number().int().nonnegative(),
    /** Estimated Jaccard similarity of their shingles. */
    similarity: z.number().min(0).max(1),
  })
  .meta({ id: "DuplicatePair" });
/** @see {@link DuplicatePair} */
export type DuplicatePair = z.infer<typeof DuplicatePair>;

/** A title as the corpus tables show it: parsed, and written as one string. */
const titleFields = {
  /** The whole title: `Phó Bí thư Thường trực Quận ủy Quận 9`. */
  title: z.string(),
  /** Canonical role: `Phó Bí thư`. */
  role: z.string(),
  qualifier: z.string().optional(),
  /** The organisation's canonical name, when known. */
  organisation: z.string().optional(),
  acting: z.boolean(),
  former: z.boolean(),
};

/** A title a person held, with when it was seen. */
export const PersonTitleSpan = z
  .object({
    ...titleFields,
    /** Articles it was seen in. */
    articles: z.number().int().positive(),
    /** Earliest and latest article date (YYYY-MM-DD) it was seen on; absent when no date was known. */
    firstDate: z.string().optional(),
    lastDate: z.string().optional(),
    /** Articles without a known date that show it. */
    undated: z.number().int().nonnegative(),
  })
  .meta({ id: "PersonTitleSpan" });
/** @see {@link PersonTitleSpan} */
export type PersonTitleSpan = z.infer<typeof PersonTitleSpan>;

/** One person across the corpus (people with the same full name are one row). */
export const PersonRow = z
  .object({
    /** `person:<name>`: the node id in the co-occurrence graph. */
    id: z.string(),
    name: z.string(),
    articles: z.number().int().positive(),
    mentions: z.number().int().nonnegative(),
    firstDate: z.string().optional(),
    lastDate: z.string().optional(),
    /** Titles over time, earliest first (undated ones last). */
    titles: z.array(PersonTitleSpan),
  })
  .meta({ id: "PersonRow" });
/** @see {@link PersonRow} */
export type PersonRow = z.infer<typeof PersonRow>;

/** A title of a person in one article: the long table of titles over time. */
export const PersonTitleRow = z
  .object({
    person: z.string(),
    ...titleFields,
    /** The article's date (YYYY-MM-DD), when known. */
    date: z.string().optional(),
    article: ArticleId,
  })
  .meta({ id: "PersonTitleRow" });
/** @see {@link PersonTitleRow} */
export type PersonTitleRow = z.infer<typeof PersonTitleRow>;

/** One organisation across the corpus. */
export const OrganisationRow = z
  .object({
    /** `organisation:<name>`. */
    id: z.string(),
    name: z.string(),
    type: z.string(),
    level: z.string().optional(),
    abbreviation: z.string().optional(),
    articles: z.number().int().positive(),
    mentions: z.number().int().nonnegative(),
    firstDate: z.string().optional(),
    lastDate: z.string().optional(),
    /** How it is written, most frequent first (at most 10). */
    forms: z.array(z.string()),
  })
  .meta({ id: "OrganisationRow" });
/** @see {@link OrganisationRow} */
export type OrganisationRow = z.infer<typeof OrganisationRow>;

/** An entity's mentions in one article: the long table of mentions. */
export const EntityMentionRow = z
  .object({
    /** `person:<name>` or `organisation:<name>`. */
    entity: z.string(),
    kind: z.enum(["person", "organisation"]),
    name: z.string(),
    article: ArticleId,
    date: z.string().optional(),
    mentions: z.number().int().positive(),
    /** The first mention's text. */
    text: z.string(),
  })
  .meta({ id: "EntityMentionRow" });
/** @see {@link EntityMentionRow} */
export type EntityMentionRow = z.infer<typeof EntityMentionRow>;

/** A node of the co-occurrence graph (Gephi's node table: Id, Label, ...). */
export const CooccurrenceNode = z
  .object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(["person", "organisation"]),
    articles: z.number().int().positive(),
  })
  .meta({ id: "CooccurrenceNode" });
/** @see {@link CooccurrenceNode} */
export type CooccurrenceNode = z.infer<typeof CooccurrenceNode>;

/** An undirected edge: two entities named in the same articles (Gephi: Source, Target, Weight). */
export const CooccurrenceEdge = z
  .object({
    source: z.string(),
    target: z.string(),
    /** Articles that name both. */
    weight: z.number().int().positive(),
    kind: z.enum(["person-person", "person-organisation", "organisation-organisation"]),
  })
  .meta({ id: "CooccurrenceEdge" });
/** @see {@link CooccurrenceEdge} */
export type CooccurrenceEdge = z.infer<typeof CooccurrenceEdge>;

/** How finely the timeline counts. */
export const TimelineGrain = z.enum(["day", "month", "year"]).meta({ id: "TimelineGrain" });
/** @see {@link TimelineGrain} */
export type TimelineGrain = z.infer<typeof TimelineGrain>;

/** Counts for one day, month or year, from the dates extracted from the articles. */
export const TimelineRow = z
  .object({
    /** `2017-08-04`, `2017-08` or `2017`. */
    period: z.string(),
    /** Articles dated in the period (their own date: metadata or lead date). */
    articles: z.number().int().nonnegative(),
    /** Date mentions that fall in the period (as precise as the period or more). */
    dates: z.number().int().nonnegative(),
    /** Events (meetings, ceremonies, visits) dated in the period. */
    events: z.number().int().nonnegative(),
    /** Directives given in the period (their event's date, else their article's date). */
    directives: z.number().int().nonnegative(),
    /** Documents issued in the period. */
    documents: z.number().int().nonnegative(),
    /** Person mentions in articles dated in the period. */
    people: z.number().int().nonnegative(),
    /** Organisation mentions in articles dated in the period. */
    organisations: z.number().int().nonnegative(),
  })
  .meta({ id: "TimelineRow" });
/** @see {@link TimelineRow} */
export type TimelineRow = z.infer<typeof TimelineRow>;

/** What a dated timeline item is. */
export const TimelineItemKind = z
  .enum(["article", "date", "event", "directive", "document"])
  .meta({ id: "TimelineItemKind" });
/** @see {@link TimelineItemKind} */
export type TimelineItemKind = z.infer<typeof TimelineItemKind>;

/** One dated thing: the long table behind the timeline counts. */
export const TimelineItem = z
  .object({
    period: z.string(),
    /** The date (YYYY-MM-DD, or YYYY-MM / YYYY when no finer). */
    date: z.string(),
    kind: TimelineItemKind,
    article: ArticleId,
    /** What it is: the date phrase, the event's head and topic, the directive's speech act... */
    text: z.string(),
    /** For events and documents: their type; for directives: the speech act's lemma. */
    type: z.string().optional(),
  })
  .meta({ id: "TimelineItem" });
/** @see {@link TimelineItem} */
export type TimelineItem = z.infer<typeof TimelineItem>;
