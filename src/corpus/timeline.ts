/**
 * A timeline of a corpus: per day, month or year, how many articles are dated then, how many date
 * mentions, events, directives and documents fall then, and how many people and organisation
 * mentions the articles of that period hold. Every date comes from the text (the extracted dates,
 * the events' and documents' dates, the article's own stated date), never from file dates.
 *
 * A date counts in a period only when it is as precise as the period: "tháng 8/2017" counts in
 * August 2017 by month and in 2017 by year, not on any day.
 */
import type { ArticleId, TimelineGrain, TimelineItem, TimelineRow } from "../schema/corpus.js";
import type { AnalysisLike } from "./analysis-like.js";
import { type ArticleFacts, articleFacts, type DatedFact } from "./facts.js";

/** Characters of a date string that make each grain's period. */
const PERIOD_LENGTH: Readonly<Record<TimelineGrain, number>> = Object.freeze({
  day: 10,
  month: 7,
  year: 4,
});

/** The period of `date` at `grain`, or undefined when the date is less precise than the grain. */
export function periodOf(date: string, grain: TimelineGrain): string | undefined {
  const n = PERIOD_LENGTH[grain];
  return date.length >= n ? date.slice(0, n) : undefined;
}

type Counts = Omit<TimelineRow, "period">;

const zero = (): Counts => ({
  articles: 0,
  dates: 0,
  events: 0,
  directives: 0,
  documents: 0,
  people: 0,
  organisations: 0,
});

/**
 * A timeline filled article by article.
 *
 * @example
 * ```ts
 * const t = new Timeline("month");
 * for (const a of articles) t.add(a.id, analyze(a.text));
 * t.rows(); // [{ period: "2017-08", articles: 1, dates: 1, events: 1, directives: 1, documents: 0, people: 3, organisations: 14 }]
 * ```
 */
export class Timeline {
  private readonly counts = new Map<string, Counts>();

  constructor(readonly grain: TimelineGrain = "month") {}

  /**
   * Adds an analysed article; `date` is its date when the caller knows it. Returns its dated items
   * (the long table), in text order by kind.
   */
  add(id: ArticleId, analysis: AnalysisLike, options?: { date?: string }): TimelineItem[] {
    return this.addFacts(articleFacts(analysis, id, options));
  }

  /** Adds an article's facts (from `articleFacts`); returns its dated items. */
  addFacts(f: ArticleFacts): TimelineItem[] {
    const items: TimelineItem[] = [];
    const bump = (date: string, field: keyof Counts, by = 1): string | undefined => {
      const period = periodOf(date, this.grain);
      if (period === undefined) return undefined;
      let c = this.counts.get(period);
      if (!c) {
        c = zero();
        this.counts.set(period, c);
      }
      c[field] += by;
      return period;
    };
    const item = (fact: DatedFact, kind: TimelineItem["kind"], field: keyof Counts) => {
      const period = bump(fact.date, field);
      if (period === undefined) return;
      items.push({
        period,
        date: fact.date,
        kind,
        article: f.id,
        text: fact.text,
        ...(fact.type ? { type: fact.type } : {}),
      });
    };
    if (f.date !== undefined) {
      item({ date: f.date, text: f.title ?? "" }, "article", "articles");
      const people = f.people.reduce((n, p) => n + Math.max(1, p.mentions), 0);
      const bodies = f.organisations.reduce((n, o) => n + Math.max(1, o.mentions), 0);
      if (people > 0) bump(f.date, "people", people);
      if (bodies > 0) bump(f.date, "organisations", bodies);
    }
    for (const d of f.dates) item(d, "date", "dates");
    for (const e of f.events) item(e, "event", "events");
    for (const d of f.directives) item(d, "directive", "directives");
    for (const d of f.documents) item(d, "document", "documents");
    return items;
  }

  /** One row per period that has anything, in time order. */
  rows(): TimelineRow[] {
    return [...this.counts]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([period, c]) => ({ period, ...c }));
  }
}
