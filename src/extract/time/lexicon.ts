/**
 * Vietnamese date and time vocabulary, as data. Parsers compile these tables into alternations;
 * to support a new word, add it here.
 */
import type { HourWindow, PartOfDay, ShiftGrain } from "./expr.js";

/** Weekday words after `thứ`, to ISO weekdays (1 = Monday). `thứ hai` is Monday, `thứ 7` Saturday. */
export const WEEKDAY_AFTER_THU: Readonly<Record<string, number>> = Object.freeze({
  hai: 1,
  "2": 1,
  ba: 2,
  "3": 2,
  tư: 3,
  "4": 3,
  năm: 4,
  "5": 4,
  sáu: 5,
  "6": 5,
  bảy: 6,
  bẩy: 6,
  "7": 6,
});

/** Sunday: `chủ nhật`, the Catholic `chúa nhật`, and the abbreviation `CN` (upper case only). */
export const SUNDAY_WORDS: readonly string[] = Object.freeze(["chủ nhật", "chúa nhật"]);

/** Month names as words (solar calendar). `tháng Giêng`/`tháng Chạp` are lunar: see LUNAR_MONTHS. */
export const MONTH_WORDS: Readonly<Record<string, number>> = Object.freeze({
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  "mười một": 11,
  "mười hai": 12,
});

/** Month names that always mean the lunar calendar. */
export const LUNAR_MONTHS: Readonly<Record<string, number>> = Object.freeze({
  giêng: 1,
  chạp: 12,
});

/** Roman numerals used for quarters (`quý III/2017`). */
export const ROMAN: Readonly<Record<string, number>> = Object.freeze({
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
});

/** Parts of the day, as words, with their meaning. Longest first is done by the compiler. */
export const PART_OF_DAY_WORDS: Readonly<Record<string, PartOfDay>> = Object.freeze({
  "rạng sáng": "early-morning",
  "sáng sớm": "early-morning",
  sáng: "morning",
  "buổi sáng": "morning",
  trưa: "noon",
  "buổi trưa": "noon",
  "giữa trưa": "noon",
  chiều: "afternoon",
  "buổi chiều": "afternoon",
  "xế chiều": "afternoon",
  "chiều tối": "evening",
  tối: "evening",
  "buổi tối": "evening",
  đêm: "night",
  "ban đêm": "night",
  "đêm khuya": "night",
  khuya: "night",
});

/**
 * Hours of each part of day, [from, to). Morning, noon, evening and "after lunch" follow Duckling
 * (so its corpus scores as in its own tests); the night runs to 6 the next morning, as `đêm 4/2`
 * covers the small hours of the 5th in Vietnamese news.
 */
export const PART_OF_DAY_WINDOWS: Readonly<Record<PartOfDay, HourWindow>> = Object.freeze({
  "early-morning": { from: 0, to: 6 },
  morning: { from: 4, to: 12 },
  noon: { from: 12, to: 14 },
  afternoon: { from: 12, to: 19 },
  evening: { from: 18, to: 24 },
  night: { from: 18, to: 30 },
});

/** Hours of a few phrases that are not plain parts of the day. */
export const SPECIAL_WINDOWS: Readonly<Record<string, { part: PartOfDay; window: HourWindow }>> =
  Object.freeze({
    "sau bữa trưa": { part: "afternoon", window: { from: 13, to: 17 } },
    "chiều tối": { part: "evening", window: { from: 17, to: 21 } },
    // Midnight, the hour either side of it: `nửa đêm 5/2` is the turn from the 5th to the 6th.
    "nửa đêm": { part: "night", window: { from: 23, to: 25 } },
  });

/** Day words relative to today. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = Object.freeze({
  "hôm nay": 0,
  "ngày hôm nay": 0,
  "hôm qua": -1,
  "ngày hôm qua": -1,
  "hôm kia": -2,
  "ngày hôm kia": -2,
  "ngày mai": 1,
  "ngày kia": 2,
});

/** Words that follow a part of day to make it relative: `tối nay`, `sáng qua`, `trưa mai`. */
export const PART_OF_DAY_RELATIVE: Readonly<Record<string, number>> = Object.freeze({
  nay: 0,
  "hôm nay": 0,
  "ngày hôm nay": 0,
  qua: -1,
  "hôm qua": -1,
  "ngày hôm qua": -1,
  mai: 1,
  "ngày mai": 1,
  "hôm kia": -2,
});

/** Units a relative phrase can count in. */
export const UNIT_WORDS: Readonly<Record<string, ShiftGrain>> = Object.freeze({
  tuần: "week",
  tháng: "month",
  quý: "quarter",
  năm: "year",
});

/** `tuần này`, `tháng trước`, `năm ngoái`, `quý tới`: the shift each qualifier means. */
export const RELATIVE_QUALIFIERS: Readonly<Record<string, number>> = Object.freeze({
  này: 0,
  nay: 0,
  "hiện tại": 0,
  trước: -1,
  qua: -1,
  "vừa qua": -1,
  "vừa rồi": -1,
  ngoái: -1,
  sau: 1,
  tới: 1,
  "sắp tới": 1,
  tiếp: 1,
  "tiếp theo": 1,
  "kế tiếp": 1,
});

/** Qualifiers that pick the next or the last occurrence of a weekday or month. */
export const DIRECTION_WORDS: Readonly<Record<string, "next" | "last">> = Object.freeze({
  tới: "next",
  "sắp tới": "next",
  "vừa rồi": "last",
  "vừa qua": "last",
});

/** Duration units of `3 ngày tới`, `2 phút vừa rồi`. */
export const SPAN_UNITS: Readonly<
  Record<string, "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year">
> = Object.freeze({
  giây: "second",
  s: "second",
  phút: "minute",
  giờ: "hour",
  tiếng: "hour",
  ngày: "day",
  tuần: "week",
  tháng: "month",
  quý: "quarter",
  năm: "year",
});

/** `tới`/`tiếp theo` (the next n units) and `vừa rồi`/`qua` (the last n units). */
export const SPAN_DIRECTIONS: Readonly<Record<string, "future" | "past">> = Object.freeze({
  tới: "future",
  "sắp tới": "future",
  tiếp: "future",
  "tiếp theo": "future",
  "kế tiếp": "future",
  "vừa rồi": "past",
  "vừa qua": "past",
  qua: "past",
  "gần đây": "past",
  "gần nhất": "past",
});

/**
 * Seasons, [month, day] to [month, day) exclusive, as in Duckling (astronomical seasons), so that
 * its corpus scores as in its own tests.
 */
export const SEASONS: Readonly<
  Record<
    "spring" | "summer" | "autumn" | "winter",
    { from: [number, number]; to: [number, number] }
  >
> = Object.freeze({
  spring: { from: [3, 20], to: [6, 22] },
  summer: { from: [6, 21], to: [9, 24] },
  autumn: { from: [9, 23], to: [12, 22] },
  winter: { from: [12, 21], to: [3, 21] },
});

/** Season words. */
export const SEASON_WORDS: Readonly<Record<string, "spring" | "summer" | "autumn" | "winter">> =
  Object.freeze({ xuân: "spring", hè: "summer", hạ: "summer", thu: "autumn", đông: "winter" });

/** Months [from, to) of the early, middle and late part of a year (`đầu năm`, `cuối năm`). */
export const YEAR_PORTIONS: Readonly<Record<"early" | "mid" | "late", [number, number]>> =
  Object.freeze({ early: [1, 4], mid: [6, 9], late: [10, 13] });

/** `đầu`, `giữa`, `cuối`. */
export const PORTION_WORDS: Readonly<Record<string, "early" | "mid" | "late">> = Object.freeze({
  đầu: "early",
  giữa: "mid",
  cuối: "late",
});

/** Fixed solar holidays, to [month, day]. */
export const SOLAR_HOLIDAYS: Readonly<Record<string, [number, number]>> = Object.freeze({
  "giáng sinh": [12, 25],
  "lễ giáng sinh": [12, 25],
  "ngày giáng sinh": [12, 25],
  "đêm giáng sinh": [12, 24],
  noel: [12, 25],
  "tết dương lịch": [1, 1],
  "tết tây": [1, 1],
  "lễ tình nhân": [2, 14],
  "ngày lễ tình nhân": [2, 14],
  "ngày valentine": [2, 14],
  "ngày thầy thuốc việt nam": [2, 27],
  "ngày quốc tế phụ nữ": [3, 8],
  "ngày giải phóng miền nam": [4, 30],
  "ngày quốc tế lao động": [5, 1],
  "ngày quốc tế thiếu nhi": [6, 1],
  "ngày thương binh liệt sĩ": [7, 27],
  "ngày quốc khánh": [9, 2],
  "ngày phụ nữ việt nam": [10, 20],
  "ngày nhà giáo việt nam": [11, 20],
});

/** Lunar holidays, to lunar [month, day]. */
export const LUNAR_HOLIDAYS: Readonly<Record<string, [number, number]>> = Object.freeze({
  "tết nguyên đán": [1, 1],
  "tết âm lịch": [1, 1],
  "tết cổ truyền": [1, 1],
  "tết nguyên tiêu": [1, 15],
  "tết thượng nguyên": [1, 15],
  "vía thần tài": [1, 10],
  "ngày vía thần tài": [1, 10],
  "tết hàn thực": [3, 3],
  "giỗ tổ hùng vương": [3, 10],
  "lễ phật đản": [4, 15],
  "tết đoan ngọ": [5, 5],
  "lễ vu lan": [7, 15],
  "tết trung nguyên": [7, 15],
  "tết trung thu": [8, 15],
  "tết ông công ông táo": [12, 23],
  "ông công ông táo": [12, 23],
  "ông táo chầu trời": [12, 23],
});

/** Time zone abbreviations, to UTC offsets in minutes. */
export const ZONES: Readonly<Record<string, number>> = Object.freeze({
  UTC: 0,
  GMT: 0,
  CET: 60,
  CEST: 120,
  ICT: 420,
  EST: -300,
  EDT: -240,
  PST: -480,
  PDT: -420,
  JST: 540,
  KST: 540,
});
