/// <reference path="./jaro-winkler.d.ts" />
// Imported by its file, never from `natural`'s root: the root loads databases and prints to stdout.
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { foldKey } from "../../text/key.js";

/** How alike two names must be, folded, to be one person's (`Nguyễn Thanh Quang`/`Nguyễn Thành Quang`). */
export const SAME_PERSON_SIMILARITY = 0.93;

/**
 * Whether two full names are variants of one name: equal once folded (a missing or wrong diacritic,
 * `Nguyễn`/`Nguyên`), or with the same number of syllables, the same given name and a Jaro-Winkler
 * similarity (from `natural`) of at least {@link SAME_PERSON_SIMILARITY} (a typo in the middle).
 */
export function sameName(a: string, b: string): boolean {
  const fa = foldKey(a);
  const fb = foldKey(b);
  if (fa === fb) return true;
  const sa = fa.split(" ");
  const sb = fb.split(" ");
  if (sa.length !== sb.length || sa.length < 2) return false;
  if (sa[sa.length - 1] !== sb[sb.length - 1] || sa[0] !== sb[0]) return false;
  return jaroWinkler(fa, fb) >= SAME_PERSON_SIMILARITY;
}
