import type { ParagraphView } from "../features.js";
import { DATELINE_PLACES } from "../lexicon/places.js";

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
  /^\(\s*([\p{L}\p{N}][\p{L}\p{N}.&+\- ]{1,40}?)\s*\)\s*(?:[-–—]{1,2}\s*|(?=\p{Lu}))/u;
export const PLACE_DATELINE_RE = new RegExp(
  `^((?:${placeAlternation})|\\p{Lu}[\\p{Lu}\\p{M}.]{1,20}(?:\\s\\p{Lu}[\\p{Lu}\\p{M}.]{0,20}){0,3})(?:\\s*,\\s*(?:ngày\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?)?\\s*[-–—]{1,2}\\s+(?=\\S)`,
  "iu",
);

/** Finds a dateline at the start of `text` (a lead or first body paragraph). */
export function matchDateline(text: string): DatelineMatch | null {
  const a = AGENCY_DATELINE_RE.exec(text);
  if (a?.[1] !== undefined) {
    const inner = a[1];
    // "(Tổng hợp)" or a sentence in brackets is not an agency.
    if (inner.split(/\s+/u).length <= 4 && /[\p{Lu}.]/u.test(inner)) {
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
    const known = new RegExp(`^(?:${placeAlternation})$`, "iu").test(place);
    const caps = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
    if (known || caps) {
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
  /^(?:(?:cập nhật|đăng|ngày đăng|ngày|xuất bản|thời gian)\s*(?:lúc|ngày)?\s*:?\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|chủ nhật)\s*,?\s*)?(?:(\d{1,2}:\d{2})\s*,?\s*)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*,?\s*(?:[-|]\s*)?(?:(\d{1,2}:\d{2})(?:\s*(?:AM|PM|SA|CH))?)?\s*(?:\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?)?\s*$/iu;

export function stampRule(text: string): { date: string } | null {
  if (text.length > 80) return null;
  const m = STAMP_RE.exec(text);
  if (!m) return null;
  const day = Number(m[2]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const time = m[1] ?? m[5];
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!time) return { date: iso };
  const [hh = "0", mm = "0"] = time.split(":");
  return { date: `${iso}T${hh.padStart(2, "0")}:${mm}` };
}
