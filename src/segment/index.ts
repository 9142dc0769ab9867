import { Doc } from "../extract/doc.js";
import { isHtmlInput, normalizeHtml } from "../html/index.js";
import { tightenHtmlSpan } from "../html/spans.js";
import { normalize } from "../normalize/normalize.js";
import type { NormalizeOptions } from "../normalize/options.js";
import type {
  Metadata,
  Section,
  SegmentResult,
  Sentence,
  Token,
  Word,
} from "../schema/sections.js";
import type { Span } from "../schema/span.js";
import { classifyParagraphs, type RawSection } from "./classify.js";
import { type ExternalMetadata, readMetadata } from "./metadata.js";
import { type Paragraph, splitParagraphs } from "./paragraphs.js";
import { groupSentences } from "./sentences.js";
import { type RawToken, scanTokens } from "./tokenize.js";
import { segmentWords } from "./words.js";

/** Options of {@link segment} (and of `analyze`, which passes them on). */
export interface SegmentOptions {
  /**
   * How to read the input: `html` parses markup (spans still point into the HTML string), `plain`
   * takes it as text, `auto` (the default) detects HTML by its tags.
   */
  format?: "auto" | "plain" | "html";
  /** Give every sentence its tokens (default: `true` for `segment`, `false` for `analyze`). */
  tokens?: boolean;
  /** Give every sentence its words, multi-syllable words joined (default: `false`). */
  words?: boolean;
}

/** Resolved segmentation switches. */
export interface SegmentSwitches {
  tokens: boolean;
  words: boolean;
}

/** Hints that the HTML reader passes on: paragraph boundaries and kinds, metadata from markup. */
export interface LayoutHints {
  /** Paragraphs found from the markup, in normalised-text coordinates. */
  paragraphs: Paragraph[];
  external: ExternalMetadata;
}

/** Maps a span of the normalised text to the input span and text it came from. */
type Mention = (start: number, end: number) => { span: Span; text: string };

/** `doc.mention`, with spans shed of the markup at their ends when the input is HTML. */
function mentionFor(doc: Doc, html: boolean): Mention {
  if (!html) return (start, end) => doc.mention(start, end);
  return (start, end) => {
    const span = tightenHtmlSpan(doc.source, doc.toSource(start, end));
    return { span, text: doc.source.slice(span.start, span.end) };
  };
}

function toToken(mention: Mention, t: RawToken): Token {
  const { span, text } = mention(t.start, t.end);
  return { kind: t.kind, span, text };
}

function sentencesOf(doc: Doc, mention: Mention, s: RawSection, sw: SegmentSwitches): Sentence[] {
  const tokens = scanTokens(doc.text, s.start, s.end);
  const out: Sentence[] = [];
  for (const r of groupSentences(doc.text, tokens)) {
    const sentence: Sentence = mention(r.start, r.end);
    const own = tokens.slice(r.firstToken, r.endToken);
    if (sw.tokens) sentence.tokens = own.map((t) => toToken(mention, t));
    if (sw.words) {
      sentence.words = segmentWords(doc.text, own).map((w): Word => {
        const { span, text } = mention(w.start, w.end);
        return { span, text, form: w.form, syllables: w.syllables, rule: w.rule };
      });
    }
    out.push(sentence);
  }
  return out;
}

/**
 * Sections and metadata of a normalised document. Paragraphs come from the layout of the text
 * (blank lines, indentation), or from `hints` when the document was read from HTML.
 */
export function segmentDoc(
  doc: Doc,
  switches: SegmentSwitches = { tokens: false, words: false },
  hints?: LayoutHints,
): { sections: Section[]; metadata: Metadata } {
  const paragraphs = hints ? hints.paragraphs : splitParagraphs(doc.text);
  const raw = classifyParagraphs(doc.text, paragraphs);
  const mention = mentionFor(doc, hints !== undefined);
  const sections: Section[] = [];
  for (const s of raw) {
    if (s.end <= s.start) continue;
    const m = mention(s.start, s.end);
    sections.push({
      kind: s.kind,
      span: m.span,
      text: m.text,
      rule: s.rule,
      sentences: sentencesOf(doc, mention, s, switches),
    });
  }
  const toSource = (start: number, end: number) => mention(start, end).span;
  return { sections, metadata: readMetadata(doc, raw, hints?.external, toSource) };
}

/**
 * Cuts a Vietnamese article into its parts: title, kicker, dateline, lead, body paragraphs,
 * headings, captions, quotes, list items, bylines and sources, each with its sentences and
 * tokens, plus the metadata the article states (title, authors, source, dateline place, date).
 *
 * Every span points into `input` (for HTML, into the HTML string; for bytes, into the decoded
 * text). Never throws on text.
 *
 * @example
 * ```ts
 * const { sections, metadata } = segment(articleText);
 * sections.map((s) => s.kind); // ["title", "kicker", "lead", "body", "caption", "body", "byline"]
 * metadata.authors; // ["Ngọc Thắm"]
 * ```
 */
export function segment(
  input: string | Uint8Array,
  options?: SegmentOptions & NormalizeOptions,
): SegmentResult {
  const switches = { tokens: options?.tokens ?? true, words: options?.words ?? false };
  if (isHtmlInput(input, options?.format)) {
    const { normalized, hints } = normalizeHtml(input, options);
    const { sections, metadata } = segmentDoc(Doc.fromNormalized(normalized), switches, hints);
    return { format: "html", sections, metadata };
  }
  const doc = Doc.fromNormalized(normalize(input, options));
  const { sections, metadata } = segmentDoc(doc, switches);
  return { format: "plain", sections, metadata };
}

/**
 * The tokens of a text, each with its kind and its span in `input`: syllables and words, numbers,
 * measures (`140.000đ`, `20%`), dates (`04/8/2017`), times, codes (`F-16`, `53S5`), abbreviations
 * (`TP.HCM`, `GS.TS.`), e-mail addresses, URLs, punctuation and symbols.
 */
export function tokenize(input: string, options?: NormalizeOptions): Token[] {
  const doc = Doc.fromNormalized(normalize(input, options));
  const mention = mentionFor(doc, false);
  return scanTokens(doc.text).map((t) => toToken(mention, t));
}

/**
 * The sentences of a text, each with its span in `input`. Knows Vietnamese abbreviations (`TP.`,
 * `GS.TS.`, `v.v.`), number formats (`1.234,5`), list markers and quotes. Paragraph breaks (blank
 * lines, or line breaks in one-paragraph-a-line text) always end a sentence.
 */
export function splitSentences(input: string, options?: NormalizeOptions): Sentence[] {
  const doc = Doc.fromNormalized(normalize(input, options));
  const out: Sentence[] = [];
  for (const p of splitParagraphs(doc.text)) {
    const tokens = scanTokens(doc.text, p.start, p.end);
    for (const r of groupSentences(doc.text, tokens)) out.push(doc.mention(r.start, r.end));
  }
  return out;
}
