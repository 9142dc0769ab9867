/**
 * The shared interface of date parsers and refiners (chrono-node's architecture): a parser finds
 * one family of phrases with one pattern and turns each match into a {@link Candidate}; refiners
 * then merge, filter and resolve overlaps over the whole list.
 */
import type { TimeExpr } from "./expr.js";

/** A date or time phrase found in the normalised text, not yet resolved. */
export interface Candidate {
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
  /** The parser (and refiners, joined by `+`) that produced it. */
  rule: string;
  expr: TimeExpr;
  /**
   * Needs support to stand alone: a bare part of day (`sáng`), a lower-case `thứ hai` (also
   * "second"), `4-8` (also a score). Dropped unless merged with a neighbour or preceded by a cue word.
   */
  weak?: boolean;
  /** A relative phrase (`hôm qua`, `tuần sau`): reported with `relative: true`. */
  relative?: boolean;
  /** Approximate, `khoảng 3 giờ`. */
  approximate?: boolean;
}

/** Finds one family of date phrases, at the places the text has one of its trigger words. */
export interface TimeParser {
  readonly name: string;
  /** Lower-cased words a phrase can start with; `#` for a figure (see `scan.ts`). */
  readonly triggers: readonly string[];
  /**
   * For a `#` trigger: a cheap test of what follows the figure (`end` is where its digits stop),
   * so that the parser runs only after figures that can start this kind of phrase. Figures are the
   * most frequent trigger by far; without this, every number in a text would try every parser.
   */
  readonly afterFigure?: (text: string, end: number) => boolean;
  /**
   * For a word trigger: a cheap test of the few characters after the trigger word, so that the
   * parser runs only where its phrase can be (`tháng` after `hai` for `hai tháng tư`). Number
   * words (`năm`, `một`, `hai`) are frequent triggers; most of them start no date.
   */
  readonly nearWord?: RegExp;
  /** Every regular expression the parser runs (each is checked for catastrophic backtracking). */
  readonly patterns: readonly RegExp[];
  /**
   * The phrase starting at `start` (a trigger's offset), if there is one. `lower` is
   * `text` lower-cased, with the same length and offsets.
   */
  match(text: string, start: number, lower: string): Candidate | undefined;
}

/** Rewrites the candidate list: merges neighbours, drops the unsupported, resolves overlaps. */
export interface TimeRefiner {
  readonly name: string;
  refine(candidates: Candidate[], text: string): Candidate[];
}
