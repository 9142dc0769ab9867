/**
 * `--format csv`: one row per mention of an entity, for spreadsheet users. RFC 4180: comma-separated,
 * CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes doubled.
 */
import { valueText } from "../../report/describe.js";
import { ENTITY_COLLECTIONS, ENTITY_TYPES, entityValue } from "../../report/values.js";

/** The columns, in order. */
export const CSV_COLUMNS = ["id", "type", "text", "value", "start", "end"] as const;

export const CSV_HEADER = `${CSV_COLUMNS.join(",")}\r\n`;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row, with its CRLF. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** A span of an item, when it is one and lies inside the source. */
function spanIn(v: unknown, length: number): { start: number; end: number } | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const { start, end } = v as { start?: unknown; end?: unknown };
  return Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (start as number) < (end as number) &&
    (end as number) <= length
    ? { start: start as number, end: end as number }
    : undefined;
}

/**
 * The rows of one article: one row per mention of every entity of every collection (dates,
 * numbers, money, counts, people, organisations, places, directives, events, documents), in text
 * order; `value` is what the entity resolves to, the same on all its mentions.
 */
export function entityRows(id: string, result: unknown, source: string): string {
  if (typeof result !== "object" || result === null) return "";
  const rows: { start: number; end: number; order: number; cells: string[] }[] = [];
  ENTITY_COLLECTIONS.forEach((collection, order) => {
    const items = (result as Record<string, unknown>)[collection];
    if (!Array.isArray(items)) return;
    const type = ENTITY_TYPES[collection];
    for (const item of items) {
      if (typeof item !== "object" || item === null) continue;
      const value = entityValue(collection, item) || valueText(item);
      const o = item as { span?: unknown; mentions?: unknown };
      const spans = new Map<string, { start: number; end: number }>();
      const own = spanIn(o.span, source.length);
      if (own) spans.set(`${own.start}:${own.end}`, own);
      if (Array.isArray(o.mentions))
        for (const m of o.mentions) {
          // A mention is `{span, text, rule}`; a bare span is read too (older analyses).
          const span =
            spanIn((m as { span?: unknown } | null)?.span, source.length) ??
            spanIn(m, source.length);
          if (span) spans.set(`${span.start}:${span.end}`, span);
        }
      for (const { start, end } of spans.values())
        rows.push({
          start,
          end,
          order,
          cells: [id, type, source.slice(start, end), value, String(start), String(end)],
        });
    }
  });
  rows.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  let out = "";
  for (const r of rows) out += csvRow(r.cells);
  return out;
}
