/**
 * Vietnamese syllable structure: onset + (medial) + nucleus + coda, and the tone mark's place in it.
 *
 * A written syllable is parsed from its letters (base letters without tones), never looked up in a
 * word list: the onset is one of the 27 Vietnamese initials (with `qu` and `gi` taking the `u`/`i`
 * that follows them), the vowel run is checked against the vowel clusters Vietnamese allows open
 * (no final consonant) and closed, and the coda against the eight final consonants. The same
 * structure tells where the tone mark goes, in the "old" style (`hòa`, `thủy`) or the "new" one
 * (`hoà`, `thuỷ`).
 */
import {
  BASE_ID,
  BASES,
  baseOf,
  COMBINING,
  COMBINING_TONE,
  composeCode,
  ID,
  isUpper,
  isVowelId,
  letterInfo,
  OTHER_LETTER,
  TONED_CONSONANT,
  toneOf,
} from "./alphabet.js";

/** Where tone marks go in open `oa`, `oe`, `uy`: on the first vowel (old) or the second (new). */
export type ToneStyle = "old" | "new";

/** Initial consonants. `qu` and `gi` are recognised separately (they absorb a vowel letter). */
const ONSETS = new Set([
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
]);

/** Final consonants. `k` is not standard but is how ethnic place names are written (Đắk Lắk). */
const CODAS = new Set(["c", "ch", "m", "n", "ng", "nh", "p", "t", "k"]);
/** Finals after which only the acute and dot-below tones occur. */
const STOP_CODAS = new Set(["c", "ch", "p", "t", "k"]);

/** Every vowel cluster with the codas it takes: `""` (open) and/or `"n"` (closed). */
export function vowelClusters(): [cluster: string, coda: string][] {
  return [...OPEN_NUCLEI]
    .map((c): [string, string] => [c, ""])
    .concat([...CLOSED_NUCLEI].map((c): [string, string] => [c, "n"]));
}

/** Vowel clusters of syllables without a final consonant (semivowel endings included). */
const OPEN_NUCLEI = new Set(
  (
    "a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uy ưa ưi ưu uơ ươ " +
    "iêu yêu oai oao oay oeo uây uôi uya uyu ươi ươu"
  ).split(" "),
);
/** Vowel clusters before a final consonant. */
const CLOSED_NUCLEI = new Set(
  "a ă â e ê i o ô ơ u ư y iê yê oa oă oe oo uâ uê uy uô ươ uyê".split(" "),
);
/** Clusters after which `ch`/`nh` may close a syllable (elsewhere it is `c`/`ng`). */
const PALATAL_NUCLEI = new Set(["a", "ê", "i", "y", "oa", "uê", "uy"]);
/** Clusters whose tone mark moves between styles when the syllable is open. */
const STYLE_PAIRS = new Set(["oa", "oe", "uy"]);

/** A word read letter by letter, with its tones gathered (precomposed and combining). */
export class Letters {
  /** Base ids (see alphabet.ts). */
  readonly ids = new Uint8Array(24);
  /** Tone written on each letter (0 if none). */
  readonly tones = new Uint8Array(24);
  /** 1 where the letter is upper case. */
  readonly upper = new Uint8Array(24);
  /** Number of letters. */
  n = 0;
  /** Combining tone marks that were not on a vowel (left over after NFC). */
  floating = 0;
  /** The single tone of the syllable, or -1 when two different tones were written. */
  tone = 0;
  /** How many tone marks were written in all (duplicates included). */
  marks = 0;

  /**
   * Reads `text.slice(start, end)`. Returns false if it is not a candidate syllable: a letter outside
   * the Vietnamese alphabet (after decomposing, e.g. `ǹ` is n + grave), a vowel modifier left as a
   * combining mark, or more than 24 letters.
   */
  read(text: string, start: number, end: number): boolean {
    this.n = 0;
    this.floating = 0;
    this.tone = 0;
    this.marks = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const info = letterInfo(code);
      if (info === COMBINING) {
        const t = COMBINING_TONE[code - 0x300] ?? 0;
        if (t === 0 || this.n === 0) return false;
        this.floating++;
        this.addTone(t);
        continue;
      }
      if (info === TONED_CONSONANT) {
        if (!this.readDecomposed(code)) return false;
        continue;
      }
      if (info === 0 || info === OTHER_LETTER) return false;
      if (this.n >= 24) return false;
      const t = toneOf(info);
      this.ids[this.n] = baseOf(info);
      this.tones[this.n] = t;
      this.upper[this.n] = isUpper(info) ? 1 : 0;
      this.n++;
      if (t !== 0) this.addTone(t);
    }
    return this.n > 0;
  }

  /** A letter outside the table that decomposes into an alphabet letter plus a tone (ǹ, ḿ, ẃ). */
  private readDecomposed(code: number): boolean {
    const d = String.fromCharCode(code).normalize("NFD");
    if (d.length !== 2 || this.n >= 24) return false;
    const base = letterInfo(d.charCodeAt(0));
    const t = COMBINING_TONE[d.charCodeAt(1) - 0x300] ?? 0;
    if (base === 0 || base >= COMBINING || toneOf(base) !== 0 || t === 0) return false;
    this.ids[this.n] = baseOf(base);
    this.tones[this.n] = 0;
    this.upper[this.n] = isUpper(base) ? 1 : 0;
    this.n++;
    this.floating++;
    this.addTone(t);
    return true;
  }

  private addTone(t: number): void {
    this.marks++;
    if (this.tone === 0) this.tone = t;
    else if (this.tone !== t) this.tone = -1;
  }

  /** Removes the letter at `index` (spelling repairs). */
  dropLetter(index: number): void {
    this.ids.copyWithin(index, index + 1, this.n);
    this.tones.copyWithin(index, index + 1, this.n);
    this.upper.copyWithin(index, index + 1, this.n);
    this.n--;
  }

  /** The lower-case base letters, e.g. "nghiêm" for `NGHỊÊM`. */
  baseString(): string {
    let s = "";
    for (let i = 0; i < this.n; i++) s += BASES[this.ids[i] as number];
    return s;
  }
}

/** The parts of a parsed syllable, as letter indices. */
export interface SyllableParts {
  /** Letters before the nucleus (`qu`, `gi` included). */
  onset: string;
  /** First letter of the vowel cluster. */
  nucleusStart: number;
  /** End of the vowel cluster (exclusive). */
  nucleusEnd: number;
  /** The vowel cluster, e.g. "ươ". */
  nucleus: string;
  /** Letters after the vowel cluster. */
  coda: string;
}

/**
 * Splits a lower-case base string into onset, nucleus and coda. Returns null when there is no vowel
 * or a vowel follows the coda. Does not judge validity (see {@link isValidSyllable}).
 */
export function splitSyllable(base: string): SyllableParts | null {
  const n = base.length;
  let v0 = 0;
  while (v0 < n && !isVowelChar(base[v0] as string)) v0++;
  if (v0 === n) return null;
  let v1 = v0;
  while (v1 < n && isVowelChar(base[v1] as string)) v1++;
  for (let k = v1; k < n; k++) if (isVowelChar(base[k] as string)) return null;
  let start = v0;
  const first = base.slice(0, v0);
  // `qu` and `gi`: the u/i belongs to the onset when another vowel follows (quý, giữ, but gì, gìn).
  if (first === "q" && base[v0] === "u" && v1 - v0 >= 2) start++;
  else if (first === "g" && base[v0] === "i" && v1 - v0 >= 2) start++;
  return {
    onset: base.slice(0, start),
    nucleusStart: start,
    nucleusEnd: v1,
    nucleus: base.slice(start, v1),
    coda: base.slice(v1),
  };
}

function isVowelChar(c: string): boolean {
  return isVowelId(BASE_ID.get(c) ?? 0);
}

/**
 * Whether the parts form a possible Vietnamese syllable: a known onset, a vowel cluster allowed open
 * or before the coda, a known coda (ch/nh only after a, ê, i...), and with a stop coda only the
 * acute or dot tone. `strict` also checks spelling: k before e/ê/i/y, gh/ngh before e/ê/i, `yê` to
 * open a syllable.
 */
export function isValidParts(p: SyllableParts, tone: number, strict = true): boolean {
  const { onset, nucleus, coda } = p;
  if (tone < 0) return false;
  if (onset !== "qu" && onset !== "gi" && !ONSETS.has(onset)) return false;
  if (strict && !isSpelledRight(p)) return false;
  if (coda === "") {
    if (!OPEN_NUCLEI.has(nucleus)) return false;
  } else {
    if (!CODAS.has(coda) || !CLOSED_NUCLEI.has(nucleus)) return false;
    if ((coda === "ch" || coda === "nh") && !PALATAL_NUCLEI.has(nucleus)) return false;
    if ((coda === "c" || coda === "ng") && (nucleus === "i" || nucleus === "y")) return false;
    if (nucleus === "y" && onset !== "qu") return false;
    if (coda === "k" && nucleus !== "ă" && nucleus !== "ô" && nucleus !== "ơ") return false;
    if (STOP_CODAS.has(coda) && tone !== 2 && tone !== 5) {
      // A final c/ch/p/t takes the acute or the dot below; with no mark at all, only in plain ASCII
      // spelling (strict: a Vietnamese syllable written with its marks never lacks one there).
      if (strict || tone !== 0) return false;
    }
  }
  return true;
}

/** Vietnamese spelling of the onset before the vowel, and of iê/yê. */
function isSpelledRight(p: SyllableParts): boolean {
  const { onset, nucleus } = p;
  const front =
    nucleus[0] === "e" || nucleus[0] === "ê" || nucleus[0] === "i" || nucleus[0] === "y";
  switch (onset) {
    case "c":
    case "q":
      if (front) return false;
      break;
    // k before a back vowel is not Vietnamese spelling but is how names are written (Lê Kông, Kon
    // Tum, Krông): allowed.
    case "gh":
    case "ngh":
      if (!(front && nucleus[0] !== "y")) return false;
      break;
    case "g":
      // g + i is `gi` + i (gì, gìn); g before e/ê is spelled gh.
      if (nucleus[0] === "e" || nucleus[0] === "ê") return false;
      break;
    case "ng":
      if (front) return false;
      break;
  }
  // iê/yê: `yê` opens a syllable (yên, uyên), `iê` follows a consonant (tiên).
  if (nucleus.startsWith("iê") && onset === "") return false;
  if (nucleus.startsWith("yê") && onset !== "" && onset !== "qu") return false;
  return true;
}

/** Case patterns of a real word: all lower, all upper, or capitalised. */
export function isValidCase(letters: Letters): boolean {
  const u = letters.upper;
  let uppers = 0;
  for (let i = 0; i < letters.n; i++) uppers += u[i] as number;
  return uppers === 0 || uppers === letters.n || (uppers === 1 && u[0] === 1);
}

/**
 * Where the tone mark goes, as an index into the letters, for a syllable split into `parts`.
 *
 * 1. On ê or ơ if the cluster has one (tiền, người, khuyến).
 * 2. Else on â, ă, ô or ư (tuần, hoặc, muốn, cứu).
 * 3. Else on a lone vowel; on the last vowel before a final consonant (hoàng, thuyết); on the middle
 *    of three (ngoái, khuỷu); on the first of two (mái, của), except open oa/oe/uy in the new style
 *    (hoà, khoẻ, thuỷ).
 */
export function tonePosition(parts: SyllableParts, style: ToneStyle): number {
  const { nucleus, nucleusStart } = parts;
  const len = nucleus.length;
  let k = nucleus.search(/[êơ]/u);
  if (k < 0) k = nucleus.search(/[âăôư]/u);
  if (k < 0) {
    if (len === 1) k = 0;
    else if (parts.coda !== "") k = len - 1;
    else if (len === 3) k = 1;
    else k = style === "new" && STYLE_PAIRS.has(nucleus) ? 1 : 0;
  }
  return nucleusStart + k;
}

/** Whether the cluster's mark position depends on the style (open oa, oe, uy). */
export function isStyleDependent(parts: SyllableParts): boolean {
  return parts.coda === "" && STYLE_PAIRS.has(parts.nucleus);
}

/** Reusable buffer for {@link syllableOf}: validity checks run on many words in a row. */
const shared = new Letters();

/**
 * Whether `text.slice(start, end)` is a possible Vietnamese syllable (any tone placement, one tone,
 * real case pattern). Used to score how Vietnamese a decoded text looks.
 */
export function isValidSyllable(text: string, start = 0, end = text.length): boolean {
  if (!shared.read(text, start, end) || shared.floating > 0) return false;
  if (!isValidCase(shared)) return false;
  const parts = splitSyllable(shared.baseString());
  return parts !== null && isValidParts(parts, shared.tone);
}

/**
 * 0 if `text.slice(start, end)` is not a possible syllable, 1 if it is but its tone mark is where no
 * style puts it (`baỏ`), 2 if it is and the mark is in place (in the old or the new style).
 */
export function syllableQuality(text: string, start = 0, end = text.length): 0 | 1 | 2 {
  // Words repeat (Vietnamese has a few thousand syllables): remember the answers. A pure cache of a
  // pure function, bounded, so it changes nothing but speed.
  if (end - start > 12) return qualityOf(text, start, end);
  const key = text.slice(start, end);
  const known = QUALITY_CACHE.get(key);
  if (known !== undefined) return known;
  const q = qualityOf(text, start, end);
  if (QUALITY_CACHE.size >= 50_000) QUALITY_CACHE.clear();
  QUALITY_CACHE.set(key, q);
  return q;
}

const QUALITY_CACHE = new Map<string, 0 | 1 | 2>();

function qualityOf(text: string, start: number, end: number): 0 | 1 | 2 {
  if (!shared.read(text, start, end) || shared.floating > 0) return 0;
  if (!isValidCase(shared)) return 0;
  const parts = splitSyllable(shared.baseString());
  if (parts === null || !isValidParts(parts, shared.tone)) return 0;
  if (shared.tone === 0 || shared.marks > 1) return shared.marks > 1 ? 1 : 2;
  let at = -1;
  for (let i = 0; i < shared.n; i++) if (shared.tones[i] !== 0) at = i;
  return at === tonePosition(parts, "old") || at === tonePosition(parts, "new") ? 2 : 1;
}

/**
 * The word with its tone mark where `style` puts it, or null when it is not a syllable that can be
 * repaired safely (not Vietnamese, two different tones, foreign letters).
 *
 * With `style` "keep", open oa/oe/uy keep the mark on whichever of the two vowels had it; every other
 * misplaced mark is still moved (baỏ to bảo, lựơng to lượng, nghịêm to nghiệm).
 */
export function placeTone(
  letters: Letters,
  style: ToneStyle | "keep",
): { text: string; horn: boolean; spelling: boolean } | null {
  if (letters.tone < 0) return null;
  let base = letters.baseString();
  let parts = splitSyllable(base);
  if (parts === null) return null;
  // gh/ngh are written only before e, ê, i: `nghành` is `ngành` (a common misspelling).
  let spelling = false;
  if ((parts.onset === "ngh" || parts.onset === "gh") && !/^[eêiy]/u.test(parts.nucleus)) {
    spelling = true;
    const cut = parts.onset.length - 1;
    base = base.slice(0, cut) + base.slice(cut + 1);
    letters.dropLetter(cut);
    parts = splitSyllable(base);
    if (parts === null) return null;
  }
  // A horn lost on u before ơ and a final consonant (đuợc, Vuơng): closed `uơ` is always `ươ`.
  let horn = false;
  if (parts.coda !== "" && (parts.nucleus === "uơ" || parts.nucleus === "ưo")) {
    horn = true;
    base = `${base.slice(0, parts.nucleusStart)}ươ${base.slice(parts.nucleusStart + 2)}`;
    parts = { ...parts, nucleus: "ươ" };
  }
  // A mark typed on a consonant (ñ, ǹ) is moved only within a real Vietnamese syllable: `hoañ` is
  // hoãn, but `cña` is junk and `ñ` in Spanish names stays.
  const onset = letters.floating > 0 ? parts.onset : lenientOnset(parts.onset);
  if (!isValidParts({ ...parts, onset }, letters.tone, false)) return null;
  let pos: number;
  if (style === "keep" && isStyleDependent(parts)) {
    // Keep whichever of the two the writer chose, if it was one of them.
    const at = markedIndex(letters);
    pos = at === parts.nucleusStart || at === parts.nucleusStart + 1 ? at : parts.nucleusStart;
  } else {
    pos = tonePosition(parts, style === "keep" ? "old" : style);
  }
  let out = "";
  for (let i = 0; i < letters.n; i++) {
    const id = BASE_ID.get(base[i] as string) as number;
    out += String.fromCharCode(
      composeCode(id, i === pos ? letters.tone : 0, letters.upper[i] === 1),
    );
  }
  return { text: out, horn, spelling };
}

/** Ethnic and foreign initials (Krông, Pleiku, Glong) do not change where the mark goes. */
function lenientOnset(onset: string): string {
  return onset === "qu" || onset === "gi" || ONSETS.has(onset) ? onset : "";
}

function markedIndex(letters: Letters): number {
  for (let i = 0; i < letters.n; i++) if (letters.tones[i] !== 0) return i;
  return -1;
}

/**
 * For each adjacent vowel pair with a tone mark on one of them, 1 if that spelling is canonical in
 * `style` in every cluster it occurs in (after a plain onset). Index:
 * `(first * 16 + second) * 2 + (mark on second ? 1 : 0)`, ids as in alphabet.ts.
 */
export function safePairs(style: ToneStyle | "keep"): Uint8Array {
  const good = new Uint8Array(16 * 16 * 2);
  const bad = new Uint8Array(16 * 16 * 2);
  for (const [nucleus, coda] of vowelClusters()) {
    const parts: SyllableParts = {
      onset: "",
      nucleusStart: 0,
      nucleusEnd: nucleus.length,
      nucleus,
      coda,
    };
    const canonical =
      style === "keep" && isStyleDependent(parts)
        ? [0, 1]
        : [tonePosition(parts, style === "keep" ? "old" : style)];
    for (let q = 0; q < nucleus.length; q++) {
      const target = canonical.includes(q) ? good : bad;
      for (const j of [q - 1, q]) {
        if (j < 0 || j + 1 >= nucleus.length) continue;
        const a = BASE_ID.get(nucleus[j] as string) as number;
        const b = BASE_ID.get(nucleus[j + 1] as string) as number;
        target[(a * 16 + b) * 2 + (q === j ? 0 : 1)] = 1;
      }
    }
  }
  const safe = new Uint8Array(16 * 16 * 2);
  for (let k = 0; k < safe.length; k++) safe[k] = good[k] === 1 && bad[k] === 0 ? 1 : 0;
  return safe;
}

/**
 * Key of a word's shape as the tone pass sees it in one scan: its vowel run (up to three vowel ids),
 * where the mark is in the run (0: none), whether consonants follow the run, and whether the run
 * starts with the `u` of `qu` or the `i` of `gi`.
 */
export function shapeKey(run: number, marked: number, coda: boolean, lead: boolean): number {
  return run | (marked << 12) | (coda ? 1 << 14 : 0) | (lead ? 1 << 15 : 0);
}

/**
 * For every word shape (see {@link shapeKey}), 1 if its mark is where `style` puts it, so that the
 * word needs no parsing. Computed from the syllable rules: every valid cluster, open and closed,
 * after a plain onset or after qu/gi, with its mark in the canonical place (for `keep`, either place
 * in open oa/oe/uy), and every cluster without a mark.
 */
export function canonicalShapes(style: ToneStyle | "keep"): Uint8Array {
  const ok = new Uint8Array(1 << 16);
  for (const [cluster, coda] of vowelClusters()) {
    for (const lead of ["", "u", "i"]) {
      const run = lead + cluster;
      if (run.length > 3) continue;
      let key = 0;
      for (let k = 0; k < run.length; k++)
        key |= (BASE_ID.get(run[k] as string) as number) << (4 * k);
      const parts: SyllableParts = {
        onset: lead === "u" ? "qu" : lead === "i" ? "gi" : "",
        nucleusStart: lead.length,
        nucleusEnd: run.length,
        nucleus: cluster,
        coda,
      };
      const places =
        style === "keep" && isStyleDependent(parts)
          ? [lead.length, lead.length + 1]
          : [tonePosition(parts, style === "keep" ? "old" : style)];
      const hasCoda = coda !== "";
      // No mark at all: nothing to move (a lost horn is looked at separately).
      ok[shapeKey(key, 0, hasCoda, lead !== "")] = 1;
      for (const p of places) ok[shapeKey(key, p + 1, hasCoda, lead !== "")] = 1;
    }
  }
  return ok;
}

export { ID };
