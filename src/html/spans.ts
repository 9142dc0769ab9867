import type { Span } from "../schema/span.js";

/** How far a span end may move while shedding markup: bounded, so a call costs O(1). */
const MAX_SLACK = 4096;

const isSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0;

/**
 * Shrinks a span of an HTML string past the markup and spaces at its ends: `</p>\n<p>&ldquo;Tôi`
 * becomes `&ldquo;Tôi`. A safety net: an `OffsetMap` keeps touching edits apart, so a span that
 * starts with an entity right after a tag already maps to the entity (on the HTML fixtures no
 * word-bounded span changes here). Only whole tags (`<...>`) and whitespace are shed; an entity or
 * text is never cut.
 */
export function tightenHtmlSpan(html: string, span: Span): Span {
  let { start, end } = span;
  const limitStart = Math.min(end, start + MAX_SLACK);
  for (;;) {
    while (start < limitStart && isSpace(html.charCodeAt(start))) start++;
    if (start < limitStart && html.charCodeAt(start) === 0x3c) {
      const close = html.indexOf(">", start);
      if (close < 0 || close >= end - 1 || close >= limitStart) break;
      start = close + 1;
      continue;
    }
    break;
  }
  const limitEnd = Math.max(start, end - MAX_SLACK);
  for (;;) {
    while (end > limitEnd && isSpace(html.charCodeAt(end - 1))) end--;
    if (end > limitEnd && html.charCodeAt(end - 1) === 0x3e) {
      const open = html.lastIndexOf("<", end - 1);
      if (open < start || open < limitEnd) break;
      end = open;
      continue;
    }
    break;
  }
  return end > start ? { start, end } : span;
}
