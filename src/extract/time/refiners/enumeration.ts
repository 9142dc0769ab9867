/**
 * `ngày 9 hoặc 10/2`, `ngày 4, 5 và 6/8`, `ngày 3 và 4-2`: dates listed together share the month
 * (and year) written only on the last one. Each stays its own entity; the earlier ones borrow the
 * missing fields. A bare day number in such a list (`ngày 4, 5 và 6/8`) is not taken.
 */
import type { Candidate, TimeRefiner } from "../types.js";
import { pointOf } from "./traits.js";

const LIST_GAP = /^\s*(?:,|;|hoặc|và|hay|,\s*và)\s*(?:ngày\s+)?$/iu;

/** Lends month and year from the last date of a list to the day-only dates before it. */
export const fillEnumeration: TimeRefiner = {
  name: "enumeration",
  refine(cands: Candidate[], text: string): Candidate[] {
    const out = [...cands].sort((a, b) => a.start - b.start);
    for (let i = out.length - 2; i >= 0; i--) {
      const a = out[i] as Candidate;
      const b = out[i + 1] as Candidate;
      const pa = pointOf(a);
      const pb = pointOf(b);
      if (!pa || !pb || pa.day === undefined || pa.month !== undefined || pb.month === undefined)
        continue;
      if (pb.day === undefined || a.end > b.start || !LIST_GAP.test(text.slice(a.end, b.start)))
        continue;
      const filled = { ...pa, month: pb.month };
      if (pb.year !== undefined) filled.year = pb.year;
      if (pb.lunar) filled.lunar = true;
      out[i] = { ...a, expr: filled, rule: `${a.rule}+enumeration` };
    }
    return out;
  },
};
