import type { Section, SectionKind } from "../../schema/sections.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { Doc } from "../doc.js";
import { type Gazetteer, gazetteer } from "../place/gazetteer.js";
import { type Lexicons, lexicons } from "./lexicons.js";

/**
 * What every entity parser works with: the document, its tokens, the compiled lexicons and the
 * catalogue, plus small memo tables so that parsing the same position twice costs nothing (the
 * scanners try several parsers at each token; memoising keeps the whole pass linear).
 */
export class EntityContext {
  readonly lex: Lexicons = lexicons();
  readonly gaz: Gazetteer = gazetteer();
  /** Memo table: one entry per parse tried, keyed by kind, token and variant. */
  private readonly memo = new Map<number, unknown>();
  /** The year the article is about, from its dates, when it gives any. */
  readonly year: string | undefined;
  private readonly sectionStarts: number[];
  private readonly sectionList: readonly Section[];

  constructor(
    readonly doc: Doc,
    readonly tokens: readonly Token[],
    sections: readonly Section[],
    options: EntityOptions = {},
  ) {
    this.sectionList = [...sections].sort((a, b) => a.span.start - b.span.start);
    this.sectionStarts = this.sectionList.map((s) => s.span.start);
    this.year =
      referenceYear(options.referenceDate) ??
      datesYear(options.dates ?? []) ??
      documentYear(doc.text);
  }

  /** Token `i`, or undefined past the end. */
  at(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** The key of token `i` (`""` past the end). */
  key(i: number): string {
    return this.tokens[i]?.key ?? "";
  }

  /** Whether token `i` is a capitalised word. */
  isCap(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === "word" && t.cap;
  }

  private sentenceStarts: Int32Array | undefined;

  /** The index of the first token of the sentence token `i` is in (computed once, in one pass). */
  sentenceStartOf(i: number): number {
    if (!this.sentenceStarts) {
      const starts = new Int32Array(this.tokens.length);
      let current = 0;
      for (let k = 0; k < this.tokens.length; k++) {
        if (this.startsSentence(k)) current = k;
        starts[k] = current;
      }
      this.sentenceStarts = starts;
    }
    return i < this.tokens.length
      ? (this.sentenceStarts[i] as number)
      : (this.sentenceStarts[this.tokens.length - 1] ?? 0);
  }

  /** Whether token `i` is the first of its sentence or line. */
  startsSentence(i: number): boolean {
    if (i === 0) return true;
    const t = this.tokens[i] as Token;
    if (startsLine(t)) return true;
    const prev = this.tokens[i - 1] as Token;
    return prev.kind === "punct" && /^[.!?:"“”…]$/u.test(prev.text);
  }

  /** The kind of the section that contains normalised offset `offset`. */
  sectionAt(offset: number): SectionKind | undefined {
    const src = this.doc.map.toSource(offset);
    let lo = 0;
    let hi = this.sectionStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sectionStarts[mid] as number) <= src) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = this.sectionList[found];
    return s && src < s.span.end ? s.kind : undefined;
  }

  /**
   * Memoised `compute()` for parse `kind` at token `index`, variant `variant` (0..7): each parser is
   * tried at most once per token and variant, which keeps the scan linear.
   */
  memoise<T>(kind: "place" | "org" | "title", index: number, variant: number, compute: () => T): T {
    const slot = (index * 8 + variant) * 4 + KIND_SLOT[kind];
    const cached = this.memo.get(slot);
    if (cached !== undefined) return (cached === NONE ? undefined : cached) as T;
    const value = compute();
    this.memo.set(slot, value === undefined ? NONE : value);
    return value;
  }
}

/** Where each kind of parse sits in a memo slot. */
const KIND_SLOT = { place: 0, org: 1, title: 2 } as const;

/** A parse that found nothing, as stored in the memo tables. */
const NONE = Symbol("none");

/** What the entity extractors may be told about the article besides its text. */
export interface EntityOptions {
  /** The article's date (`2017-02-06`, or a `Date`): picks the version of each unit in force then. */
  referenceDate?: Date | string;
  /**
   * The dates found in the article (the date stage's `DateEntity` list): the years they state
   * stand in for the article's date.
   */
  dates?: readonly object[];
}

/** What the entity stage reads of a date: the calendar and the year the text states. */
export interface DateLike {
  readonly calendar?: string;
  readonly stated?: { readonly year?: number | undefined };
}

/** The year of a reference date, when it is a valid one. */
function referenceYear(date: Date | string | undefined): string | undefined {
  if (date instanceof Date)
    return Number.isNaN(date.getTime()) ? undefined : String(date.getUTCFullYear());
  if (typeof date === "string") return /^(\d{4})/u.exec(date.trim())?.[1];
  return undefined;
}

/** The year the article's dates state most often (the latest on a tie), solar calendar only. */
function datesYear(dates: readonly object[]): string | undefined {
  const counts = new Map<number, number>();
  for (const date of dates) {
    const d = date as DateLike;
    const y = d.calendar === "solar" ? d.stated?.year : undefined;
    if (y !== undefined && y >= 1945 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best = 0;
  for (const [y, n] of counts) {
    const b = counts.get(best) ?? 0;
    if (n > b || (n === b && y > best)) best = y;
  }
  return best > 0 ? String(best) : undefined;
}

// A year in a date: "04/8/2017", "6-2-2017", "năm 2017", "tháng 9.2014", "(2015-2020)".
/** A year in a date (exported for its safety test). */
export const YEAR_PATTERN = /(?:[/.-]|năm |Năm )((?:19|20)\d\d)(?!\d)/gu;

/**
 * The year an article is about, when no date stage ran: the year it writes most often in a date
 * (the latest on a tie, so that a biography's old years do not win). Used to pick the version of an
 * administrative unit in force at the time (Quận 9 before 2021).
 */
export function documentYear(text: string): string | undefined {
  let best = 0;
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEAR_PATTERN)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  for (const [y, n] of counts) {
    // The most frequent year, the latest on a tie: a biography's old years do not win.
    const bestCount = counts.get(best) ?? 0;
    if (n > bestCount || (n === bestCount && y > best)) best = y;
  }
  return best > 0 ? String(best) : undefined;
}
