import type { ParagraphView } from "../features.js";
import { PROSE_OPENERS, SPEECH_VERBS } from "../lexicon/cues.js";
import { phraseMatcher } from "../match.js";

const speech = phraseMatcher(SPEECH_VERBS);
const proseOpeners = phraseMatcher(PROSE_OPENERS);

/** A bulleted item: "- ...", "• ...", "+ ...", "* ...". */
export const BULLET_RE = /^[-–—•●○■□▪▫◆◇►▶→✓✔*+]\s*(?=\S)/u;
/** A numbered item: "1. ...", "2) ...", "a) ...", "II. ...". */
export const NUMBERED_RE = /^\(?(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+(?=\S)/u;

/** A paragraph that is wholly a quotation: opening quote at the start, closing quote at the end. */
export function quoteRule(v: ParagraphView): string | null {
  if (v.length < 40 || v.length > 600) return null;
  const t = v.text;
  if (/^["“«]/u.test(t) && /["”»][.!?…]?$/u.test(t)) {
    // A closing quote followed by attribution ("...", ông nói.) is prose.
    const inner = t.slice(1, -2);
    if (/["”»]\s*[,\-–]/u.test(inner)) return null;
    return "quote-marks";
  }
  return null;
}

/** Marker of a list item, or null. */
export function listMarker(v: ParagraphView): "bullet" | "number" | null {
  if (BULLET_RE.test(v.text)) return "bullet";
  if (NUMBERED_RE.test(v.text)) return "number";
  return null;
}

/**
 * An inter-title: short, no final stop, followed by a longer paragraph. All-capital lines and
 * numbered short lines ("1. Tuổi Thìn") qualify more easily.
 */
export function headingRule(
  v: ParagraphView,
  next: ParagraphView | undefined,
  prev?: ParagraphView,
): string | null {
  if (!next || v.length > 110 || v.words > 14 || v.innerStops > 0) return null;
  // A piece of a sentence cut by markup (a link, a bold name): the next line goes on in lowercase
  // or with punctuation, or the line before broke off on a word that cannot end a sentence.
  if (/^[\p{Ll}\p{P}]/u.test(next.text) && !/^["“‘'(«\-–—]/u.test(next.text)) return null;
  if (
    prev &&
    /(?<![\p{L}])(?:của|và|với|theo|trong|những|các|là|tờ|cho|về|tại|từ)$/u.test(prev.text)
  )
    return null;
  const t = v.text;
  if (v.endsTerminal && !t.endsWith("?")) return null;
  if (t.endsWith(",") || t.endsWith(";") || /^[\p{Ll}\p{P}]/u.test(t) || !/\p{L}{2}/u.test(t))
    return null;
  // Reported speech, a connective opener, or a colon before dialogue: prose, not a title.
  if (speech.contains(t) || proseOpeners.opens(t)) return null;
  if (v.endsColon && /^["“'‘\-–—]/u.test(next.text)) return null;
  if (next.length < Math.max(60, v.length * 1.3)) return null;
  if (v.upperCase && v.words >= 2) return "heading-caps";
  if (NUMBERED_RE.test(t) && v.words <= 10) return "heading-numbered";
  if (v.words <= 10) return "heading-short";
  return null;
}
