/// <reference path="./natural-distance.d.ts" />
// Imported by its file, never from `natural`'s root: the root loads databases and prints to stdout.
import levenshtein from "natural/lib/natural/distance/levenshtein_distance.js";
import { foldKey, nameKey } from "../../text/key.js";

/** How far apart (edits, folded) one syllable of two foreign spellings may be: `Jong`/`Joong`. */
export const MAX_SYLLABLE_EDITS = 1;

/**
 * Whether two full names are spellings of one name, compared syllable by syllable: the same number
 * of syllables, each equal, or
 * - the other with diacritics dropped (`Nguyen`/`Nguyễn`, `Thanh`/`Thành`, `Trong`/`Trọng`, `Francois`
 *   /`François`): a name typed without its marks;
 * - or, for at most one syllable of a foreign name (`vietnamese: false`), within one edit once
 *   folded (natural's Levenshtein): `Kim Jong Kook`/`Kim Joong Kook`.
 * Two Vietnamese syllables with different marks (`Dũng`/`Dụng`) or letters (`Tấn`/`Tuấn`, `Nhân`/
 * `Anh`) are two names: two people.
 */
export function sameName(a: string, b: string, vietnamese = true): boolean {
  const sa = a.split(/\s+/u);
  const sb = b.split(/\s+/u);
  if (sa.length !== sb.length || sa.length < 2) return false;
  let edits = 0;
  for (let k = 0; k < sa.length; k++) {
    const x = sa[k] as string;
    const y = sb[k] as string;
    if (nameKey(x) === nameKey(y) || marksDropped(x, y) || marksDropped(y, x)) continue;
    // A real difference: none in a Vietnamese name, one syllable one edit apart in a foreign one.
    if (vietnamese || ++edits > 1) return false;
    const fx = foldKey(x);
    const fy = foldKey(y);
    if (fx === fy || levenshtein.LevenshteinDistance(fx, fy) > MAX_SYLLABLE_EDITS) return false;
  }
  return true;
}

/** The letters of a syllable with the set of marks each carries (`đ` is `d` with a stroke). */
function marked(syllable: string): { base: string; marks: string }[] {
  const out: { base: string; marks: string }[] = [];
  for (const ch of nameKey(syllable).normalize("NFD")) {
    if (/\p{M}/u.test(ch)) {
      const last = out[out.length - 1];
      if (last) last.marks += ch;
    } else if (ch === "đ") out.push({ base: "d", marks: "-" });
    else out.push({ base: ch, marks: "" });
  }
  return out;
}

/** Whether `less` is `more` with some of its diacritics left out (`Nguyen`, `Nguyên` of `Nguyễn`). */
function marksDropped(less: string, more: string): boolean {
  const l = marked(less);
  const m = marked(more);
  if (l.length !== m.length) return false;
  for (let k = 0; k < l.length; k++) {
    const a = l[k] as { base: string; marks: string };
    const b = m[k] as { base: string; marks: string };
    if (a.base !== b.base) return false;
    for (const mark of a.marks) if (!b.marks.includes(mark)) return false;
  }
  return true;
}
