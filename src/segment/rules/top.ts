import { publishedValue, stampOffset } from "../../extract/time/published.js";
import type { ParagraphView } from "../features.js";
import { DATELINE_PLACES } from "../lexicon/places.js";
import { SOURCE_LINES } from "../lexicon/sources.js";
import { phraseMatcher } from "../match.js";

/** "(Tổng hợp)", "(T/h)": a compilation credit in brackets, not an agency dateline. */
const COMPILED = phraseMatcher(SOURCE_LINES);

/** A headline: short enough, not a run of sentences. */
export function titleRule(v: ParagraphView): string | null {
  if (v.length > 250 || v.words > 45 || v.innerStops > 1) return null;
  if (v.endsColon) return null;
  if (v.endsTerminal && v.length > 160 && !v.text.endsWith("?") && !v.text.endsWith("!"))
    return null;
  return "title-first-line";
}

/** A rubric line next to the headline: very short, no final stop ("Bản tin quận 9", "THỜI SỰ"). */
export function kickerRule(v: ParagraphView): string | null {
  if (v.words > 8 || v.length > 60 || v.endsTerminal || v.endsColon) return null;
  if (/^\(?\d{1,2}[.)]\s/u.test(v.text)) return null;
  return "kicker-short-line";
}

const placeAlternation = [...DATELINE_PLACES]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s*"))
  .join("|");

/**
 * Datelines at the start of the lead:
 * - an agency or site in brackets: "(Chinhphu.vn) -", "(Dân trí) –", "(baodautu.vn)";
 * - a place in capitals or from the place list, optionally with a date, then a dash:
 *   "HÀ NỘI -", "TP.HCM, ngày 5/8/2017 -", "Đà Nẵng –".
 * Returns the length of the dateline (including the dash and the space after it) and its parts.
 */
export interface DatelineMatch {
  length: number;
  rule: string;
  place?: { start: number; end: number };
  agency?: { start: number; end: number };
  date?: { start: number; end: number; day: number; month: number; year?: number };
}

export const AGENCY_DATELINE_RE =
  /^\( ?([\p{L}\p{N}](?:[\p{L}\p{N}.&+-]| (?=[\p{L}\p{N}])){0,40}) ?\)\s*(?:[-–—]{1,2}\s*|(?=\p{Lu}))/u;
export const PLACE_DATELINE_RE = new RegExp(
  `^((?:${placeAlternation})|\\p{Lu}[\\p{Lu}\\p{M}.]{1,20}(?:\\s\\p{Lu}[\\p{Lu}\\p{M}.]{0,20}){0,3})(?:\\s*,\\s*(?:ngày\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?)?\\s*[-–—]{1,2}\\s*(?=\\S)`,
  "iu",
);
const KNOWN_PLACE_RE = new RegExp(`^(?:${placeAlternation})$`, "iu");

/** Finds a dateline at the start of `text` (a lead or first body paragraph). */
export function matchDateline(text: string): DatelineMatch | null {
  const a = AGENCY_DATELINE_RE.exec(text);
  if (a?.[1] !== undefined) {
    const inner = a[1];
    // "(Tổng hợp)" or a sentence in brackets is not an agency.
    if (inner.split(/\s+/u).length <= 4 && /[\p{Lu}.]/u.test(inner) && !COMPILED.equals(inner)) {
      const s = a[0].indexOf(inner);
      return {
        length: a[0].length,
        rule: "dateline-agency",
        agency: { start: s, end: s + inner.length },
      };
    }
  }
  const p = PLACE_DATELINE_RE.exec(text);
  if (p?.[1] !== undefined) {
    const place = p[1];
    const known = KNOWN_PLACE_RE.test(place);
    const caps = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
    // "ĐÀ NẴNG-Ngày 7-2": with no space after the dash, a capitalised word must follow, so that
    // "HAT-P-65B" or "GD-ĐT" are not datelines.
    const after = text.slice(p[0].length, p[0].length + 2);
    const spaced = /\s$/u.test(p[0]);
    const glued =
      !spaced &&
      /^\p{Lu}\p{Ll}/u.test(after) &&
      (known || place.includes(".") || place.replace(/[^\p{L}]/gu, "").length >= 4);
    if ((known || caps) && (spaced || glued)) {
      // "VOV.VN-": a site in capitals is the agency, not a place.
      if (place.includes(".") && !known) {
        return {
          length: p[0].length,
          rule: "dateline-agency",
          agency: { start: 0, end: place.length },
        };
      }
      const out: DatelineMatch = {
        length: p[0].length,
        rule: p[2] ? "dateline-place-date" : "dateline-place",
        place: { start: 0, end: place.length },
      };
      if (p[2] && p[3]) {
        const ds = p[0].indexOf(p[2], place.length);
        out.date = {
          start: ds,
          end: p[4]
            ? p[0].indexOf(p[4], ds) + 4
            : p[0].indexOf(p[3], ds + p[2].length) + p[3].length,
          day: Number(p[2]),
          month: Number(p[3]),
          ...(p[4] ? { year: Number(p[4]) } : {}),
        };
      }
      return out;
    }
  }
  return null;
}

/** The canonical spelling of a dateline place ("HÀ NỘI" → "Hà Nội"), or the text as written. */
export function canonicalPlace(place: string): string {
  const key = place.replace(/\s+/gu, "").toLowerCase();
  for (const p of DATELINE_PLACES) if (p.replace(/\s+/gu, "").toLowerCase() === key) return p;
  return place;
}

/**
 * A publication stamp line near the top: "Cập nhật: 10:30 05/08/2017", "Thứ Bảy, 05/08/2017 10:30
 * (GMT+7)", "Ngày đăng: 5/8/2017". Returns the date found.
 */
export const STAMP_RE =
  /^(?:(?:cập nhật|đăng|ngày đăng|xuất bản|thời gian)(?: lúc| ngày)?:? )?(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật),? )?(?:(\d{1,2}:\d{2}),? )?(?:ngày )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,? (?:[-|] )?(\d{1,2}:\d{2})(?: AM| PM| SA| CH)?)?(?: \(?GMT[+-]\d{1,2}\)?)?$/iu;

export function stampRule(text: string): { date: string } | null {
  if (text.length > 80) return null;
  // One space between parts, none inside "GMT+7", so that the pattern needs no optional runs.
  const t = text
    .replace(/\s+/gu, " ")
    .replace(/ ?([:,]) ?/gu, "$1 ")
    .replace(/(\d): (\d)/gu, "$1:$2")
    .replace(/GMT ?([+-]) ?/giu, "GMT$1")
    .trim();
  const m = STAMP_RE.exec(t);
  if (!m) return null;
  const day = Number(m[2]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const time = m[1] ?? m[5];
  const [hh, mm] = time ? time.split(":") : [];
  // With a time, the value carries its offset (`GMT+7` as stated, else Vietnam's): published.ts.
  const offset = stampOffset(t);
  const date = publishedValue({
    year,
    month,
    day,
    ...(hh !== undefined ? { hour: Number(hh), minute: Number(mm ?? 0) } : {}),
    ...(offset !== undefined ? { offset } : {}),
  });
  return date ? { date } : null;
}
