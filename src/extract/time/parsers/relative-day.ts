/**
 * Days named relative to today (`hôm qua`, `ngày mai`, `hôm kia`) or to the previous date in the
 * text (`cùng ngày`, `ngày hôm sau`), as news reports chain events.
 */
import { RELATIVE_DAYS } from "../lexicon.js";
import { phraseParser } from "../parser.js";
import { PhraseMatcher } from "../phrases.js";
import type { TimeParser } from "../types.js";

/** `hôm nay`, `hôm qua`, `ngày mai`, `hôm kia`, `ngày kia`. */
export const relativeDay: TimeParser = phraseParser({
  name: "relative-day",
  phrases: new PhraseMatcher(Object.entries(RELATIVE_DAYS)),
  phraseList: Object.keys(RELATIVE_DAYS),
  extract: (found, _s, _t, start) => ({
    start,
    end: found.end,
    rule: "relative-day",
    expr: { kind: "point", shift: { grain: "day", n: found.value } },
    relative: true,
  }),
});

/** Phrases that point at the previous date in the text, to the day offset from it. */
export const PREVIOUS_DAY_WORDS: Readonly<Record<string, number>> = Object.freeze({
  "cùng ngày": 0,
  "ngày hôm sau": 1,
  "hôm sau": 1,
  "ngày hôm trước": -1,
  "hôm đó": 0,
  "ngày hôm đó": 0,
  "hôm ấy": 0,
  "ngày hôm ấy": 0,
});

/** A figure date right after a phrase ending in `ngày` (`cùng ngày 6/2`). */
const FIGURE_DATE_AFTER = /^\s+\d{1,2}\s?[/.-]\s?\d/u;

/** `cùng ngày`, `ngày hôm sau`, `hôm đó`: anchored on the previous date in the same text. */
export const previousDay: TimeParser = phraseParser({
  name: "same-day",
  phrases: new PhraseMatcher(Object.entries(PREVIOUS_DAY_WORDS)),
  phraseList: Object.keys(PREVIOUS_DAY_WORDS),
  extract: (found, _s, text, start) =>
    // `Cùng ngày 6/2, ...` names its day: the figures are the date (`ngày 6/2`), not the phrase.
    text.endsWith("ngày", found.end) && FIGURE_DATE_AFTER.test(text.slice(found.end, found.end + 8))
      ? undefined
      : {
          start,
          end: found.end,
          rule: "same-day",
          expr: { kind: "point", previousDay: found.value },
          relative: true,
        },
});
