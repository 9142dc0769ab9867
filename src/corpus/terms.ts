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
import type { NormalizeOptions } from "../normalize/options.js";
import type { SectionKind } from "../schema/sections.js";
import { classifyParagraphs } from "../segment/classify.js";
import { SURNAMES } from "../segment/lexicon/surnames.js";
import { splitParagraphs } from "../segment/paragraphs.js";
import { groupSentences } from "../segment/sentences.js";
import { type RawToken, scanTokens } from "../segment/tokenize.js";
import { segmentWords } from "../segment/words.js";
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
const TERM_CHARS = /^[\p{L}\p{M}\p{N}_'’.&-]+$/u;
const HAS_LETTER = /\p{L}/u;
/** Two letters in a row: `F-16` and `UBND` are terms, `A` and `3B` are not. */
const TWO_LETTERS = /\p{L}\p{M}*\p{L}/u;

/** A term key for a word's form, or `undefined` when the word is not a term. */
export function termKey(form: string): string | undefined {
  if (form.length < 2 || !TERM_CHARS.test(form) || !TWO_LETTERS.test(form)) return undefined;
  // A trailing dot belongs to an abbreviation's spelling (`TP.`), not to the term.
  const key = form.replace(/\.+$/u, "").replace(/_/gu, " ").toLowerCase();
  if (key.length < 2 || !HAS_LETTER.test(key) || isStopWord(key)) return undefined;
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

/** Index of the first token of a credit (`Ảnh:` ...) in `tokens`, or -1. */
function creditStart(text: string, tokens: readonly RawToken[]): number {
  for (let i = 0; i < tokens.length; i++) {
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
function withoutCredits(text: string, tokens: readonly RawToken[]): RawToken[] {
  let rest: RawToken[] = [...tokens];
  const kept: RawToken[] = [];
  for (;;) {
    const at = creditStart(text, rest);
    if (at < 0) break;
    kept.push(...rest.slice(0, at));
    let end = at;
    while (end < rest.length && text.charCodeAt((rest[end] as RawToken).start) !== 0x29) end++;
    rest = rest.slice(end);
  }
  kept.push(...rest);
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
      const surface = w.form.replace(/\.+$/u, "").replace(/_/gu, " ");
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
const CAPITALISED = /^\p{Lu}/u;

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
    if (!surface.split(" ").every((x) => CAPITALISED.test(x))) continue;
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
    if (full && full !== key && CAPITALISED.test(surfaces.get(key) ?? "")) terms[i] = full;
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
