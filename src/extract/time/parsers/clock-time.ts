/**
 * Times of day: `10h30`, `10h`, `14g30`, `lúc 14g`, `15:23:24`, `8 giờ 30 phút`, `3 giờ rưỡi`,
 * `ba giờ`, `10 giờ kém 15`, `4pm CET`, with the `lúc`/`vào lúc`/`khoảng`/`đúng` that introduce them.
 *
 * `N giờ` is also a duration (`làm việc 8 giờ`, `24 giờ qua`, `2 giờ đồng hồ`), and `Ng` is far
 * more often grams (`800g`): the guards below come from those cases in the news corpus.
 */
import type { PointExpr } from "../expr.js";
import { ZONES } from "../lexicon.js";
import { regexParser } from "../parser.js";
import { alt, readNumber, WORDS_1_24, WORDS_1_59, wordAfter, wordBefore } from "../patterns.js";
import { FIGURE, followedByChar, followedByWord, NUMBER_STARTS } from "../scan.js";
import type { Candidate, TimeParser } from "../types.js";

/** Words before a number that make `N giờ`/`Nh` a duration (`trong 2 giờ`, `mất 3h`). */
export const DURATION_BEFORE: ReadonlySet<string> = new Set([
  "trong",
  "mất",
  "suốt",
  "hơn",
  "gần",
  "dài",
  "kéo",
  "vòng",
  "sau",
  "được",
  "thêm",
  "tốn",
  "cả",
  "những",
  "mỗi",
  "các",
  "chỉ",
  "tầm",
  "ít",
  "nhiều",
  "đủ",
  "khoảng",
]);
/** Words after `N giờ` that make it a duration (`2 giờ đồng hồ`, `24 giờ qua`, `8 giờ mỗi ngày`). */
export const DURATION_AFTER: ReadonlySet<string> = new Set([
  "đồng",
  "qua",
  "liên",
  "liền",
  "mỗi",
  "một",
  "trước",
  "sau",
  "nữa",
  "tới",
  "làm",
  "để",
  "thì",
  "là",
]);

/** Words after `N giờ`/`Nh` that make it a time of day whatever comes before. */
const TIME_AFTER: ReadonlySet<string> = new Set([
  "sáng",
  "trưa",
  "chiều",
  "tối",
  "đêm",
  "khuya",
  "ngày",
  "hôm",
]);

/** Words before `N giờ` that make it a time of day (`đến 5 giờ là đóng cổng`, `từ 7 giờ`). */
const TIME_BEFORE: ReadonlySet<string> = new Set(["đến", "tới", "từ", "trước", "vào", "lúc"]);

/** `lúc`, `vào lúc`, `khoảng`, `vào khoảng`, `đúng`, `vào đúng`: part of the time phrase. */
/** A clock time starts with a figure, a number word, or one of its prefixes. */
const CLOCK_TRIGGERS: readonly string[] = [FIGURE, "vào", "lúc", "khoảng", "đúng", "chừng"];

const PREFIX = "(?:(?<pre>(?:vào\\s+)?(?:lúc|khoảng|đúng|chừng))\\s+)?";

function point(
  hour: number,
  minute: number | undefined,
  second: number | undefined,
  zeroPadded: boolean,
): PointExpr | undefined {
  if (hour > 24 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  if (hour === 24 && (minute ?? 0) > 0) return undefined;
  const p: PointExpr = { kind: "point", hour };
  if (minute !== undefined) p.minute = minute;
  if (second !== undefined) p.second = second;
  if (hour >= 1 && hour <= 12 && !zeroPadded) p.ambiguousHour = true;
  return p;
}

function candidate(
  m: RegExpExecArray,
  p: PointExpr,
  rule: string,
  text: string,
  weakUnlessPrefixed: boolean,
): Candidate | undefined {
  const g = m.groups ?? {};
  const pre = g.pre?.toLowerCase();
  const end = m.index + m[0].length;
  // `hơn 8h sáng` is past 8 in the morning: a part of day or a date after it makes it a time.
  const start = m.index;
  const before = wordBefore(text, start);
  const strongPrefix =
    pre !== undefined || TIME_AFTER.has(wordAfter(text, end)) || TIME_BEFORE.has(before);
  if (!strongPrefix && DURATION_BEFORE.has(before)) return undefined;
  if (DURATION_AFTER.has(wordAfter(text, end)) && !strongPrefix) return undefined;
  if (p.hour === 24 && wordAfter(text, end) !== "ngày") return undefined;
  const approximate = pre?.includes("khoảng") || pre?.includes("chừng");
  // `kéo dài khoảng 2 giờ` (lasted about two hours): `khoảng` does not make a duration a time.
  if (approximate && !TIME_AFTER.has(wordAfter(text, end)) && DURATION_BEFORE.has(before)) {
    return undefined;
  }
  return {
    start,
    end,
    rule,
    expr: p,
    ...(weakUnlessPrefixed && !strongPrefix ? { weak: true } : {}),
    ...(approximate ? { approximate: true } : {}),
  };
}

/** `10h30`, `10:30`, `14g30`, `15:23:24`, `12h58 phút`, `7h30'`. */
export const clockDigits: TimeParser = regexParser({
  name: "clock",
  triggers: CLOCK_TRIGGERS,
  afterFigure: followedByChar("hHgG:"),
  pattern: new RegExp(
    `${PREFIX}(?<h>\\d{1,2})\\s?(?<sep>[h:g])\\s?(?<m>\\d{2})(?:\\s?[:'’]\\s?(?<s>\\d{2}))?(?:\\s?phút|['’])?(?![\\p{L}\\p{M}\\p{N}]|[:.,]\\d)`,
    "uy",
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const p = point(
      Number(g.h),
      Number(g.m),
      g.s ? Number(g.s) : undefined,
      (g.h ?? "").startsWith("0"),
    );
    if (!p) return undefined;
    // `2:1` is a score; `1:30` with two-digit minutes and no prefix is still a time.
    return candidate(m, p, "clock", text, false);
  },
});

/** `10h`, `14g`: an hour alone (`g` needs `lúc`/a date: it is usually grams). */
export const clockHourOnly: TimeParser = regexParser({
  name: "clock-hour",
  triggers: CLOCK_TRIGGERS,
  afterFigure: followedByChar("hHgG"),
  pattern: new RegExp(
    `${PREFIX}(?<h>\\d{1,2})\\s?(?<sep>[hg])(?![\\p{L}\\p{M}\\p{N}]|[.,]\\d)`,
    "uy",
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    // `10 h` with a space is an abbreviated unit as often as a time: only `10h` without space.
    if (/\s/.test(m[0].slice(m[0].indexOf(g.h ?? "")))) return undefined;
    const p = point(Number(g.h), undefined, undefined, (g.h ?? "").startsWith("0"));
    if (!p) return undefined;
    return candidate(m, p, "clock", text, g.sep?.toLowerCase() === "g");
  },
});

/** `8 giờ 30 phút`, `3 giờ rưỡi`, `ba giờ`, `10 giờ kém 15`, `9 giờ đúng`. */
export const clockWords: TimeParser = regexParser({
  name: "clock-words",
  nearWord: /giờ/u,
  triggers: [...CLOCK_TRIGGERS, ...NUMBER_STARTS],
  afterFigure: followedByWord(["giờ"]),
  pattern: new RegExp(`${PREFIX}(?<h>\\d{1,2}|${WORDS_1_24})\\s+giờ(?![\\p{L}\\p{M}\\p{N}])`, "uy"),
  tail: [
    /\s+(?<half>rưỡi)(?![\p{L}\p{M}\p{N}])/uy,
    new RegExp(
      `\\s+kém\\s+(?<to>\\d{1,2}|${WORDS_1_59})(?:\\s+phút)?(?![\\p{L}\\p{M}\\p{N}])`,
      "uy",
    ),
    // `18 giờ 7/2` is 18:00 on 7 February, not 18:07.
    new RegExp(
      `\\s+(?<m>\\d{1,2}|${WORDS_1_59})(?:\\s+phút)?(?![\\p{L}\\p{M}\\p{N}]|[/.-]\\d)`,
      "uy",
    ),
    /\s+(?<sharp>đúng)(?![\p{L}\p{M}\p{N}])/uy,
  ],
  extract(m, text) {
    const g = m.groups ?? {};
    const h = readNumber(g.h);
    if (h === undefined) return undefined;
    let hour = h;
    let minute: number | undefined;
    if (g.half) minute = 30;
    else if (g.to) {
      const to = readNumber(g.to);
      if (to === undefined || to >= 60) return undefined;
      hour = h - 1;
      minute = 60 - to;
    } else if (g.m) {
      minute = readNumber(g.m);
      if (minute === undefined) return undefined;
      // `3 giờ 2 ngày` is not 3:02: a lone minute figure must be followed by `phút` or nothing.
      const after = wordAfter(text, m.index + m[0].length);
      if (
        !/phút\s*$/iu.test(m[0]) &&
        after &&
        !["sáng", "trưa", "chiều", "tối", "đêm", "ngày", "hôm", "khuya"].includes(after)
      ) {
        return undefined;
      }
    }
    const p = point(hour, minute, undefined, (g.h ?? "").startsWith("0"));
    if (!p) return undefined;
    // A bare `2 giờ` (no minutes, no `lúc`) is as often two hours (`sau nhập viện 2 giờ`) as two
    // o'clock: it needs a cue, a part of day or a date.
    const bare = !g.half && !g.to && !g.m && !g.sharp;
    return candidate(m, p, "clock-words", text, bare);
  },
});

/** `4pm`, `4 pm CET`, `10:30 a.m.` */
export const clockAmPm: TimeParser = regexParser({
  name: "clock-ampm",
  triggers: CLOCK_TRIGGERS,
  afterFigure: followedByChar("aApP:"),
  pattern: new RegExp(
    `${PREFIX}(?<h>\\d{1,2})(?::(?<m>\\d{2}))?\\s?(?<ap>am|pm|a\\.m\\.|p\\.m\\.)(?:\\s+(?<z>${alt(Object.keys(ZONES).map((z) => z.toLowerCase()))}))?(?![\\p{L}\\p{M}\\p{N}])`,
    "uy",
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const h = Number(g.h);
    if (h < 1 || h > 12) return undefined;
    const pm = (g.ap ?? "").toLowerCase().startsWith("p");
    const hour = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
    const p = point(hour, g.m ? Number(g.m) : undefined, undefined, true);
    if (!p) return undefined;
    const zone = g.z ? ZONES[g.z.toUpperCase()] : undefined;
    if (zone !== undefined) p.zone = zone;
    return candidate(m, p, "clock-ampm", text, false);
  },
});
