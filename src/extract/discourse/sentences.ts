import { LEX } from "./grammar.js";
import { QUOTES, type Token } from "./tokens.js";

/** A sentence as a range of token indices, `end` exclusive. */
export interface TokenRange {
  start: number;
  end: number;
}

// Short forms written with a full stop that do not end a sentence: `TP. Hồ Chí Minh`, `PGS. TS.`,
// `Th.S`, single initials (`Đ.Q.T`).
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "tp",
  "tt",
  "ts",
  "pgs",
  "gs",
  "ths",
  "bs",
  "ks",
  "ls",
  "th",
  "st",
  "mr",
  "mrs",
  "dr",
  "q",
  "p",
  "h",
  "x",
  "tx",
  "tr",
  "nxb",
  "cty",
  "ctcp",
  "vs",
]);

const ENDERS: ReadonlySet<string> = new Set([".", "!", "?", "…"]);

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === "word") return t.cap;
  if (t.kind === "num") return true;
  return QUOTES.has(t.text) || t.text === "(" || t.text === "-" || t.text === "–" || t.text === "[";
}

/**
 * Splits the token stream into sentences: at line breaks, and after `.`, `!`, `?`, `…` when the next
 * token starts a sentence (a capital, a number, a quote or a dash) and the word before the full stop
 * is not an abbreviation. `…` before a lower-case word (`… góp phần`) stays inside the sentence.
 */
export function splitSentences(tokens: readonly Token[]): TokenRange[] {
  const sentences: TokenRange[] = [];
  let start = 0;
  const close = (end: number) => {
    if (end > start) sentences.push({ start, end });
    start = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > start && t.nl) close(i);
    if (t.kind !== "punct" || !ENDERS.has(t.text)) continue;
    // `...` is three tokens: treat the last one as the ender.
    const next = tokens[i + 1];
    if (next && next.kind === "punct" && ENDERS.has(next.text) && !next.sp) continue;
    let end = i + 1;
    // A closing quote or bracket glued to the full stop belongs to this sentence.
    while (end < tokens.length) {
      const n = tokens[end] as Token;
      if (n.kind === "punct" && !n.sp && !n.nl && (QUOTES.has(n.text) || n.text === ")")) end++;
      else break;
    }
    const after = tokens[end];
    if (after && !after.nl && !(after.sp && startsSentence(after))) continue;
    if (t.text === ".") {
      const prev = tokens[i - 1];
      // "TP. Hồ Chí Minh" continues; "báo cáo lên TP. Theo lãnh đạo ..." ends at the stop.
      if (
        prev &&
        prev.kind === "word" &&
        !t.sp &&
        ABBREVIATIONS.has(prev.key) &&
        !(after && LEX.prepositions.has(tokens, end))
      ) {
        continue;
      }
    }
    close(end);
    i = end - 1;
  }
  close(tokens.length);
  return sentences;
}
