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
  /** No lowercase letter at all (`TIN TỨC`, `HÀ NỘI`). */
  readonly upperCase: boolean;
  /** Number of sentence-ending marks inside (not at the end). */
  readonly innerStops: number;
}

const SPACES = /[\s\u00a0]+/gu;
const TERMINAL_END = /[.!?…]["”’'»)\]]*$/u;
const LIST_MARKER = /^\(?(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+/u;
/** A sentence stop followed by a capital, not after initials or an abbreviated title (`C. Nguyên`,
 * `TS. Lê`, `PGS.BS. Đào`). */
const INNER_STOP =
  /[.!?…](?<!(?:^|[\s.(])(?:\p{Lu}{1,3}|Th|Ths|Bs|Ng|Tp|Gs|Ts|Pgs)[.!?…])["”’'»)\]]*\s+(?=["“‘'«(]?\p{Lu})/gu;

/** Builds the view of a paragraph. */
export function viewOf(text: string, p: Paragraph, index: number): ParagraphView {
  const raw = text.slice(p.start, Math.min(p.end, p.start + 600));
  const t = raw.replace(SPACES, " ").trim();
  let words = t.length > 0 ? 1 : 0;
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) === 0x20) words++;
  if (p.end - p.start > 600) words = Math.max(words, 100);
  // Sentence stops inside the paragraph (counted up to 3), not counting a list marker
  // ("2. Espresso Romano").
  let innerStops = 0;
  const body = t.replace(LIST_MARKER, "");
  INNER_STOP.lastIndex = 0;
  while (innerStops < 3 && INNER_STOP.exec(body) !== null) innerStops++;
  const tail = t.slice(-8);
  return {
    p,
    index,
    text: t,
    length: p.end - p.start,
    words,
    endsTerminal: TERMINAL_END.test(tail),
    endsColon: t.endsWith(":"),
    upperCase: t.length <= 200 && /\p{Lu}/u.test(t) && t === t.toUpperCase(),
    innerStops,
  };
}
