import type { Doc } from "../extract/doc.js";
import type { Metadata } from "../schema/sections.js";
import type { Span } from "../schema/span.js";
import type { RawSection } from "./classify.js";
import { SOURCE_LINES, SOURCE_NAMES } from "./lexicon/sources.js";
import { phraseMatcher } from "./match.js";
import { bylineNames } from "./rules/credits.js";
import { canonicalPlace } from "./rules/top.js";

const agencies = phraseMatcher(SOURCE_NAMES);
const compiled = phraseMatcher(SOURCE_LINES);

/** Metadata found outside the text (HTML `<meta>`, `<time>`), merged under what the text states. */
export interface ExternalMetadata {
  title?: string;
  authors?: string[];
  source?: string;
  published?: string;
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/gu, " ").trim();

/** Maps a span of the normalised text to the input. */
type ToSource = (start: number, end: number) => Span;

/** A piece of the normalised text as a trimmed value with its source span. */
function valueAt(
  doc: Doc,
  start: number,
  end: number,
  toSource: ToSource,
): { value: string; span: Span } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s\u00a0()[\]*•\-–—:,.]/u.test(doc.text.charAt(s))) s++;
  while (e > s && /[\s\u00a0()[\]*•\-–—:,]/u.test(doc.text.charAt(e - 1))) e--;
  if (e <= s) return null;
  return { value: collapse(doc.text.slice(s, e)), span: toSource(s, e) };
}

/**
 * Reads the metadata from the classified sections: title and kicker from their sections, authors
 * from bylines ("Bài và ảnh: Hoàng Lâm", "Bích Lan/VOV.VN" gives the author and the source), the
 * source agency from source lines ("Theo VnExpress", "Theo Lê Phương (Khám phá)"), the dateline
 * place and date, and a date stamp line. `external` fills what the text does not state.
 */
export function readMetadata(
  doc: Doc,
  sections: readonly RawSection[],
  external: ExternalMetadata = {},
  toSource: ToSource = (start, end) => doc.toSource(start, end),
): Metadata {
  const at = (start: number, end: number) => valueAt(doc, start, end, toSource);
  const spans: NonNullable<Metadata["spans"]> = {};
  const meta: Metadata = { authors: [] };
  const authorSpans: Span[] = [];
  for (const s of sections) {
    if (s.kind === "title" && meta.title === undefined) {
      const v = at(s.start, s.end);
      if (v) {
        meta.title = v.value;
        spans.title = v.span;
      }
    } else if (s.kind === "kicker" && meta.kicker === undefined) {
      const v = at(s.start, s.end);
      if (v) {
        meta.kicker = v.value;
        spans.kicker = v.span;
      }
    } else if (s.kind === "byline") {
      const raw = doc.text.slice(s.start, s.end);
      const names = bylineNames(raw);
      const offset = raw.indexOf(names);
      if (names === "" || offset < 0) continue;
      // Split "Hoàng Hưng/VTC News", "Ngọc Huyền – Theo Stylecraze", "A và B", "A, B".
      const re = /\s*(?:[/|,;]|\s[-–—]\s|\svà\s|\s&\s)\s*/gu;
      let last = 0;
      const parts: [number, number][] = [];
      for (let m = re.exec(names); m !== null; m = re.exec(names)) {
        parts.push([last, m.index]);
        last = m.index + m[0].length;
      }
      parts.push([last, names.length]);
      for (const [a, b] of parts) {
        const start = s.start + offset + a;
        const end = s.start + offset + b;
        const v = at(start, end);
        if (!v) continue;
        const theo = /^(?:Theo|theo)\s+(.+)$/u.exec(v.value);
        if (theo || agencies.equals(v.value)) {
          if (meta.source === undefined) {
            const t = theo ? at(start + v.value.indexOf(theo[1] ?? ""), end) : v;
            if (t) {
              meta.source = t.value;
              spans.source = t.span;
            }
          }
        } else if (!compiled.equals(v.value) && !meta.authors.includes(v.value)) {
          meta.authors.push(v.value);
          authorSpans.push(v.span);
        }
      }
    } else if (s.kind === "source" && meta.source === undefined) {
      const raw = doc.text.slice(s.start, s.end);
      if (compiled.equals(raw)) continue;
      // "Theo Lê Phương (Khám phá)": the newspaper is in brackets, the author before it.
      const m = /^[\s(\-–—*]*(?:Theo|THEO|Nguồn|NGUỒN|nguồn)\s*:?\s*/u.exec(raw);
      let from = s.start + (m ? m[0].length : 0);
      let to = s.end;
      const bracket = /\(([^()]{2,40})\)\s*\)?\s*$/u.exec(raw.slice(from - s.start));
      if (bracket?.[1] && m) {
        const inner = from + bracket.index + 1;
        const author = at(from, from + bracket.index);
        if (author && !meta.authors.includes(author.value) && !agencies.equals(author.value)) {
          meta.authors.push(author.value);
          authorSpans.push(author.span);
        }
        from = inner;
        to = inner + bracket[1].length;
      }
      const v = at(from, to);
      if (v) {
        meta.source = v.value.replace(/\.$/u, "");
        spans.source = v.span;
      }
    } else if (s.kind === "dateline" && s.dateline) {
      const d = s.dateline;
      if (d.place && meta.datelinePlace === undefined) {
        const v = at(s.start + d.place.start, s.start + d.place.end);
        if (v) {
          meta.datelinePlace = canonicalPlace(v.value);
          spans.datelinePlace = v.span;
        }
      }
      if (d.agency && meta.source === undefined) {
        const v = at(s.start + d.agency.start, s.start + d.agency.end);
        if (v) {
          meta.source = v.value;
          spans.source = v.span;
        }
      }
      if (d.date?.year && meta.published === undefined) {
        meta.published = `${d.date.year}-${String(d.date.month).padStart(2, "0")}-${String(d.date.day).padStart(2, "0")}`;
        spans.published = toSource(s.start + d.date.start, s.start + d.date.end);
      }
    } else if (s.stamp && meta.published === undefined) {
      meta.published = s.stamp;
      spans.published = toSource(s.start, s.end);
    }
  }
  if (meta.title === undefined && external.title) meta.title = collapse(external.title);
  if (meta.authors.length === 0 && external.authors) {
    for (const a of external.authors) if (a.trim()) meta.authors.push(collapse(a));
  }
  if (meta.source === undefined && external.source) meta.source = collapse(external.source);
  if (meta.published === undefined && external.published) meta.published = external.published;
  if (authorSpans.length > 0) spans.authors = authorSpans;
  if (Object.keys(spans).length > 0) meta.spans = spans;
  return meta;
}
