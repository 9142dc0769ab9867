import type { ParagraphView } from "../features.js";
import { BOILERPLATE_OPENERS, BYLINE_LABELS } from "../lexicon/cues.js";
import { SOURCE_LINES, SOURCE_NAMES } from "../lexicon/sources.js";
import { phraseMatcher } from "../match.js";

const sourceNames = phraseMatcher(SOURCE_NAMES);
const sourceLines = phraseMatcher(SOURCE_LINES);
const boilerplate = phraseMatcher(BOILERPLATE_OPENERS);
const bylineLabels = phraseMatcher(BYLINE_LABELS);

/** "Theo VnExpress", "(Theo Reuters)", "– Theo Stylecraze", "Theo Lê Phương (Khám phá)". */
const THEO_RE =
  /^[\s(\-–—*]*(?:Theo|THEO)\s+(?=[\p{Lu}\p{N}]|báo\s|[\p{Ll}\p{N}]+\.(?:vn|com|net))/u;
/** "Theo vne", "Theo thecoverage": one lowercase word after "Theo" and nothing else. */
const THEO_LOWER_RE = /^[\s(\-–—*]*(?:Theo|THEO)\s+[\p{L}\p{N}.]{2,30}\s*\)?\.?$/u;
/** "Theo ông", "Theo đó": prose cut short, not a credit. */
const THEO_NOT_SOURCE =
  /^[\s(\-–—*]*(?:Theo|THEO)\s+(?:ông|bà|anh|chị|em|tôi|họ|đó|đây|này|vậy|như|các|những|một|quy|kế|báo|ghi)[\s).]*$/u;
/** "Nguồn: Reuters", "(Nguồn: internet)". */
const NGUON_RE = /^[\s(\-–—*]*[Nn](?:guồn|GUỒN)(?:\s*:|\s+(?=\p{Lu}))/u;
/** A domain alone: "baodautu.vn", "(Trithucthoidai)". */
const DOMAIN_LINE_RE =
  /^[\s(]*[\p{L}\p{N}-]{2,40}(?:\.[\p{L}\p{N}-]{2,40}){0,3}\.(?:vn|com|net|org)[\s).]*$/iu;
/** One name syllable: capitalised (`Thắm`, `Rơ-mah`), or initials (`T.`, `Ng.`, `A.T`, `G.T`). */
const NAME_WORD_RE =
  /^(?:\p{Lu}[\p{Ll}\p{M}]*(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|(?:\p{Lu}[\p{Ll}]?\.){1,3}(?:\p{Lu}[\p{L}\p{M}]*)?|\p{Lu}[\p{Lu}\p{M}]{0,7})$/u;

/** The story's credit: "Theo ...", "Nguồn: ...", an agency alone, "(Tổng hợp)", "PV.". */
export function sourceRule(v: ParagraphView): string | null {
  const t = v.text;
  if (v.words > 14 || v.length > 140) return null;
  if (THEO_RE.test(t) && !t.includes(",") && v.innerStops === 0) return "source-theo";
  if (THEO_RE.test(t) && v.words <= 8 && !/\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(t))
    return "source-theo";
  if (THEO_LOWER_RE.test(t) && !THEO_NOT_SOURCE.test(t)) return "source-theo";
  if (NGUON_RE.test(t) && v.words <= 10) return "source-nguon";
  if (sourceLines.equals(t)) return "source-compiled";
  if (sourceNames.equals(t)) return "source-agency";
  if (DOMAIN_LINE_RE.test(t)) return "source-domain";
  return null;
}

/** Strips a byline label ("Bài và ảnh:", "Ký:") and decorations, returning the names part. */
export function bylineNames(text: string): string {
  let t = text.trim();
  const label = bylineLabels.opens(t);
  if (label && /^\s*[:\-–]/u.test(t.slice(label.length))) t = t.slice(label.length);
  return t
    .replace(/^[\s:*\-–—•(]+/u, "")
    .replace(/[\s*\-–—•)]+$/u, "")
    .trim();
}

/**
 * A person's name standing alone, as bylines are written: up to six capitalised syllables or
 * initials ("Ngọc Thắm", "Ng.Quang", "A.T", "PGS.BS. Đào Ngọc Diễn"), possibly after a label
 * ("Bài và ảnh: Hoàng Lâm") or with an agency after a slash ("Bích Lan/VOV.VN").
 */
export function bylineRule(v: ParagraphView): string | null {
  if (v.words > 9 || v.length > 80 || v.innerStops > 0) return null;
  const t = v.text;
  // A fragment cut by markup (": Bắc Mariana", ", Phó Chủ tịch") is not a byline.
  if (/^[,:;.)\]]/u.test(t)) return null;
  const label = bylineLabels.opens(t);
  const labelled = label !== null && /^\s*[:\-–]/u.test(t.slice(label.length));
  const names = bylineNames(t);
  if (names === "") return labelled ? "byline-label" : null;
  // "Name/Agency", "Name - Theo X", "Name (Agency)": keep the name part.
  const head = (names.split(/\s*[/|(]\s*|\s+[-–—]\s+/u)[0] ?? "").replace(/\.$/u, "").trim();
  const words = head.split(/\s+/u).filter((w) => w.length > 0);
  // Titles before a name: "PGS.BS.", "ThS.", "Nhà báo".
  while (words.length > 1 && /^(?:\p{Lu}[\p{L}]{0,3}\.){1,3}$/u.test(words[0] ?? "")) words.shift();
  if (words.length === 0 || words.length > 6) return null;
  if (words.every((w) => NAME_WORD_RE.test(w))) return labelled ? "byline-label" : "byline-name";
  return null;
}

/** Contact lines, related links and "(còn nữa)" after the article. */
export function boilerplateRule(v: ParagraphView): string | null {
  if (v.length > 400) return null;
  if (boilerplate.opens(v.text)) return "trailing-boilerplate";
  if (/^(?:email|e-mail|hotline|điện thoại|đt|tel|fax|website)\s*:/iu.test(v.text))
    return "trailing-contact";
  return null;
}
