import type { ParagraphView } from "../features.js";
import { CAPTION_OPENERS, PHOTO_ACTIONS, PROSE_OPENERS, SPEECH_VERBS } from "../lexicon/cues.js";
import { phraseMatcher } from "../match.js";

/**
 * Explicit photo cues: "Ảnh: Ngọc Thắm", "(Ảnh: L.T.Thắng)", "- Ảnh: Yến Chi", "Ảnh minh họa",
 * "(ảnh minh họa)", "Nguồn ảnh: ...", "Ảnh chụp màn hình", "Ảnh cắt từ clip", "Clip: ...",
 * "Đồ họa: ...", "Ảnh gia đình cung cấp", "(Ảnh nv)".
 */
const PHOTO_CUE_RE =
  /(?:^|[\s(\-–—.,:;|/])(?:(?:[Ảả]nh|ẢNH|[Hh]ình|[Nn]guồn ảnh|[Cc]lip|[Vv]ideo|[Pp]hoto|[Đđ]ồ họa|[Đđ]ồ hoạ|[Ii]nfographic)\s*:|[Ảả]nh\s+(?:minh\s+h[ọo]ạ?|minh\s+hoạ|chụp|cắt|tư\s+liệu|internet|Internet|gia\s+đình|nhân\s+vật|nv|NV|do\s|:|trên\s|từ\s)|\(\s*[Ảả]nh(?=[\s:)])|ẢNH\s+MINH\s+H)/u;

const captionOpeners = phraseMatcher(CAPTION_OPENERS);
const proseOpeners = phraseMatcher(PROSE_OPENERS);
const speech = phraseMatcher(SPEECH_VERBS);
const actions = phraseMatcher(PHOTO_ACTIONS);

/** A caption with an explicit photo cue. */
export function captionCueRule(v: ParagraphView): string | null {
  if (v.length > 500) return null;
  if (PHOTO_CUE_RE.test(v.text)) return "caption-cue";
  return null;
}

/** The layout around a paragraph, as the classifier sees it. */
export interface CaptionContext {
  /** Indentation most body paragraphs of the text share (-1 when unknown). */
  bodyIndent: number;
  /** Blank lines that usually separate paragraphs in this text. */
  usualBlank: number;
  /** The paragraphs before and after, when they exist. */
  prev: ParagraphView | undefined;
  next: ParagraphView | undefined;
  /** Whether this is the first paragraph after the title block (where the top photo sits). */
  firstAfterTop: boolean;
}

/**
 * A caption without a cue, scored from its layout and its wording: set apart from the body by
 * indentation or extra blank lines (as in the seed article), short and single-sentence, opening
 * with who or what is shown, describing an action a photo shows, and not reading as prose (no
 * connective opener, no reported speech, no first person, no question, no colon at the end).
 */
export function captionScore(v: ParagraphView, ctx: CaptionContext): number {
  if (v.length < 12 || v.length > 260 || v.words < 4) return -10;
  if (v.endsColon || v.innerStops > 1) return -10;
  let score = 0;
  const t = v.text;
  if (ctx.bodyIndent >= 0 && Math.abs(v.p.indent - ctx.bodyIndent) >= 4) score += 2;
  if (v.p.blankBefore > ctx.usualBlank && v.p.blankBefore < 99) score += 1;
  if (v.innerStops === 0) score += 1;
  if (v.length <= 160) score += 1;
  if (captionOpeners.opens(t)) score += 1;
  if (actions.contains(t)) score += 1;
  if (!v.endsTerminal) score += 1;
  if (ctx.firstAfterTop) score += 1;
  if (proseOpeners.opens(t)) score -= 3;
  if (speech.contains(t)) score -= 2;
  if (/["“”«»]/u.test(t)) score -= 2;
  if (/\?\s*$/u.test(t)) score -= 3;
  if (/(?<![\p{L}])(?:tôi|chúng tôi|bạn|mình|em|anh ấy|chị ấy)(?![\p{L}])/iu.test(t)) score -= 1;
  if (/[;]/u.test(t)) score -= 1;
  return score;
}
