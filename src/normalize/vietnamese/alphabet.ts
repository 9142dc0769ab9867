/**
 * The Vietnamese alphabet as lookup tables: every precomposed letter decomposes, in O(1), into its
 * base letter (a, ă, â, b, ..., ư, y), its tone and its case, and composes back the same way. All
 * tables are built once at module load from the twelve vowel rows below; nothing here allocates per
 * character.
 */

/** Tones, in the order of the vowel rows below. */
export const TONE = Object.freeze({
  none: 0,
  /** huyền: grave, U+0300 */
  grave: 1,
  /** sắc: acute, U+0301 */
  acute: 2,
  /** hỏi: hook above, U+0309 */
  hook: 3,
  /** ngã: tilde, U+0303 */
  tilde: 4,
  /** nặng: dot below, U+0323 */
  dot: 5,
});
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Each vowel with its five tones, in TONE order. */
const VOWEL_ROWS = [
  "aàáảãạ",
  "ăằắẳẵặ",
  "âầấẩẫậ",
  "eèéẻẽẹ",
  "êềếểễệ",
  "iìíỉĩị",
  "oòóỏõọ",
  "ôồốổỗộ",
  "ơờớởỡợ",
  "uùúủũụ",
  "ưừứửữự",
  "yỳýỷỹỵ",
] as const;

/** Consonant letters, Vietnamese first, then the Latin letters loanwords and names use. */
const CONSONANTS = "bcdđghklmnpqrstvxfjwz";

/**
 * Base letters by id (1-based; 0 means "not a letter of the alphabet"). Ids 1..12 are the vowels in
 * VOWEL_ROWS order, so `id <= VOWEL_COUNT` tests for a vowel.
 */
export const BASES: readonly string[] = [
  "",
  ...VOWEL_ROWS.map((r) => r[0] as string),
  ...CONSONANTS.split(""),
];
export const VOWEL_COUNT = VOWEL_ROWS.length;

/** Base id of a lower-case base letter, e.g. `BASE_ID.get("ư")`. */
export const BASE_ID: ReadonlyMap<string, number> = new Map(BASES.map((b, i) => [b, i]));

/** Code units below this bound are looked up in {@link LETTER}; above it nothing is Vietnamese. */
export const TABLE_SIZE = 0x1f00;

/**
 * `LETTER[code]` packs a letter of the alphabet: base id in bits 0..5, tone in bits 6..8, upper case
 * in bit 9. 0 for anything else. Special values mark combining marks and other letters.
 */
export const LETTER = new Uint16Array(TABLE_SIZE);
/** {@link LETTER} value of a combining mark (U+0300..U+036F). */
export const COMBINING = 0xfffe;
/** {@link LETTER} value of a letter outside the Vietnamese alphabet (ä, ç, Cyrillic, Greek...). */
export const OTHER_LETTER = 0xffff;
/**
 * {@link LETTER} value of a letter that is an alphabet consonant plus a tone mark (ǹ, ḿ, ń): what
 * NFC makes of a tone mark typed after a consonant.
 */
export const TONED_CONSONANT = 0xfffd;

/** `COMPOSE[(id * 6 + tone) * 2 + upper]` is the precomposed letter's code unit. */
const COMPOSE = new Uint16Array(BASES.length * 6 * 2);

/** Tone carried by a combining mark code unit (0 if it is not a tone mark). */
export const COMBINING_TONE = new Uint8Array(0x70);
/** Vowel modifiers as combining marks: circumflex, breve, horn. */
export const COMBINING_MODIFIER: Readonly<Record<number, string>> = Object.freeze({
  770: "^",
  774: "(",
  795: "+",
});

function pack(id: number, tone: number, upper: boolean): number {
  return id | (tone << 6) | (upper ? 1 << 9 : 0);
}

(function build() {
  for (let code = 0; code < TABLE_SIZE; code++) {
    if (code >= 0x300 && code <= 0x36f) LETTER[code] = COMBINING;
    else if (code >= 0x80 && /\p{L}/u.test(String.fromCharCode(code))) LETTER[code] = OTHER_LETTER;
  }
  VOWEL_ROWS.forEach((row, v) => {
    const id = v + 1;
    for (let tone = 0; tone < 6; tone++) {
      const lower = row[tone] as string;
      const upper = lower.toUpperCase();
      LETTER[lower.charCodeAt(0)] = pack(id, tone, false);
      LETTER[upper.charCodeAt(0)] = pack(id, tone, true);
      COMPOSE[(id * 6 + tone) * 2] = lower.charCodeAt(0);
      COMPOSE[(id * 6 + tone) * 2 + 1] = upper.charCodeAt(0);
    }
  });
  for (let k = 0; k < CONSONANTS.length; k++) {
    const id = VOWEL_COUNT + 1 + k;
    const lower = CONSONANTS[k] as string;
    const upper = lower.toUpperCase();
    LETTER[lower.charCodeAt(0)] = pack(id, 0, false);
    LETTER[upper.charCodeAt(0)] = pack(id, 0, true);
    COMPOSE[id * 12] = lower.charCodeAt(0);
    COMPOSE[id * 12 + 1] = upper.charCodeAt(0);
  }
  const tones: [number, number][] = [
    [0x300, 1],
    [0x301, 2],
    [0x309, 3],
    [0x303, 4],
    [0x323, 5],
    [0x340, 1],
    [0x341, 2],
  ];
  for (const [c, t] of tones) COMBINING_TONE[c - 0x300] = t;
  for (let code = 0x80; code < TABLE_SIZE; code++) {
    // ñ is a letter of its own (Spanish, and VNI's đ seen through CP1252), never a tilde typed on
    // the wrong letter: moving its tilde would make `ñi` nĩ.
    if (LETTER[code] !== OTHER_LETTER || code === 0xf1 || code === 0xd1) continue;
    const d = String.fromCharCode(code).normalize("NFD");
    if (d.length !== 2) continue;
    const base = LETTER[d.charCodeAt(0)] as number;
    const mark = d.charCodeAt(1);
    if (
      base !== 0 &&
      base < COMBINING &&
      (base & 0x3f) > VOWEL_COUNT &&
      mark >= 0x300 &&
      mark < 0x370 &&
      COMBINING_TONE[mark - 0x300] !== 0
    )
      LETTER[code] = TONED_CONSONANT;
  }
})();

/** Base id of a packed letter. */
export const baseOf = (info: number): number => info & 0x3f;
/** Tone of a packed letter. */
export const toneOf = (info: number): Tone => ((info >> 6) & 7) as Tone;
/** Whether a packed letter is upper case. */
export const isUpper = (info: number): boolean => (info & 0x200) !== 0;
/** Whether a base id is a vowel. */
export const isVowelId = (id: number): boolean => id >= 1 && id <= VOWEL_COUNT;

/** Packed info of a code unit: a letter of the alphabet, COMBINING, OTHER_LETTER, or 0. */
export function letterInfo(code: number): number {
  if (code < TABLE_SIZE) return LETTER[code] as number;
  // Above U+1EFF: general punctuation and symbols are common in news text and are not letters.
  if (code >= 0x2000 && code <= 0x2bff) return 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  return /\p{L}/u.test(String.fromCharCode(code)) ? OTHER_LETTER : 0;
}

/** The precomposed letter for a base id, tone and case. */
export function compose(id: number, tone: number, upper: boolean): string {
  return String.fromCharCode(COMPOSE[(id * 6 + tone) * 2 + (upper ? 1 : 0)] as number);
}

/** The code unit of the precomposed letter for a base id, tone and case. */
export function composeCode(id: number, tone: number, upper: boolean): number {
  return COMPOSE[(id * 6 + tone) * 2 + (upper ? 1 : 0)] as number;
}

/** Vietnamese letters with a diacritic (tone, ă â ê ô ơ ư or đ): strong evidence of Vietnamese. */
export function hasVietnameseMark(info: number): boolean {
  if (info === 0 || info >= TONED_CONSONANT) return false;
  const id = baseOf(info);
  return (
    toneOf(info) !== 0 ||
    id === ID.ă ||
    id === ID.â ||
    id === ID.ê ||
    id === ID.ô ||
    id === ID.ơ ||
    id === ID.ư ||
    id === ID.đ
  );
}

/** Base ids by name, for readable rules. */
export const ID = Object.freeze({
  a: 1,
  ă: 2,
  â: 3,
  e: 4,
  ê: 5,
  i: 6,
  o: 7,
  ô: 8,
  ơ: 9,
  u: 10,
  ư: 11,
  y: 12,
  đ: BASE_ID.get("đ") as number,
  d: BASE_ID.get("d") as number,
  g: BASE_ID.get("g") as number,
  h: BASE_ID.get("h") as number,
  n: BASE_ID.get("n") as number,
  q: BASE_ID.get("q") as number,
});
