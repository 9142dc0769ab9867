import { decode } from "../decode/decode.js";
import { type Normalized, normalize, withHidden } from "../normalize/normalize.js";
import type { Bias } from "../normalize/offset-map.js";
import type { NormalizeOptions } from "../normalize/options.js";
import type { Span } from "../schema/span.js";
import type { LayoutHints } from "../segment/index.js";
import type { Paragraph } from "../segment/paragraphs.js";
import { looksLikeHtml, readHtml } from "./read.js";

export { looksLikeHtml, readHtml } from "./read.js";

/**
 * Normalises an HTML input: its text is read from the markup (`readHtml`), normalised, and the two
 * maps composed, so that every span of the result (changes, damage, alignment, and whatever later
 * stages find) points into the original HTML string. Also returns the paragraphs the markup
 * defines, with their hints, for the segmenter.
 */
export function normalizeHtml(
  input: string | Uint8Array,
  options?: NormalizeOptions,
): { normalized: Normalized; hints: LayoutHints; article: boolean } {
  let html: string;
  let decodedFrom: Normalized["encoding"] | undefined;
  const damage: Normalized["damage"] = [];
  if (typeof input === "string") html = input;
  else {
    const d = decode(input);
    html = d.text;
    decodedFrom = { name: d.encoding, confidence: d.confidence, repaired: [] };
    for (const x of d.damage) damage.push(x);
  }
  const read = readHtml(html);
  const n = normalize(read.text, options);
  const total = read.map.compose(n.map);
  const toHtml = (span: Span) => read.map.spanToSource(span);
  const result = {
    schemaVersion: n.schemaVersion,
    text: n.text,
    inputLength: html.length,
    encoding: decodedFrom ? { ...decodedFrom, repaired: n.encoding.repaired } : n.encoding,
    changes: n.changes.map((c) => {
      const span = toHtml(c.span);
      return { ...c, span, before: html.slice(span.start, span.end) };
    }),
    damage: [...damage, ...n.damage.map((d) => ({ ...d, span: toHtml(d.span) }))].sort(
      (a, b) => a.span.start - b.span.start,
    ),
    alignment: total
      .edits()
      .map((e) => [e.srcStart, e.srcEnd, e.tgtStart, e.tgtEnd] as [number, number, number, number]),
  };
  const normalized = withHidden(result, {
    source: html,
    map: total,
    toInput: (offset: number, bias: Bias = "start") => total.toSource(offset, bias),
    spanToInput: (span: Span) => total.spanToSource(span),
    toText: (offset: number, bias: Bias = "start") => total.toTarget(offset, bias),
  }) as Normalized;
  const paragraphs: Paragraph[] = [];
  for (const b of read.blocks) {
    const s = n.map.spanToTarget({ start: b.start, end: b.end });
    if (s.end <= s.start) continue;
    paragraphs.push({
      start: s.start,
      end: s.end,
      indent: 0,
      blankBefore: 1,
      blankAfter: 1,
      lines: 1,
      width: s.end - s.start,
      ...(b.hint ? { hint: b.hint } : {}),
    });
  }
  return { normalized, hints: { paragraphs, external: read.meta }, article: read.article };
}

/** Whether to read `input` as HTML under the `format` option. */
export function isHtmlInput(
  input: string | Uint8Array,
  format: "auto" | "plain" | "html" | undefined,
): boolean {
  if (format === "html") return true;
  if (format === "plain") return false;
  if (typeof input === "string") return looksLikeHtml(input);
  // Bytes: peek at the start as Latin-1, enough to see tags.
  let head = "";
  for (let i = 0; i < Math.min(input.length, 4096); i++) head += String.fromCharCode(input[i] ?? 0);
  return looksLikeHtml(head);
}
