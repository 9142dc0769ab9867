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

/** What a photo shows right now: "đang", "hiện trường", "(trái)", "từ trái sang". */
const SCENE_RE =
  /(?<![\p{L}])(?:đang|hiện trường|trong ảnh|từ trái sang|từ phải sang)(?![\p{L}])|\((?:trái|phải|giữa|đứng giữa|ngoài cùng bên trái|ngoài cùng bên phải)\)/iu;
/** A portrait: a title, then a name of capitalised syllables, then a comma or dash and a position
 * ("Luật sư Đặng Văn Cường, Văn phòng luật sư Chính Pháp"). */
const PORTRAIT_RE =
  /^(?:(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Cc]háu|[Ll]uật sư|[Bb]ác sĩ|[Tt]hạc sĩ|[Tt]iến sĩ|[Nn]hà báo|[Nn]hà văn|[Nn]ghệ sĩ|[Đđ]ạo diễn|[Cc]ầu thủ|HLV|[Tt]ân binh|PGS|GS|TS|[Tt]hứ trưởng|[Bb]ộ trưởng|[Cc]hủ tịch|[Gg]iám đốc)\s+)?\p{Lu}[\p{Ll}\p{M}]{0,7}(?:\s\p{Lu}[\p{Ll}\p{M}]{0,7}){1,4}\s*(?:,|\s[-–]\s)/u;

/** A photographer credited at the very end without a colon: "... tại lễ hội Ảnh Thu Giang". */
const TRAILING_CREDIT_RE =
  /(?:^|[\s.\-–])[Ảả]nh\s+\p{Lu}[\p{L}\p{M}.]{0,15}(?:\s+\p{Lu}[\p{L}\p{M}.]{0,15}){0,3}\s*\.?$/u;

/**
 * A portrait caption, the whole line: a role, then a name, then optionally a comma or dash and a
 * position ("Giáo sư Trần Lâm Biền", "Nhà nghiên cứu văn hóa dân gian Bùi Trọng Hiền", "Ông
 * Nguyễn Thái Bình, Chánh văn phòng Bộ VHTTDL"). A name alone stays a heading (interviews and
 * celebrity round-ups title their parts with names).
 */
const PORTRAIT_LINE_RE =
  /^(?:[Gg]iáo sư|[Pp]hó giáo sư|GS|PGS|TS|[Tt]iến sĩ|[Tt]hạc sĩ|[Bb]ác sĩ|[Ll]uật sư|[Nn]hà (?:báo|văn|thơ|nghiên cứu|sử học|khoa học|hoạt động)|[Nn]ghệ sĩ|NSƯT|NSND|[Cc]a sĩ|[Dd]iễn viên|[Đđ]ạo diễn|[Ôô]ng|[Bb]à|[Cc]háu|[Cc]ầu thủ|HLV|[Tt]hủ tướng|[Bb]ộ trưởng|[Tt]hứ trưởng|[Cc]hủ tịch|[Pp]hó [Cc]hủ tịch|[Gg]iám đốc|[Đđ]ại tá|[Tt]hượng tá|[Tt]rung tá|[Tt]hiếu tá|[Đđ]ồng chí|[Tt]ổng thống)(?: [\p{Ll}\p{M}]{1,10}){0,5} \p{Lu}[\p{Ll}\p{M}]{0,7}(?: \p{Lu}[\p{Ll}\p{M}]{0,7}){1,4}(?:\s?[,–-] [^\n:]{0,100})?$/u;

/** A caption with an explicit photo cue. */
export function captionCueRule(v: ParagraphView): string | null {
  if (v.length > 500) return null;
  if (PHOTO_CUE_RE.test(v.text)) return "caption-cue";
  if (TRAILING_CREDIT_RE.test(v.text.slice(-80))) return "caption-credit-end";
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
  /** Whether this paragraph comes right after the lead (where web articles put the top photo). */
  afterLead: boolean;
  /** Whether this is the first paragraph after the title block (the lead's place). */
  first: boolean;
}

/**
 * A caption without a cue, scored from its layout and its wording: set apart from the body by
 * indentation or extra blank lines (as in the seed article), short and single-sentence, opening
 * with who or what is shown, describing an action a photo shows, and not reading as prose (no
 * connective opener, no reported speech, no first person, no question, no colon at the end).
 */
export function captionScore(v: ParagraphView, ctx: CaptionContext): number {
  if (v.length < 12 || v.length > 260 || v.words < 5) return -10;
  if (v.endsColon || v.innerStops > 1) return -10;
  let score = 0;
  const t = v.text;
  if (ctx.bodyIndent >= 0 && Math.abs(v.p.indent - ctx.bodyIndent) >= 4) score += 2;
  if (v.p.blankBefore > ctx.usualBlank && v.p.blankBefore < 99) score += 1;
  if (v.innerStops === 0) score += 1;
  if (v.length <= 160) score += 1;
  if (captionOpeners.opens(t)) score += 1;
  if (actions.contains(t)) score += 1;
  if (SCENE_RE.test(t)) score += 1;
  if (PORTRAIT_LINE_RE.test(t)) score += 3;
  else if (PORTRAIT_RE.test(t)) score += 1;
  if (!v.endsTerminal) score += 1;
  if (ctx.afterLead && v.length <= 140 && v.innerStops === 0 && (ctx.next?.length ?? 0) > v.length)
    score += 2;
  // A short line between two long paragraphs: where a photo sits in web articles.
  if (v.length <= 110 && (ctx.prev?.length ?? 0) >= 200 && (ctx.next?.length ?? 0) >= 200)
    score += 1;
  if (ctx.first) score -= 2;
  if (/^\(?(?:\d{1,2}|[IVX]{1,4})[.)]\s/u.test(t)) score -= 3;
  if (proseOpeners.opens(t)) score -= 3;
  if (speech.contains(t)) score -= 2;
  if (/["“”«»]/u.test(t)) score -= 2;
  if (/\?\s*$/u.test(t)) score -= 3;
  if (/(?:^|[^\p{L}])(?:tôi|chúng tôi|bạn|mình|em|anh ấy|chị ấy)(?![\p{L}])/iu.test(t)) score -= 1;
  if (/[;]/u.test(t)) score -= 1;
  return score;
}
