/**
 * The value of an article's publication time (`metadata.published`), whoever reads it: the HTML
 * reader (`<meta property="article:published_time">`, `<time datetime>`) or segmentation (a stamp
 * line such as `Thứ Bảy, 05/08/2017 10:30 (GMT+7)`).
 *
 * A day alone is `YYYY-MM-DD`. When a time of day is known, the value always carries its UTC
 * offset, as every date value bantin gives does: the offset the page states (`+07:00`, `Z`,
 * `GMT+7`), else Vietnam's `+07:00`, the time news from Vietnam is written in. A time without its
 * offset is not an instant, and archives that merge feeds from several countries compare instants.
 */
import { isValidDate } from "./calendar/civil.js";
import { VIETNAM_OFFSET } from "./options.js";

/** The parts of a publication time; `offset` in minutes east of UTC. */
export interface PublishedParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  offset?: number;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** `+07:00` for 420. */
function offsetText(minutes: number): string {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * `2017-08-05`, or `2017-08-05T10:30+07:00` with a time; `undefined` when the parts are no real
 * date and time.
 */
export function publishedValue(p: PublishedParts): string | undefined {
  if (p.year < 1000 || p.year > 9999 || !isValidDate(p.year, p.month, p.day)) return undefined;
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return day;
  const minute = p.minute ?? 0;
  if (p.hour > 23 || minute > 59) return undefined;
  const offset = p.offset ?? VIETNAM_OFFSET;
  if (offset < -720 || offset > 840) return undefined;
  return `${day}T${pad(p.hour)}:${pad(minute)}${offsetText(offset)}`;
}

/** `+07:00`, `+0700`, `+07`, `-02:00`, `Z` to minutes east of UTC. */
export function readOffset(s: string): number | undefined {
  if (s === "Z" || s === "z") return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/u.exec(s);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[3] ?? 0) > 59) return undefined;
  return m[1] === "-" ? -minutes : minutes;
}

export const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d{1,9})?)?\s?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?/u;

/**
 * A timestamp as pages write it (`2017-08-05T09:00:00+07:00`, `2017-08-05 09:00`,
 * `2017-08-05T02:00:00.000Z`, `2017-08-05`) as a publication value, keeping the stated offset.
 */
export function publishedFromIso(s: string): string | undefined {
  const m = ISO_TIMESTAMP.exec(s.trim());
  if (!m) return undefined;
  const parts: PublishedParts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (m[4] !== undefined) {
    parts.hour = Number(m[4]);
    parts.minute = Number(m[5]);
    if (m[6] !== undefined) {
      const offset = readOffset(m[6]);
      if (offset === undefined) return undefined;
      parts.offset = offset;
    }
  }
  return publishedValue(parts);
}

/** `GMT+7`, `GMT+07:00`, `UTC+7` in a stamp line. */
export const STAMP_OFFSET = /(?:GMT|UTC)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?(?!\d)/iu;

/** `GMT+7`, `GMT+07:00`, `UTC+7` in a stamp line, as minutes east of UTC. */
export function stampOffset(line: string): number | undefined {
  const m = STAMP_OFFSET.exec(line);
  if (!m) return undefined;
  return readOffset(`${m[1]}${pad(Number(m[2]))}:${m[3] ?? "00"}`);
}
