/**
 * Fixed solar holidays: `Giáng sinh`, `Noel`, `Tết Dương lịch`, `ngày Quốc tế Phụ nữ`... (the
 * table is in the lexicon), with an optional year (`Giáng sinh 2016`, `Noel năm 2017`).
 */
import { SOLAR_HOLIDAYS } from "../lexicon.js";
import { phraseParser } from "../parser.js";
import { PhraseMatcher } from "../phrases.js";
import type { TimeParser } from "../types.js";
import { readYear } from "./common.js";

/** ` 2016`, ` năm 2016` after a holiday's name. */
export const HOLIDAY_YEAR = /\s+(?:năm\s+)?(\d{4})(?![\p{L}\p{M}\p{N}])/uy;

/** A solar holiday by name. */
export const solarHoliday: TimeParser = phraseParser({
  name: "holiday",
  phrases: new PhraseMatcher(Object.entries(SOLAR_HOLIDAYS)),
  phraseList: Object.keys(SOLAR_HOLIDAYS),
  suffix: HOLIDAY_YEAR,
  extract(found, suffix, _text, start) {
    const [month, day] = found.value;
    const year = suffix ? readYear(suffix[1]) : undefined;
    return {
      start,
      end: suffix && year !== undefined ? suffix.index + suffix[0].length : found.end,
      rule: "holiday",
      expr: { kind: "point", month, day, ...(year !== undefined ? { year } : {}) },
    };
  },
});
