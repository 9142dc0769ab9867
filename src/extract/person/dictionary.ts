// The word list of the segmenter (src/segment/data/words.json, built from the news corpus): the
// multi-syllable words of Vietnamese, lower case. Shared, not copied: the package ships it once.
import words from "../../segment/data/words.json" with { type: "json" };
import { nameKey } from "../entities/key.js";

const WORDS: ReadonlySet<string> = new Set(Object.keys(words as Record<string, number>));

/**
 * Whether two syllables make a common word (`quản lý`, `đảng viên`, `an ninh`): a capitalised
 * syllable followed by the rest of such a word is a capitalised word, not a one-syllable name
 * (`thạc sĩ Quản lý công`, `đồng chí Đảng viên`).
 */
export function isCommonWord(first: string, second: string): boolean {
  return WORDS.has(nameKey(`${first} ${second}`));
}

/** Whether a phrase of two syllables or more is a word of the dictionary (`bóng đèn`, `dự án`). */
export function isDictionaryWord(phrase: string): boolean {
  return WORDS.has(nameKey(phrase));
}
