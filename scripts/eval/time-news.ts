/**
 * Precision of dates on real news: a fixed sample of dates bantin extracts from the baomoi
 * articles, each checked by reading its context (labels in `labels/dates-news.json`).
 *
 * The text of an article is its title and paragraphs joined by line breaks, as below; label spans
 * are offsets into that text.
 */
import { extractCounts } from "../../src/extract/quantity/index.js";
import { extractDates } from "../../src/extract/time/index.js";
import type { CountEntity } from "../../src/schema/quantity.js";
import type { DateEntity } from "../../src/schema/time.js";
import { seeded } from "../seeded.js";

export { seeded };

/** A baomoi article as the corpus stores it. */
export interface NewsArticle {
  id: string;
  title: string;
  body_paragraphs: string[];
}

/** The text bantin is given for an article. */
export function newsText(a: NewsArticle): string {
  return [a.title, ...a.body_paragraphs].join("\n");
}

/**
 * What bantin says a date is, in one line: its value (ISO instant, or `from..to`), or, when it
 * stays partial, `partial` with the stated fields; then the part of day and calendar if any.
 */
export function describeDate(d: DateEntity): string {
  const v = d.value;
  const value =
    v === undefined
      ? `partial ${JSON.stringify(d.stated)}${d.statedEnd ? `..${JSON.stringify(d.statedEnd)}` : ""}`
      : v.type === "value"
        ? `${v.value} ${v.grain}`
        : `${v.from?.value ?? ""}..${v.to?.value ?? ""} ${v.from?.grain ?? v.to?.grain ?? ""}`;
  return [value, d.partOfDay, d.calendar === "lunar" ? "lunar" : undefined]
    .filter(Boolean)
    .join(" ");
}

/** One sampled date. */
export interface SampledDate {
  n: number;
  article: NewsArticle;
  entity: DateEntity;
}

/**
 * `count` dates, at most one per article: articles are visited in a seeded random order and one of
 * each article's dates is drawn, so the sample spreads over the corpus.
 */
export function sampleDates(
  articles: readonly NewsArticle[],
  count: number,
  seed = 4,
): SampledDate[] {
  const rnd = seeded(seed);
  const order = articles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const out: SampledDate[] = [];
  for (const i of order) {
    if (out.length >= count) break;
    const article = articles[i] as NewsArticle;
    const dates = extractDates(newsText(article));
    if (dates.length === 0) continue;
    const entity = dates[Math.floor(rnd() * dates.length)] as DateEntity;
    out.push({ n: out.length + 1, article, entity });
  }
  return out;
}

/** One hand-checked date. */
export interface DateLabel {
  id: string;
  start: number;
  end: number;
  text: string;
  /** `describeDate` of the right reading, or `wrong` when the phrase is not that date. */
  expected: string;
  note?: string;
}

/** Precision on the labelled sample, with the current extractor. */
export function scoreNewsLabels(
  articles: readonly NewsArticle[],
  labels: readonly DateLabel[],
): {
  found: number;
  correct: number;
  keptRight: number;
  labelledRight: number;
  failures: string[];
} {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let found = 0;
  let correct = 0;
  let keptRight = 0;
  let labelledRight = 0;
  const failures: string[] = [];
  for (const l of labels) {
    if (l.expected !== "wrong") labelledRight++;
    const a = byId.get(l.id);
    if (!a) continue;
    const d = extractDates(newsText(a)).find(
      (e) => e.span.start === l.start && e.span.end === l.end,
    );
    if (!d) {
      if (l.expected !== "wrong") failures.push(`${l.id} ${l.text}: no longer extracted`);
      continue;
    }
    found++;
    const got = describeDate(d);
    if (l.expected !== "wrong" && got === l.expected) {
      correct++;
      keptRight++;
    } else {
      failures.push(
        `${l.id} ${l.text}: ${l.expected === "wrong" ? `not a date (${l.note ?? ""})` : `expected ${l.expected}`}, got ${got}`,
      );
    }
  }
  return { found, correct, keptRight, labelledRight, failures };
}

/** One sampled count, with its article. */
export interface SampledCount {
  n: number;
  article: NewsArticle;
  entity: CountEntity;
}

/** What bantin says a count is, in one line: qualifier, value (or range), unit, kind. */
export function describeCount(c: CountEntity): string {
  const v = c.upper !== undefined ? `${c.value}-${c.upper}` : `${c.value}`;
  return `${c.qualifier ? `${c.qualifier.meaning} ` : ""}${v} "${c.unit}" ${c.kind}`;
}

/** `count` counts, at most one per article, drawn like {@link sampleDates}. */
export function sampleCounts(
  articles: readonly NewsArticle[],
  count: number,
  seed: number,
): SampledCount[] {
  const rnd = seeded(seed);
  const order = articles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const out: SampledCount[] = [];
  for (const i of order) {
    if (out.length >= count) break;
    const article = articles[i] as NewsArticle;
    const counts = extractCounts(newsText(article));
    if (counts.length === 0) continue;
    const entity = counts[Math.floor(rnd() * counts.length)] as CountEntity;
    out.push({ n: out.length + 1, article, entity });
  }
  return out;
}
