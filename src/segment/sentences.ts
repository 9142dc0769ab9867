import { FINAL_ABBREVIATIONS } from "./lexicon/abbreviations.js";
import type { RawToken } from "./tokenize.js";

/** A sentence in the coordinates of the scanned text, with the index range of its tokens. */
export interface RawSentence {
  start: number;
  end: number;
  /** Index of the sentence's first token in the token array. */
  firstToken: number;
  /** Index one past its last token. */
  endToken: number;
}

const CLOSERS = new Set(["”", '"', "’", "'", ")", "]", "»", "}", "›"]);
const NO_BREAK_BEFORE = new Set([",", ";", ":", ")", "]", "}", "”", "’", "»", "%"]);
const FINAL_ABBR = new Set(FINAL_ABBREVIATIONS);

/** True when the token ends a sentence by itself: `.`, `!`, `?`, `...`, `…`, or `v.v.`. */
function isTerminal(text: string, t: RawToken): boolean {
  if (t.kind === "punct") {
    const c = text.charCodeAt(t.start);
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
  }
  if (t.kind === "abbreviation") {
    const s = text.slice(t.start, t.end);
    return FINAL_ABBR.has(s.replace(/\.+$/u, ".")) || (s.startsWith("v.v") && s.endsWith("."));
  }
  return false;
}

/** A lowercase letter starts the token: the sentence goes on (`Phùng... mua vàng`). */
function startsLower(text: string, t: RawToken): boolean {
  const ch = String.fromCodePoint(text.codePointAt(t.start) ?? 0x20);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Groups tokens into sentences. A sentence ends at `.`, `!`, `?`, an ellipsis or a closing
 * abbreviation (`v.v.`), with any closing quotes and brackets after it, when what follows does not
 * continue it: a lowercase word, a comma or a closing mark continues it; anything else (a capital,
 * a digit, an opening quote, a dash) starts a new sentence. A number or letter followed by a dot at
 * the very start of a sentence is a list marker (`1. Tuổi Thìn`), not a sentence. Abbreviations
 * (`TP.`, `GS.TS.`, `Q.9`) and numbers (`1.234,5`) are single tokens, so their dots never split.
 * A missing space (`năm.Sau`) still splits; `04/8/2017,Quận` does not.
 */
export function groupSentences(text: string, tokens: readonly RawToken[]): RawSentence[] {
  const out: RawSentence[] = [];
  let first = 0;
  const n = tokens.length;
  const close = (endToken: number) => {
    const a = tokens[first];
    const b = tokens[endToken - 1];
    if (a && b) out.push({ start: a.start, end: b.end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as RawToken;
    if (!isTerminal(text, t)) continue;
    // A list marker at the start of a sentence: `1.`, `a.`, `II.`.
    if (i === first + 1 && text.charCodeAt(t.start) === 0x2e && t.end - t.start === 1) {
      const prev = tokens[first] as RawToken;
      const len = prev.end - prev.start;
      if (
        prev.kind === "number" ||
        (prev.kind === "word" && len <= 3 && isRomanOrLetter(text, prev))
      )
        continue;
    }
    let j = i + 1;
    while (j < n) {
      const u = tokens[j] as RawToken;
      const s = text.slice(u.start, u.end);
      if (u.kind === "punct" && (CLOSERS.has(s) || isTerminal(text, u))) j++;
      // "./." closes official news items: the "/." belongs to the sentence it ends.
      else if (s === "/" && text.charCodeAt(tokens[j + 1]?.start ?? -1) === 0x2e) j += 2;
      else break;
    }
    const next = tokens[j];
    if (next === undefined) {
      close(j);
      i = j - 1;
      continue;
    }
    const s = text.slice(next.start, next.end);
    if (NO_BREAK_BEFORE.has(s) || startsLower(text, next)) {
      i = j - 1;
      continue;
    }
    close(j);
    i = j - 1;
  }
  if (first < n) close(n);
  return out;
}

function isRomanOrLetter(text: string, t: RawToken): boolean {
  const s = text.slice(t.start, t.end);
  return /^(?:[IVX]{1,4}|\p{L})$/u.test(s);
}
