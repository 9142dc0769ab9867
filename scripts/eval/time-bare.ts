/**
 * Precision of bare day/month dates on real news: `6/2`, `6-2`, `6.2`, `10-11/2` written without a
 * year and without `ngày`, `hôm` or a part of day (`sáng`, `chiều`...) right before them. The same figures are how news writes a third
 * (`trong đó 1/3`), a score (`thua 1-2`), a scale (`thang điểm từ 1-7`), a range of a count (`4-6
 * tuần`) and "round the clock" (`24/7`), so this is where a date extractor is most often wrong.
 *
 * A fixed sample of such pairs that bantin takes as dates, one per article, drawn with
 * {@link sampleBarePairs} and checked by reading each in its context (labels in
 * `labels/dates-bare-news.json`, keyed by article id and the pair's offsets in {@link newsText}).
 */
import { extractDates } from "../../src/extract/time/index.js";
import type { DateEntity } from "../../src/schema/time.js";
import { type NewsArticle, newsText, seeded } from "./time-news.js";

/** A pair of figures inside a date bantin found, with where it is in the article's text. */
export interface BarePair {
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  /** The rule of the date it is in. */
  rule: string;
  /** Nothing merged with it (no weekday, relative day, time...): the pair alone is the date. */
  standalone: boolean;
}

/** Rules of a pair that is the whole date. */
const STANDALONE: ReadonlySet<string> = new Set(["numeric-day-month", "numeric-day-range"]);

/** `10-11/2` (a range of days: its first day), else `6/2`, `6-2`, `6.2`. */
const RANGE = /(?<![\p{N}])(\d{1,2})\s?[-–]\s?\d{1,2}[/.](\d{1,2})(?![\p{N}])/u;
const PAIR = /(?<![\p{N}])(\d{1,2})[/.\-–](\d{1,2})(?![\p{N}]|[/.-]\p{N})/u;
/**
 * Words that make a pair after them a date whatever follows (`ngày 6/2`, `sáng 6/2`, `đêm 6-2`):
 * such pairs are not bare.
 */
const CUES_BEFORE = /(?<![\p{L}\p{M}])(?:ngày|hôm|mùng|mồng|sáng|trưa|chiều|tối|đêm|khuya)\s+$/iu;

/** The bare day/month pairs of `dates` (found in `text`, the text they were extracted from). */
export function barePairsOf(text: string, dates: readonly DateEntity[]): BarePair[] {
  const out: BarePair[] = [];
  for (const d of dates) {
    if (!/numeric-day-(?:month|range)/u.test(d.rule)) continue;
    if (d.stated.year !== undefined || d.statedEnd?.year !== undefined) continue;
    // The first pair of the date: `10-11/2` for a range of days, else `6/2` (`6/2 đến 8/2`).
    const m = d.rule.startsWith("numeric-day-range") ? RANGE.exec(d.text) : PAIR.exec(d.text);
    if (!m) continue;
    const start = d.span.start + m.index;
    const end = start + m[0].length;
    if (CUES_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      day: Number(m[1]),
      month: Number(m[2]),
      rule: d.rule,
      standalone: STANDALONE.has(d.rule),
    });
  }
  return out;
}

/** `count` bare pairs, at most one per article, in a seeded random order of the articles. */
export function sampleBarePairs(
  articles: readonly NewsArticle[],
  count: number,
  seed: number,
  standaloneOnly = false,
): { article: NewsArticle; pair: BarePair }[] {
  const rnd = seeded(seed);
  const order = articles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const out: { article: NewsArticle; pair: BarePair }[] = [];
  for (const i of order) {
    if (out.length >= count) break;
    const article = articles[i] as NewsArticle;
    const text = newsText(article);
    const pairs = barePairsOf(text, extractDates(text)).filter(
      (p) => !standaloneOnly || p.standalone,
    );
    if (pairs.length === 0) continue;
    out.push({ article, pair: pairs[Math.floor(rnd() * pairs.length)] as BarePair });
  }
  return out;
}

/** One hand-checked pair: a date (with its day and month) or not, and why. */
export interface BareLabel {
  id: string;
  start: number;
  end: number;
  text: string;
  /** `date`, or what the figures are instead (`fraction`, `score`, `range`, `label`...). */
  verdict: string;
  day?: number;
  month?: number;
  note?: string;
}

/** What {@link scoreBareLabels} counts. */
export interface BareScores {
  /** Labelled pairs bantin still takes as dates, and those of them that are right. */
  found: number;
  correct: number;
  /** The same for the pairs that are the whole date (nothing merged with them). */
  foundStandalone: number;
  correctStandalone: number;
  /** Pairs labelled as dates, and those of them still found right. */
  labelledRight: number;
  keptRight: number;
  failures: string[];
}

/** Precision of the labelled pairs bantin still takes as dates, and right dates still found. */
export function scoreBareLabels(
  articles: readonly NewsArticle[],
  labels: readonly BareLabel[],
): BareScores {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const pairsOf = new Map<string, BarePair[]>();
  const r: BareScores = {
    found: 0,
    correct: 0,
    foundStandalone: 0,
    correctStandalone: 0,
    labelledRight: 0,
    keptRight: 0,
    failures: [],
  };
  for (const l of labels) {
    const right = l.verdict === "date";
    if (right) r.labelledRight++;
    const a = byId.get(l.id);
    if (!a) continue;
    let pairs = pairsOf.get(l.id);
    if (!pairs) {
      const text = newsText(a);
      pairs = barePairsOf(text, extractDates(text));
      pairsOf.set(l.id, pairs);
    }
    const p = pairs.find((x) => x.start === l.start && x.end === l.end);
    if (!p) {
      if (right) r.failures.push(`${l.id} ${l.text}: a date, no longer found`);
      continue;
    }
    r.found++;
    if (p.standalone) r.foundStandalone++;
    if (right && p.day === l.day && p.month === l.month) {
      r.correct++;
      r.keptRight++;
      if (p.standalone) r.correctStandalone++;
    } else {
      const why = right
        ? `expected ${l.day}/${l.month}`
        : `not a date (${l.verdict}${l.note ? `: ${l.note}` : ""})`;
      r.failures.push(`${l.id} ${l.text}: ${why}, got ${p.day}/${p.month}`);
    }
  }
  return r;
}
