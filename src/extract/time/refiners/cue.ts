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

/** Keeps a weak candidate only after a cue word; bare parts of day never stand alone. */
export const requireCue: TimeRefiner = {
  name: "require-cue",
  refine(cands: Candidate[], text: string): Candidate[] {
    return cands.filter((c) => {
      if (!c.weak) return true;
      if (isBarePart(pointOf(c))) return false;
      return DATE_CUES.has(wordBefore(text, c.start));
    });
  },
};
