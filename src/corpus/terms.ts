/**
 * The terms of an article for keywords: bantin's own tokens and word segmentation (`hội_nghị`,
 * `Cao_Văn_Minh`), lower-cased, with Vietnamese stop words, numbers, punctuation and the parts of
 * an article that are not its content (bylines, sources, related links) left out.
 *
 * The tokenizer and word segmenter are the segmenter's (`scanTokens`, `groupSentences`,
 * `segmentWords`), run on the normalised text of each kept section, so the terms are the words
 * `segment(input, { words: true })` gives.
 */
import { isHtmlInput, normalizeHtml } from "../html/index.js";
import { normalize } from "../normalize/normalize.js";
import { type Edit, OffsetMap } from "../normalize/offset-map.js";
import type { NormalizeOptions } from "../normalize/options.js";
import type { SectionKind } from "../schema/sections.js";
import { classifyParagraphs } from "../segment/classify.js";
import { SURNAMES } from "../segment/lexicon/surnames.js";
import { splitParagraphs } from "../segment/paragraphs.js";
import { groupSentences } from "../segment/sentences.js";
import { type RawToken, scanTokens } from "../segment/tokenize.js";
import { segmentWords } from "../segment/words.js";
import { type AnalysisLike, arrayOf } from "./analysis-like.js";
import { isStopWord } from "./stopwords.js";

/**
 * Sections whose words count for keywords. Bylines, sources (`Theo VnExpress`), datelines and
 * leftovers (related links) are left out: their names are not what the article is about.
 */
export const KEYWORD_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  "title",
  "kicker",
  "lead",
  "body",
  "heading",
  "caption",
  "quote",
  "list",
]);

/** The terms of one article: term keys in text order, and how each key was written most often. */
export interface ArticleTerms {
  /** Term keys (lower case, syllables joined by a space) in text order, repeats kept. */
  readonly terms: readonly string[];
  /** For each key, its most frequent written form in the article (`Cao Văn Minh`, `UBND`). */
  readonly surfaces: ReadonlyMap<string, string>;
  /** How many of the terms come from the title (the first ones in `terms`). */
  readonly titleTerms: number;
  /** The title's text, when the article has one. */
  readonly title?: string;
}

/** Letters with their marks, and the joiners a word or a code may contain. */
export const TERM_CHARS_RE = /^[\p{L}\p{M}\p{N}_'’.&-]+$/u;
export const HAS_LETTER_RE = /\p{L}/u;
/** Two letters in a row: `F-16` and `UBND` are terms, `A` and `3B` are not. */
export const TWO_LETTERS_RE = /\p{L}\p{M}*\p{L}/u;

/** The form without trailing dots: `TP.` is written `TP` as a term. */
function trimDots(form: string): string {
  let end = form.length;
  while (end > 0 && form.charCodeAt(end - 1) === 0x2e) end--;
  return end === form.length ? form : form.slice(0, end);
}

/** A term key for a word's form, or `undefined` when the word is not a term. */
export function termKey(form: string): string | undefined {
  if (form.length < 2 || !TERM_CHARS_RE.test(form) || !TWO_LETTERS_RE.test(form)) return undefined;
  // A trailing dot belongs to an abbreviation's spelling (`TP.`), not to the term.
  const key = trimDots(form).replace(/_/gu, " ").toLowerCase();
  if (key.length < 2 || !HAS_LETTER_RE.test(key) || isStopWord(key)) return undefined;
  return key;
}

/** Token kinds that can be terms (numbers, dates, measures, URLs and punctuation cannot). */
const TERM_KINDS: ReadonlySet<RawToken["kind"]> = new Set(["word", "abbreviation", "code"]);

/**
 * Labels that open a credit inside a sentence or caption ("Ảnh: Phương Sơn", "(Nguồn: EPA)",
 * "Đồ họa: ..."): the words after them name who made the picture, not what the article is about.
 */
const CREDIT_LABELS: readonly (readonly string[])[] = [
  ["ảnh"],
  ["nguồn"],
  ["nguồn", "ảnh"],
  ["ảnh", "minh", "họa"],
  ["clip"],
  ["video"],
  ["đồ", "họa"],
];

/** Index of the first token of a credit (`Ảnh:` ...) in `tokens` at or after `from`, or -1. */
function creditStart(text: string, tokens: readonly RawToken[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as RawToken;
    if (t.kind !== "word") continue;
    for (const label of CREDIT_LABELS) {
      const colon = tokens[i + label.length];
      if (colon?.kind !== "punct" || text.charCodeAt(colon.start) !== 0x3a) continue;
      let ok = true;
      for (let k = 0; k < label.length && ok; k++) {
        const w = tokens[i + k] as RawToken;
        ok = w.kind === "word" && text.slice(w.start, w.end).toLowerCase() === label[k];
      }
      if (ok) return i;
    }
  }
  return -1;
}

/** The sentence's tokens without credits: from a label to the closing bracket or the end. */
function withoutCredits(text: string, tokens: readonly RawToken[]): readonly RawToken[] {
  let at = creditStart(text, tokens, 0);
  if (at < 0) return tokens;
  const kept: RawToken[] = [];
  let from = 0;
  while (at >= 0) {
    for (let i = from; i < at; i++) kept.push(tokens[i] as RawToken);
    let end = at;
    while (end < tokens.length && text.charCodeAt((tokens[end] as RawToken).start) !== 0x29) end++;
    from = end;
    at = creditStart(text, tokens, from);
  }
  for (let i = from; i < tokens.length; i++) kept.push(tokens[i] as RawToken);
  return kept;
}

/** Collects the terms of `text.slice(start, end)` into `out`, and their written forms. */
function collect(
  text: string,
  start: number,
  end: number,
  out: string[],
  forms: Map<string, Map<string, number>>,
): void {
  const tokens = scanTokens(text, start, end);
  const kinds = new Map<number, RawToken["kind"]>();
  for (const t of tokens) kinds.set(t.start, t.kind);
  for (const s of groupSentences(text, tokens)) {
    const own = withoutCredits(text, tokens.slice(s.firstToken, s.endToken));
    for (const w of segmentWords(text, own)) {
      if (w.syllables === 1 && !TERM_KINDS.has(kinds.get(w.start) ?? "punct")) continue;
      const key = termKey(w.form);
      if (key === undefined) continue;
      out.push(key);
      const surface = trimDots(w.form).replace(/_/gu, " ");
      let seen = forms.get(key);
      if (!seen) {
        seen = new Map();
        forms.set(key, seen);
      }
      seen.set(surface, (seen.get(surface) ?? 0) + 1);
    }
  }
}

const SURNAME_KEYS: ReadonlySet<string> = new Set(SURNAMES.map((s) => s.toLowerCase()));
export const CAPITALISED_RE = /^\p{Lu}/u;

/**
 * Short forms of a Vietnamese name count for the full name: in an article that names
 * `Huỳnh Thanh Khiết`, `Khiết` and `Thanh Khiết` are that person (a person is called by the given
 * name after the first mention). A short form is the last one or two syllables of exactly one full
 * name (two to six syllables, family name first, written with capitals); it is replaced by the
 * full name's key.
 */
function fullNames(terms: string[], surfaces: ReadonlyMap<string, string>): void {
  const byEnding = new Map<string, string | null>();
  for (const [key, surface] of surfaces) {
    const syl = key.split(" ");
    if (syl.length < 2 || syl.length > 6 || !SURNAME_KEYS.has(syl[0] as string)) continue;
    if (!surface.split(" ").every((x) => CAPITALISED_RE.test(x))) continue;
    for (let n = 1; n <= 2 && n < syl.length; n++) {
      const ending = syl.slice(-n).join(" ");
      const prior = byEnding.get(ending);
      byEnding.set(ending, prior === undefined || prior === key ? key : null);
    }
  }
  if (byEnding.size === 0) return;
  for (let i = 0; i < terms.length; i++) {
    const key = terms[i] as string;
    const full = byEnding.get(key);
    if (full && full !== key && CAPITALISED_RE.test(surfaces.get(key) ?? "")) terms[i] = full;
  }
}

/** The most frequent written form of each key; ties go to the form with capitals (a name). */
function pickSurfaces(forms: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, seen] of forms) {
    let best = key;
    let bestCount = -1;
    for (const [surface, count] of seen) {
      if (
        count > bestCount ||
        (count === bestCount && surface !== surface.toLowerCase() && best === best.toLowerCase())
      ) {
        best = surface;
        bestCount = count;
      }
    }
    out.set(key, best);
  }
  return out;
}

/** A stretch of normalised text and the kind of section it is. */
export interface TermSection {
  readonly kind: SectionKind;
  readonly start: number;
  readonly end: number;
}

/**
 * Terms of sections of a normalised text. Title terms come first (they may be weighted), then the
 * others in text order.
 */
export function termsOfSections(text: string, sections: readonly TermSection[]): ArticleTerms {
  const terms: string[] = [];
  const forms = new Map<string, Map<string, number>>();
  for (const s of sections) {
    if (s.kind === "title") collect(text, s.start, s.end, terms, forms);
  }
  const titleTerms = terms.length;
  // A page the segmenter finds no article in (every section `other`) still has its words.
  const content = sections.some((s) => s.kind !== "title" && KEYWORD_SECTIONS.has(s.kind));
  for (const s of sections) {
    if (s.kind !== "title" && (content ? KEYWORD_SECTIONS.has(s.kind) : s.kind === "other"))
      collect(text, s.start, s.end, terms, forms);
  }
  const surfaces = pickSurfaces(forms);
  fullNames(terms, surfaces);
  const t = sections.find((s) => s.kind === "title");
  const title = t ? text.slice(t.start, t.end).replace(/\s+/gu, " ").trim() : "";
  return { terms, surfaces, titleTerms, ...(title !== "" ? { title } : {}) };
}

/**
 * The terms of an article given as text (plain or HTML): normalised, cut into sections by the
 * segmenter, and the kept sections' words turned into terms.
 */
export function articleTerms(
  input: string,
  options?: NormalizeOptions & { format?: "auto" | "plain" | "html" },
): ArticleTerms {
  const source = typeof input === "string" ? input : "";
  if (isHtmlInput(source, options?.format)) {
    const { normalized, hints } = normalizeHtml(source, options);
    const sections = classifyParagraphs(normalized.text, hints.paragraphs);
    return termsOfSections(normalized.text, sections);
  }
  const n = normalize(source, options);
  return termsOfSections(n.text, classifyParagraphs(n.text, splitParagraphs(n.text)));
}

/**
 * The terms of an already-analysed article, from its sections (`kind` and `text`): each kept
 * section's text is normalised and segmented into words on its own.
 */
export function termsOfAnalysedSections(
  sections: readonly { readonly kind: SectionKind; readonly text: string }[],
  options?: NormalizeOptions,
): ArticleTerms {
  // The sections' texts joined by blank lines form one normalised text with known section ranges.
  const parts: string[] = [];
  const ranges: TermSection[] = [];
  let at = 0;
  for (const s of sections) {
    if (typeof s?.text !== "string" || !KEYWORD_SECTIONS.has(s.kind)) continue;
    const t = normalize(s.text, options).text;
    ranges.push({ kind: s.kind, start: at, end: at + t.length });
    parts.push(t);
    at += t.length + 2;
  }
  return termsOfSections(parts.join("\n\n"), ranges);
}

/**
 * The alignment of an analysis (input offsets to normalised-text offsets), rebuilt from its JSON
 * `normalized.alignment`; undefined when it is missing or malformed (a record cut with `--fields`,
 * or edited by hand).
 */
export function alignmentOf(a: AnalysisLike): OffsetMap | undefined {
  const text = a.normalized?.text;
  const regions = a.normalized?.alignment;
  const inputLength = a.input?.length;
  if (typeof text !== "string" || !Array.isArray(regions) || typeof inputLength !== "number")
    return undefined;
  if (!Number.isInteger(inputLength) || inputLength < 0) return undefined;
  const edits: Edit[] = [];
  let src = 0;
  let tgt = 0;
  for (const r of regions) {
    if (!Array.isArray(r) || r.length !== 4 || !r.every((x) => Number.isInteger(x)))
      return undefined;
    const [srcStart, srcEnd, tgtStart, tgtEnd] = r as [number, number, number, number];
    // Sorted, disjoint, within both strings, with the text between edits of equal length.
    if (srcStart < src || srcEnd < srcStart || tgtStart < tgt || tgtEnd < tgtStart)
      return undefined;
    if (srcStart - src !== tgtStart - tgt || srcEnd > inputLength || tgtEnd > text.length)
      return undefined;
    edits.push({ srcStart, srcEnd, tgtStart, tgtEnd });
    src = srcEnd;
    tgt = tgtEnd;
  }
  if (inputLength - src !== text.length - tgt) return undefined;
  return OffsetMap.fromEdits(edits, inputLength, text.length);
}

/**
 * The terms of an analysed article. With its normalised text and alignment, the sections' spans
 * are mapped into the normalised text and read there (nothing is normalised again); without them
 * (a record cut with `--fields`), each section's text is normalised on its own; with neither
 * sections nor alignment, the normalised text is segmented afresh.
 */
export function termsOfAnalysis(a: AnalysisLike, options?: NormalizeOptions): ArticleTerms {
  const sections = arrayOf(a.sections);
  const text = a.normalized?.text;
  const map = sections.length > 0 ? alignmentOf(a) : undefined;
  if (map && typeof text === "string") {
    const ranges: TermSection[] = [];
    for (const s of sections) {
      const span = s?.span;
      if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) continue;
      if (span.start < 0 || span.end < span.start || span.end > map.sourceLength) continue;
      const t = map.spanToTarget(span);
      ranges.push({ kind: s.kind, start: t.start, end: t.end });
    }
    return termsOfSections(text, ranges);
  }
  if (sections.length > 0) return termsOfAnalysedSections(sections, options);
  return articleTerms(typeof text === "string" ? text : "", { ...options, format: "plain" });
}
