/**
 * Resolves overlaps: the longest candidate wins (a merged `Sáng ngày 04/8/2017` over its parts),
 * then the earlier one; the result is sorted by position.
 */
import type { Candidate, TimeRefiner } from "../types.js";

/** Keeps a set of non-overlapping candidates, longest first. */
export const removeOverlaps: TimeRefiner = {
  name: "remove-overlaps",
  refine(cands: Candidate[], text: string): Candidate[] {
    const byLength = [...cands].sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        Number(!!a.weak) - Number(!!b.weak) ||
        a.start - b.start ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
    );
    // One flag per character of the text: checking a candidate costs its length, not the number of
    // candidates kept so far, so a text with thousands of dates stays linear.
    const taken = new Uint8Array(text.length + 1);
    const kept: Candidate[] = [];
    for (const c of byLength) {
      let free = true;
      for (let i = c.start; i < c.end; i++) {
        if (taken[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
