/**
 * `--format csv`: one row per entity mention, for spreadsheet users. RFC 4180: comma-separated,
 * CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes doubled.
 */
import { collectFindings } from "../../report/collect.js";

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

/** The rows of one article: every finding's mention in text order (details such as verbs left out). */
export function entityRows(id: string, result: unknown, source: string): string {
  const { mentions, entities } = collectFindings(result, source);
  let out = "";
  for (const m of mentions) {
    if (m.detail) continue;
    const value = entities.get(m.ref)?.value ?? "";
    out += csvRow([id, m.type, m.text, value, String(m.start), String(m.end)]);
  }
  return out;
}
