import { CP1252_HIGH } from "../../decode/data/charsets.generated.js";
import { CLASS, F_DAMAGE, F_INVISIBLE } from "../char-class.js";
import { DamageRuns } from "../damage.js";
import { type Pass, type PassDamage, unchanged } from "../pass.js";
import { ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";
import { LETTER, OTHER_LETTER, TABLE_SIZE } from "../vietnamese/alphabet.js";

/** Whether a code unit is a letter of a Latin-script word (or plain ASCII), for ZWJ/ZWNJ. */
function isLatinContext(code: number): boolean {
  if (code < 0x80) return true;
  if (code >= TABLE_SIZE) return false;
  const info = LETTER[code] as number;
  return info !== 0 && info !== OTHER_LETTER;
}

/**
 * Invisible and control characters: zero-width spaces, soft hyphens, byte-order marks, bidi marks,
 * word joiners and C0 controls are removed (they break words apart for every later stage while
 * showing nothing). ZWJ/ZWNJ are removed only next to Latin text: in emoji and Indic scripts they
 * carry meaning. C1 controls that CP1252 assigns to punctuation (`\x93` for `“`: CP1252 text read as
 * Latin-1) become that punctuation; the other C1 controls are removed.
 *
 * Also reports damage it leaves in place: lone surrogates and U+FFFD.
 */
export const invisiblePass: Pass = {
  name: "invisible",
  enabled: () => true,
  run(text, options) {
    const n = text.length;
    let builder: TextBuilder | null = null;
    const damage = new DamageRuns<PassDamage>();
    const remove = options.invisibles;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const cls = CLASS[c] as number;
      if ((cls & (F_INVISIBLE | F_DAMAGE)) === 0) continue;
      if (cls & F_DAMAGE) {
        if (c === 0xfffd) {
          damage.add({
            kind: "replacement-char",
            start: i,
            end: i + 1,
            message: "U+FFFD: a character was lost before bantin saw the text",
          });
        } else if (c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          i++; // a valid pair
        } else {
          damage.add({
            kind: "lone-surrogate",
            start: i,
            end: i + 1,
            message: `lone surrogate U+${c.toString(16).toUpperCase()} kept as is`,
          });
        }
        continue;
      }
      if (!remove) continue;
      let after = "";
      let rule: string;
      if (c >= 0x80 && c <= 0x9f) {
        const mapped = CP1252_HIGH[c - 0x80] as string;
        if (mapped.charCodeAt(0) !== c) {
          after = mapped;
          rule = "c1-as-cp1252";
        } else rule = "c1-control";
      } else if (c === 0x200c || c === 0x200d) {
        const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
        if (!isLatinContext(prev) || !isLatinContext(next)) continue;
        rule = "zero-width-joiner";
      } else if (c === 0xad) rule = "soft-hyphen";
      else if (c === 0xfeff) rule = "bom";
      else if (c === 0x200b || c === 0x2060 || c === 0x180e) rule = "zero-width-space";
      else if (c < 0x20 || c === 0x7f) rule = "c0-control";
      else rule = "bidi-or-format";
      builder ??= new TextBuilder(text);
      builder.replace(i, i + 1, after, ruleId(rule));
    }
    if (builder === null) return unchanged(text, { damage: damage.list });
    return { ...(builder as TextBuilder).finish(), damage: damage.list };
  },
};
