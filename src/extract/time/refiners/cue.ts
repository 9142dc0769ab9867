/**
 * Drops weak candidates that nothing supports: a bare part of day (`sáng kiến`), a lower-case
 * `thứ hai` (second), `4-8` (a score), `14g` (grams), `3 tháng 10`... unless the word before is a
 * cue that introduces a date (`vào thứ 7`, `ngày 4-8`, `từ 14g`).
 */

import { wordBefore } from "../patterns.js";
import type { Candidate, TimeRefiner } from "../types.js";
import { isBarePart, pointOf } from "./traits.js";

/** Words that introduce a date or time: a weak candidate after one of them stands. */
export const DATE_CUES: ReadonlySet<string> = new Set([
  "ngày",
  "hôm",
  "sáng",
  "trưa",
  "chiều",
  "tối",
  "đêm",
  "khuya",
  "rạng",
  "từ",
  "đến",
  "tới",
  "trước",
  "lúc",
  "vào",
  "hồi",
  "sang",
  "nay",
]);

/**
 * A list of days sharing the month written on the last one, right before a candidate:
 * `ngày 10 và 11/1`, `2 ngày 4 và 5.2`, `các ngày 9, 10 và 11/2`. Run on the few characters
 * before the candidate (a bounded slice), so its cost does not grow with the text.
 */
export const DAY_LIST_BEFORE =
  /(?:ngày|hôm)\s+\d{1,2}(?:\s*,\s*\d{1,2}){0,6}\s*(?:,|và|hoặc|hay)\s*$/iu;

/** How many characters before a candidate {@link DAY_LIST_BEFORE} looks at. */
const DAY_LIST_REACH = 48;

/** A joining word or mark right before a candidate: `30/4 và 1/5`, `6/2 đến 10/2`, `4/2, 5/2`. */
export const JOINED_BEFORE = /(?:,|và|hoặc|hay|đến|tới|-|–)\s*$/iu;

/**
 * Whether the candidate continues a list or range whose previous item is a day and month that
 * stands (`dịp 30/4 và 1/5 người dân...`): the second of two dates shares the first's support.
 */
function joinedToDate(kept: readonly Candidate[], text: string, c: Candidate): boolean {
  const prev = kept[kept.length - 1];
  if (!prev || prev.end > c.start || c.start - prev.end > 8) return false;
  const p = pointOf(prev);
  if (p?.day === undefined || p.month === undefined) return false;
  return (
    JOINED_BEFORE.test(text.slice(prev.end, c.start)) &&
    /^\s*\S+\s*$/u.test(text.slice(prev.end, c.start))
  );
}

/**
 * `(6.2)`: a dotted pair alone in brackets, as news adds the date after a word. (`(3-2)` after a
 * company's name is the name: dashed pairs in brackets stand only merged with a relative day or a
 * part of day, `Hôm nay (6-2)`, `đêm (8-2)`.)
 */
function bracketed(text: string, c: Candidate): boolean {
  if (!/^\d{1,2}\.\d{1,2}$/u.test(text.slice(c.start, c.end))) return false;
  let i = c.start;
  while (i > 0 && text[i - 1] === " ") i--;
  let j = c.end;
  while (text[j] === " ") j++;
  return text[i - 1] === "(" && text[j] === ")";
}

/**
 * Keeps a weak candidate only after a cue word, in brackets of its own, at the end of a list of
 * days, or joined to a day and month that stands (`30/4 và 1/5`); bare parts of day never stand
 * alone.
 */
export const requireCue: TimeRefiner = {
  name: "require-cue",
  refine(cands: Candidate[], text: string): Candidate[] {
    const kept: Candidate[] = [];
    for (const c of cands) if (stands(kept, text, c)) kept.push(c);
    return kept;
  },
};

/** Whether a candidate stands, given those kept before it. */
function stands(kept: readonly Candidate[], text: string, c: Candidate): boolean {
  if (!c.weak) return true;
  const p = pointOf(c);
  if (isBarePart(p)) return false;
  if (DATE_CUES.has(wordBefore(text, c.start))) return true;
  if (p?.day === undefined || p.month === undefined) return false;
  if (bracketed(text, c) || joinedToDate(kept, text, c)) return true;
  return DAY_LIST_BEFORE.test(text.slice(Math.max(0, c.start - DAY_LIST_REACH), c.start));
}
