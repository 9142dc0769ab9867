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
    const kept: Candidate[] = [];
    if (byLength.length <= 64) {
      // Few candidates (an article): compare pairwise.
      for (const c of byLength) {
        if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
      }
    } else {
      // Many (a book, a corpus in one string): one flag per character, so that checking a
      // candidate costs its length, not the number of candidates kept so far.
      const taken = new Uint8Array(text.length + 1);
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
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
