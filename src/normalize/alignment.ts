/**
 * The alignment a result carries: the composed map of the passes, made compact without losing
 * anything for mapping words.
 *
 * - A region whose two sides have the same length and spaces at the same places (`T«i` → `Tôi`,
 *   `hoà` → `hòa`, an NBSP → a space) is dropped: its characters map one to one, which is at least
 *   as exact as the region was.
 * - Regions inside one word are joined (`ư` and `ờ` of NFD `người`): when the joined region's text
 *   side is letters, marks and digits only and its input side has no space, no word boundary lies
 *   inside it, so a span from word boundary to word boundary maps exactly as before.
 *
 * TCVN3 text thus needs almost no alignment, and NFD text one region per word with marks.
 */
import { type OffsetMap, RegionBuffer } from "./offset-map.js";

const TABLE_END = 0x3000;
let WORD: Uint8Array | null = null;

/** Letters, combining marks and digits: what a word is made of (by table below U+3000). */
function wordTable(): Uint8Array {
  if (WORD === null) {
    const t = new Uint8Array(TABLE_END);
    const re = /[\p{L}\p{M}\p{N}]/u;
    for (let c = 0; c < TABLE_END; c++) if (re.test(String.fromCharCode(c))) t[c] = 1;
    WORD = t;
  }
  return WORD;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

function isWordUnit(table: Uint8Array, c: number): boolean {
  if (c < TABLE_END) return table[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_RE.test(String.fromCharCode(c));
}

function allWord(table: Uint8Array, s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isWordUnit(table, s.charCodeAt(i))) return false;
  return true;
}

/**
 * The compact form of `map` (from `source` to `target`): see the module comment. Offsets at word
 * boundaries map exactly as through `map`; offsets inside a changed word may map to the edge of
 * its changed part.
 */
export function compactAlignment(map: OffsetMap, source: string, target: string): OffsetMap {
  const r = map.regions();
  const n = r.srcStarts.length;
  if (n === 0) return map;
  const table = wordTable();
  const out = new RegionBuffer(Math.min(n, 1024));
  // The region being grown, and whether it lies within one word on both sides.
  let open = false;
  let a0 = 0;
  let a1 = 0;
  let b0 = 0;
  let b1 = 0;
  let inWord = false;
  for (let k = 0; k < n; k++) {
    const s0 = r.srcStarts[k] as number;
    const s1 = r.srcEnds[k] as number;
    const t0 = r.tgtStarts[k] as number;
    const t1 = r.tgtEnds[k] as number;
    if (s1 - s0 === t1 - t0 && sameSpaces(source, s0, target, t0, s1 - s0)) continue;
    const word = t1 > t0 && allWord(table, target, t0, t1) && noSpace(source, s0, s1);
    if (
      open &&
      inWord &&
      word &&
      s0 - a1 === t0 - b1 &&
      allWord(table, target, b1, t0) &&
      noSpace(source, a1, s0)
    ) {
      a1 = s1;
      b1 = t1;
      continue;
    }
    if (open) out.add(a0, a1, b0, b1);
    open = true;
    a0 = s0;
    a1 = s1;
    b0 = t0;
    b1 = t1;
    inWord = word;
  }
  if (open) out.add(a0, a1, b0, b1);
  return out.toMap(map.sourceLength, map.targetLength);
}

/** Spaces, tabs, NBSP and line breaks: where words end whatever the script. */
function isSpaceUnit(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

function noSpace(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isSpaceUnit(s.charCodeAt(i))) return false;
  return true;
}

/** Whether `len` characters from `a` in `x` and from `b` in `y` have spaces at the same places. */
function sameSpaces(x: string, a: number, y: string, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) {
    if (isSpaceUnit(x.charCodeAt(a + i)) !== isSpaceUnit(y.charCodeAt(b + i))) return false;
  }
  return true;
}
