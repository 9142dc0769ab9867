// The word list of the segmenter (src/segment/data/words.json, built from the news corpus): the
// multi-syllable words of Vietnamese, lower case. Shared, not copied: the package ships it once.

import { jsonData } from "../../data/load.js";
import words from "../../segment/data/words.json" with { type: "json" };
import { nameKey } from "../../text/key.js";

let keyed: ReadonlySet<string> | undefined;

/** The words as name keys (old-style tones), built on first use. */
function dictionary(): ReadonlySet<string> {
  keyed ??= new Set(Object.keys(jsonData<Record<string, number>>(words)).map(nameKey));
  return keyed;
}

/**
 * Whether two syllables make a common word (`quản lý`, `đảng viên`, `an ninh`): a capitalised
 * syllable followed by the rest of such a word is a capitalised word, not a one-syllable name
 * (`thạc sĩ Quản lý công`, `đồng chí Đảng viên`).
 */
export function isCommonWord(first: string, second: string): boolean {
  return dictionary().has(nameKey(`${first} ${second}`));
}

/** Whether two syllable keys (already {@link nameKey}s) make a common word. */
export function isCommonWordKey(firstKey: string, secondKey: string): boolean {
  return dictionary().has(`${firstKey} ${secondKey}`);
}

/** Whether a phrase of two syllables or more is a word of the dictionary (`bóng đèn`, `dự án`). */
export function isDictionaryWord(phrase: string): boolean {
  return dictionary().has(nameKey(phrase));
}

/** Whether syllable keys joined by spaces make a word of the dictionary. */
export function isDictionaryKey(key: string): boolean {
  return dictionary().has(key);
}
