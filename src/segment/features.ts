import type { Paragraph } from "./paragraphs.js";

/** What the rules know about one paragraph: its text and a few measures, computed once. */
export interface ParagraphView {
  readonly p: Paragraph;
  readonly index: number;
  /** The paragraph's normalised text with runs of spaces collapsed (at most 600 characters are
   * looked at by the rules, so a giant paragraph costs no more than a short one). */
  readonly text: string;
  /** Length of the paragraph in the text. */
  readonly length: number;
  readonly words: number;
  /** Ends with `.`, `!`, `?`, `…` (closing quotes or brackets allowed after it). */
  readonly endsTerminal: boolean;
  readonly endsColon: boolean;
  /** Every word starts with a capital letter or a digit (`Rolls-Royce Phantom IV`). */
  readonly allCapitalised: boolean;
  /** No lowercase letter at all (`TIN TỨC`, `HÀ NỘI`). */
  readonly upperCase: boolean;
  /** Number of sentence-ending marks inside (not at the end). */
  readonly innerStops: number;
}

const TERMINAL_END = /[.!?…]["”’'»)\]]*$/u;
const LIST_MARKER = /^\(?(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+/u;
const INNER_STOP = /[.!?…]["”’'»)\]]*\s+(?=["“‘'«(]?\p{Lu})/gu;

/** Builds the view of a paragraph. */
export function viewOf(text: string, p: Paragraph, index: number): ParagraphView {
  const raw = text.slice(p.start, Math.min(p.end, p.start + 600));
  const t = raw.replace(/[\s\u00a0]+/gu, " ").trim();
  const parts = t.length > 0 ? t.split(" ") : [];
  const words = p.end - p.start > 600 ? Math.max(parts.length, 100) : parts.length;
  let capitalised = parts.length > 0;
  for (const w of parts) {
    const first = w.replace(/^[("“'‘*•\-–—]+/u, "");
    if (first === "") continue;
    const ch = first.charAt(0);
    if (!(ch !== ch.toLowerCase() || /\p{N}/u.test(ch) || /^[-–—/&]$/u.test(first))) {
      capitalised = false;
      break;
    }
  }
  // Sentence stops inside the paragraph, not counting a list marker ("2. Espresso Romano").
  let innerStops = 0;
  const body = t.replace(LIST_MARKER, "");
  INNER_STOP.lastIndex = 0;
  while (INNER_STOP.exec(body) !== null) innerStops++;
  return {
    p,
    index,
    text: t,
    length: p.end - p.start,
    words,
    endsTerminal: TERMINAL_END.test(t),
    endsColon: t.endsWith(":"),
    allCapitalised: capitalised,
    upperCase: /\p{Lu}/u.test(t) && t === t.toUpperCase(),
    innerStops,
  };
}
