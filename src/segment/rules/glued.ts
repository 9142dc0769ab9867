import { viewOf } from "../features.js";
import { groupSentences } from "../sentences.js";
import { scanTokens } from "../tokenize.js";
import { bylineRule, sourceRule } from "./credits.js";

/** How much of the end of a paragraph is looked at for a glued credit. */
const WINDOW = 300;

/**
 * A byline or source glued to the end of the last body paragraph, as flattened text stores it
 * ("... cho hay. Phương Anh Linh", "... xuống 55,05 USD/thùng. T.Lê", "... nâng cấp. Theo
 * Vnexpress"). Returns where the credit starts and its kind, or null. The credit must be the last
 * sentence of at least two, a name without a final stop (so that "Ông Minh." ending a sentence is
 * not taken), or a source line, or a name then a source ("Cao Nguyên Theo Đời sống Plus").
 */
export function gluedCredit(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; kind: "byline" | "source"; rule: string }[] {
  let from = Math.max(start, end - WINDOW);
  // Start the window at a space, so that no token is cut.
  while (from > start && !/\s/u.test(text.charAt(from - 1))) from--;
  const tokens = scanTokens(text, from, end);
  const sentences = groupSentences(text, tokens);
  const last = sentences[sentences.length - 1];
  if (!last || sentences.length < 2 || last.start <= start) return [];
  const whole = classify(text, last.start, last.end);
  if (whole) return [whole];
  // "Cao Nguyên Theo Đời sống Plus": a name, then the source, with no stop between them.
  const sentence = text.slice(last.start, last.end);
  const m = /(?:^|\s)\(?Theo\s+\S[\s\S]*$/u.exec(sentence);
  if (!m || m.index === 0) return [];
  const theoStart = last.start + m.index + (/^\s/u.test(m[0]) ? 1 : 0);
  const source = classify(text, theoStart, last.end);
  if (source?.kind !== "source") return [];
  let nameEnd = theoStart;
  while (nameEnd > last.start && /\s/u.test(text.charAt(nameEnd - 1))) nameEnd--;
  const name = classify(text, last.start, nameEnd);
  return name?.kind === "byline" ? [name, source] : [];
}

/** Whether `text.slice(start, end)` is a credit by itself. */
function classify(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; kind: "byline" | "source"; rule: string } | null {
  const v = viewOf(
    text,
    { start, end, indent: 0, blankBefore: 0, blankAfter: 0, lines: 1, width: end - start },
    0,
  );
  if (v.words > 8) return null;
  const s = sourceRule(v);
  if (s && s !== "source-domain") return { start, end, kind: "source", rule: `${s}-glued` };
  if (v.endsTerminal || v.words > 4) return null;
  const b = bylineRule(v);
  if (b) return { start, end, kind: "byline", rule: `${b}-glued` };
  return null;
}
