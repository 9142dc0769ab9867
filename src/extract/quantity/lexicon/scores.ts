/**
 * Words that say the figures after them are a match score (`thắng 2-1`, `thua 1-2 trước Sevilla`,
 * `với tỷ số 6-3`, `Dự đoán: 1-1`), as data. Built from the words before small `a-b` pairs in the
 * news corpus (baomoi 2017): sports reports are where most such pairs are, and what they say is a
 * result, not a range (`1-2` is not "one to two") nor a date (`1-2` is not 1 February).
 *
 * Only lower-case occurrences count: `Hữu Thắng` is a coach, not a win.
 */

/** One-word score cues (matched as whole syllables). */
export const SCORE_WORDS: readonly string[] = Object.freeze([
  "thắng", // thắng, chiến thắng, thắng lợi, giành thắng lợi
  "thua", // thua, để thua, thất bại
  "hòa",
  "hoà",
  "bại", // đánh bại, thất bại
  "gỡ", // gỡ hòa
]);

/** Two-word score cues. */
export const SCORE_PHRASES: readonly string[] = Object.freeze([
  "tỷ số",
  "tỉ số",
  "cách biệt",
  "dự đoán",
  "chung cuộc",
  "dẫn trước",
  "dẫn điểm",
  "kết quả",
]);

/** How many words before the figures a score cue may be (`để thua trước 1-2`, `thắng đậm 6-3`). */
export const SCORE_REACH = 5;

/** Scores are small on both sides; `chiến thắng 30-4` is Victory Day, not a score. */
export const SCORE_MAX = 15;
