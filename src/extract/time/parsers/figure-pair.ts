/**
 * When two figures joined by `/`, `-` or `.` are not a day and a month.
 *
 * `6/2`, `6-2` and `6.2` are how Vietnamese news writes 6 February; they are also how it writes a
 * third (`trong đó 1/3 là trẻ em`), a score (`thua 1-2 trước Sevilla`), a scale (`thang điểm từ
 * 1-7`), a range of a count (`từ 4-6 tuần`), a decimal (`1.5 GB`), a grade (`thương binh 2/4`), a
 * name (`đường 3/2`) and "round the clock" (`24/7`). Read over every such pair in the news corpus,
 * what decides is the context, not the figures (1/3 is as often 1 March as a third):
 *
 * - what follows: a counted noun or unit (the quantity lexicon: `1/3 số hộ`, `4-6 tuần`, `7-10
 *   giọt`, `1.5 GB`, `7.1 giây`) makes the figures a quantity, unless it is the year of the date
 *   (`12/2 năm nay`) or a word that follows dates (`16/2 tổ chức ĐHCĐ`);
 * - what precedes: a qualifier of quantities (`khoảng 2/3`, `hơn 1/3`, `chiếm 2/3`, `bằng 1/5`,
 *   `trong đó 1/3`), a noun that numbers things (`vòng 1/8`, `cấp 6-7`, `thang điểm từ 1-7`,
 *   `số 11-12`, `đường 3/2`, `thương binh 2/4`), or, for a dash, a result (`thắng`, `thua`, `tỷ
 *   số`: a score);
 * - `24/7` on its own is an idiom.
 *
 * A pair written after `ngày`/`hôm` is a date whatever follows (`ngày 30/4 người dân...`), except a
 * dash range of times a day (`mỗi ngày 4-5 giờ`, `ngày 2-3 lần`).
 */

import { CURRENCY_AFTER } from "../../quantity/lexicon/currencies.js";
import { QUALIFIERS } from "../../quantity/lexicon/qualifiers.js";
import { scoreCueBefore, scoreSized } from "../../quantity/score.js";
import { unitAt } from "../../quantity/units.js";
import { PART_OF_DAY_WORDS } from "../lexicon.js";
import { YEAR_RELATIVE } from "./common.js";

/** Why a pair of figures is not a date (for tests and debugging). */
export type NotDateReason = "quantity" | "fraction" | "label" | "score" | "idiom";

/**
 * Words that may follow a year-less `d/m` date: particles, prepositions and the verbs news puts
 * after a date (`16/2 tổ chức`, `30/4 và 1/5`, `6/2 tới`). After any other word the pair needs a
 * cue before it (`vào`, `từ`, `sáng`...) to stand as a date.
 */
export const AFTER_BARE_DATE: ReadonlySet<string> = new Set([
  "tới",
  "này",
  "vừa",
  "qua",
  "tại",
  "ở",
  "và",
  "đến",
  "hoặc",
  "lúc",
  "năm",
  "sẽ",
  "đã",
  "vẫn",
  "là",
  "mới",
  "do",
  "với",
  "được",
  "diễn",
  "khai",
  "bế",
  "cho",
  "theo",
  "trên",
  "khi",
  "thì",
  "nhằm",
  "nhân",
  "kỷ",
  "hàng",
  "hằng",
  "sau",
  "trước",
  "cùng",
  "ngay",
  "dương",
  "âm",
  "tức",
  "đối",
  "thông",
  "công",
  "phát",
  "ra",
  "tổ",
  "lễ",
]);

/**
 * Words after a pair that make it a quantity even when the unit lexicon does not list them
 * (multipliers, money, scores): `3-4 triệu`, `10/10 điểm`, `2-3 usd`.
 */
export const QUANTITY_AFTER: ReadonlySet<string> = new Set([
  "triệu",
  "tỷ",
  "tỉ",
  "nghìn",
  "ngàn",
  "trăm",
  "chục",
  "đồng",
  "usd",
  "điểm",
  "sao",
]);

/** Units that are also verbs news puts after a date (`16/2 tổ chức ĐHCĐ`). */
const VERBS_AFTER_DATE: ReadonlySet<string> = new Set(["tổ chức"]);

/** Gold is sold by the `chỉ`, `lượng` and `cây`: `vàng ... từ 1-2 chỉ`. */
export const GOLD_UNITS: ReadonlySet<string> = new Set(["chỉ", "lượng", "cây"]);
/** How far back (characters) `vàng` makes {@link GOLD_UNITS} units. */
const GOLD_REACH = 80;

/**
 * Nouns that number things: a pair after one of them is a label, a grade, a round or a range of
 * levels (`vòng 1/8`, `thương binh 2/4`, `gió cấp 6-7`, `thang điểm từ 1-7`, `lớp 1-5`, `đường
 * 3/2`, `số 11-12`, `Android 4.3`). Matched on the word (or two words) right before the pair, or
 * before a `từ` that opens it.
 */
export const LABEL_BEFORE: ReadonlySet<string> = new Set([
  // grades, ranks, ratios
  "binh",
  "tỷ lệ",
  "tỉ lệ",
  "tỷ số",
  "tỉ số",
  "hạng",
  "loại",
  "thang",
  "thang điểm",
  "thang đo",
  "cấp",
  "cấp độ",
  "bậc",
  "mức",
  "độ",
  "size",
  // rounds and sets of a contest
  "vòng",
  "hiệp",
  "ván",
  "set",
  "lượt",
  // numbered things
  "số",
  "điều",
  "khoản",
  "chương",
  "mục",
  "điểm",
  "lớp",
  "khối",
  "tầng",
  "tổ",
  "khu",
  "phòng",
  "bảng",
  "nhóm",
  "câu",
  "bài",
  "phần",
  "tập",
  "giai đoạn",
  "phiên bản",
  "version",
  "iphone",
  "galaxy",
  "windows",
  "ios",
  "android",
  // places named after a date: `đường 3/2`, `kênh 19/5`, `phố 30/4`
  "đường",
  "phố",
  "kênh",
  "quận",
  "phường",
  "km",
]);

/** Two-word nouns ending in a label word that are times, not labels: `thời điểm 6/2`. */
const NOT_LABEL: ReadonlySet<string> = new Set(["thời điểm", "địa điểm", "đồng hồ"]);

/**
 * Words before a pair that make it a share of something (`chiếm 2/3`, `bằng 1/5`, `trong đó 1/3`,
 * `gấp 3-5 lần`, `cả 5/5`), on top of the qualifiers of quantities (`khoảng`, `hơn`, `gần`...).
 * `tới` and `hàng` are qualifiers too, but also open dates (`tới 15/3`, `ngân hàng 6/2`).
 */
export const FRACTION_BEFORE: ReadonlySet<string> = new Set([
  ...Object.keys(QUALIFIERS).filter((q) => q !== "tới" && q !== "hàng"),
  "chiếm",
  "bằng",
  "gấp",
  "cả",
  "đạt",
  "trong đó",
  "trong số",
  "tổng số",
]);

/** The idiom "round the clock" (`phục vụ 24/7`): a date only after `ngày`. */
const IDIOMS: ReadonlySet<string> = new Set(["24/7"]);

/** Units that say how often or how long a day (`mỗi ngày 4-5 giờ`, `ngày 2-3 lần`). */
const PER_DAY_UNITS: ReadonlySet<string> = new Set([
  "lần",
  "giờ",
  "tiếng",
  "phút",
  "bữa",
  "cữ",
  "viên",
  "cốc",
  "ly",
]);

/** The last word of each part of day (`sáng`, `chiều`, `rạng sáng`, `chiều tối`...). */
const PART_OF_DAY_LAST_WORDS: ReadonlySet<string> = new Set(
  Object.keys(PART_OF_DAY_WORDS).map((w) => w.split(" ").pop() ?? w),
);

/** A pair of figures and the word that joins it to the next one (`1/3 đến `), at a slice's end. */
export const PAIR_BEFORE = /(\d{1,2})([/.-])(\d{1,2})\s?(?:đến|tới|và|hoặc|-|–)\s?$/u;
/** How many characters before a pair {@link PAIR_BEFORE} looks at. */
const PAIR_BEFORE_REACH = 16;

const isSpace = (c: string | undefined) => c === " " || c === "\u00a0" || c === "\t";
const LETTER = /[\p{L}\p{M}]/u;

/** The lower-cased words right before `i` on the same line, nearest first (up to `n`). */
export function wordsBefore(lower: string, i: number, n: number): string[] {
  const out: string[] = [];
  let j = i;
  while (out.length < n) {
    while (j > 0 && isSpace(lower[j - 1])) j--;
    let k = j;
    while (k > 0 && LETTER.test(lower[k - 1] ?? "")) k--;
    if (k === j) break;
    out.push(lower.slice(k, j));
    j = k;
  }
  return out;
}

/** The word starting after the spaces at `i`, with where it starts (`""` if none). */
function wordAt(lower: string, i: number): { word: string; start: number } {
  let j = i;
  while (isSpace(lower[j])) j++;
  let k = j;
  while (k < lower.length && LETTER.test(lower[k] ?? "")) k++;
  return { word: lower.slice(j, k), start: j };
}

/** `năm nay`, `năm 2017`, `năm ngoái`: the year of the date, not years counted. */
function isYearTail(lower: string, at: number): boolean {
  const next = wordAt(lower, at + 3);
  if (next.word === "" && /^\s*\d{4}(?!\d)/u.test(lower.slice(at + 3, at + 12))) return true;
  return YEAR_RELATIVE[next.word] !== undefined;
}

/**
 * Whether a counted noun or unit follows the pair that ends at `end`. `improper`: the pair cannot
 * be a share (`30/4`), so only money, multipliers and points after it make it a quantity.
 */
function quantityAfter(
  text: string,
  lower: string,
  start: number,
  end: number,
  prefixed: boolean,
  improper = false,
) {
  const { word, start: at } = wordAt(lower, end);
  if (word === "" || at === end) return false;
  if (!prefixed && (QUANTITY_AFTER.has(word) || CURRENCY_AFTER[word] !== undefined)) return true;
  if (improper) return false;
  // A capitalised word after the pair is a name (`6/2 Bộ GD-ĐT`), not what is counted; a unit
  // written in capitals is still a unit (`1.5 GB`, `2/3 MW`).
  if (text[at] !== lower[at]) {
    const caps = text.slice(at, at + word.length);
    return !prefixed && caps === caps.toUpperCase() && unitAt(text, lower, at)?.kind === "measure";
  }
  if (word === "năm" && isYearTail(lower, at)) return false;
  if (prefixed)
    return (
      PER_DAY_UNITS.has(word) && !/^\s*giờ\s+(?:địa|gmt|hà|việt)/u.test(lower.slice(end, end + 16))
    );
  if (AFTER_BARE_DATE.has(word) && word !== "năm") {
    // `6/7 công trình`, `2/3 công nhân`, `1/3 nhân viên`: a noun of several words that starts
    // with a word that also follows dates is still counted (`tổ chức` is mostly the verb).
    const unit = unitAt(text, lower, at);
    if (!unit) return false;
    const phrase = lower.slice(at, unit.end);
    return phrase.includes(" ") && !VERBS_AFTER_DATE.has(phrase);
  }
  if (GOLD_UNITS.has(word) && lower.slice(Math.max(0, start - GOLD_REACH), start).includes("vàng"))
    return true;
  return unitAt(text, lower, at) !== undefined;
}

/** Whether the words before the pair (from `start`) share it out or number it. */
function contextBefore(lower: string, start: number): "fraction" | "label" | undefined {
  const [w1 = "", w2 = "", w3 = ""] = wordsBefore(lower, start, 3);
  if (w1 === "") return undefined;
  const pair = `${w2} ${w1}`;
  if (FRACTION_BEFORE.has(w1) || FRACTION_BEFORE.has(pair)) return "fraction";
  // `thang điểm từ 1-7`: the noun before the `từ` that opens a range.
  const [a, b] = w1 === "từ" ? [w2, `${w3} ${w2}`] : [w1, pair];
  if (NOT_LABEL.has(b)) return undefined;
  if (LABEL_BEFORE.has(a) || LABEL_BEFORE.has(b)) return "label";
  return undefined;
}

/**
 * Why the pair of figures `day sep month` at [start, end) of the normalised `text` is not a date,
 * or `undefined` when nothing says it is not. `prefixed`: written after `ngày`/`hôm`. `lower` is
 * `text` lower-cased (same offsets).
 */
export function notADate(
  text: string,
  lower: string,
  start: number,
  end: number,
  pair: { day: number; month: number; sep: string; prefixed: boolean },
  depth = 0,
): NotDateReason | undefined {
  // `chiều 5/2 đơn vị này...`, `rạng sáng 6-2` after a score: a part of day right before the
  // figures names a day as surely as `ngày` does.
  if (pair.prefixed || PART_OF_DAY_LAST_WORDS.has(wordsBefore(lower, start, 1)[0] ?? "")) {
    return pair.sep !== "/" && pair.sep !== "." && quantityAfter(text, lower, start, end, true)
      ? "quantity"
      : undefined;
  }
  if (IDIOMS.has(text.slice(start, end))) return "idiom";
  // The pair before this one in a list or range (`1/3 đến 1/5`, `30/4 và 1/5`), if any.
  const prev = depth === 0 ? pairBefore(text, lower, start) : undefined;
  // `dịp 30/4 và 1/5 người dân...`: after a date that cannot be a share (30 of 4), the second of
  // the pair is a date too, whatever follows.
  if (prev && prev.reason === undefined && prev.day > prev.month && prev.sep === pair.sep) {
    return undefined;
  }
  // A share is smaller than its whole: `30/4 người dân` is not 30 of 4 people.
  const improper = pair.sep === "/" && pair.day > pair.month;
  if (quantityAfter(text, lower, start, end, false, improper)) return "quantity";
  const before = contextBefore(lower, start);
  if (before) return before;
  // `chỉ bằng 1/3 đến 1/5 mức giá`: the second end of a range of shares is a share too.
  if (prev?.reason === "fraction" || prev?.reason === "label") return prev.reason;
  if (
    (pair.sep === "-" || pair.sep === "–") &&
    scoreSized(pair.day, pair.month) &&
    scoreCueBefore(text, start)
  ) {
    return "score";
  }
  return undefined;
}

/** The pair of figures joined to the one at `start` (`1/3 đến `), and what it is. */
function pairBefore(
  text: string,
  lower: string,
  start: number,
): { day: number; month: number; sep: string; reason: NotDateReason | undefined } | undefined {
  const prev = PAIR_BEFORE.exec(lower.slice(Math.max(0, start - PAIR_BEFORE_REACH), start));
  if (!prev?.[1] || !prev[2] || !prev[3]) return undefined;
  const prevStart = start - prev[0].length;
  // Part of a longer figure (`1.2.3/4`): no pair.
  if (/[\p{N}./-]/u.test(text[prevStart - 1] ?? "")) return undefined;
  const prevEnd = prevStart + prev[1].length + prev[2].length + prev[3].length;
  const day = Number(prev[1]);
  const month = Number(prev[3]);
  const sep = prev[2];
  const reason = notADate(text, lower, prevStart, prevEnd, { day, month, sep, prefixed: false }, 1);
  return { day, month, sep, reason };
}
