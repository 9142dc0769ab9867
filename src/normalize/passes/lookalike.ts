import { CLASS, CONFUSABLES, F_LOOKALIKE } from "../char-class.js";
import { type Pass, unchanged } from "../pass.js";
import { ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";
import { isValidSyllable } from "../vietnamese/syllable.js";

const isWordChar = (c: string): boolean => /[\p{L}\p{M}\p{N}]/u.test(c);
const isLatinOrDigit = (c: string): boolean => /[\p{Script=Latin}\p{N}]/u.test(c);
const isCyrillicOrGreek = (c: string): boolean => /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(c);

/**
 * Look-alike characters:
 * - `ð`/`Ð` (eth, from Icelandic keyboards and some fonts) become `đ`/`Đ` inside a word that is then
 *   a Vietnamese syllable (`ðại` to `đại`; `Guðmundur` stays);
 * - Cyrillic and Greek letters that look exactly like Latin ones become Latin inside a word that
 *   also has Latin letters or digits and no other Cyrillic/Greek letter (`сho` to `cho`, `BTR-82А`
 *   to `BTR-82A`; a Russian or Greek word stays);
 * - full-width ASCII (U+FF01..FF5E, from East Asian input methods) becomes ASCII.
 */
export const lookalikePass: Pass = {
  name: "lookalike",
  enabled: (o) => o.lookalikes,
  run(text) {
    const n = text.length;
    let builder: TextBuilder | null = null;
    const put = (start: number, end: number, after: string, rule: string) => {
      builder ??= new TextBuilder(text);
      builder.replace(start, end, after, ruleId(rule));
    };
    let done = 0; // everything before this index has been handled
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (((CLASS[c] as number) & F_LOOKALIKE) === 0 || i < done) continue;
      if (c >= 0xff01 && c <= 0xff5e && !isWordChar(text[i] as string)) {
        put(i, i + 1, String.fromCharCode(c - 0xfee0), "fullwidth");
        done = i + 1;
        continue;
      }
      // A word around the character: letters, marks and digits, joined by hyphens (BTR-82А).
      let s = i;
      while (s > done && isWordChar(text[s - 1] as string)) s--;
      let e = i + 1;
      while (
        e < n &&
        (isWordChar(text[e] as string) ||
          (text[e] === "-" && e + 1 < n && isWordChar(text[e + 1] as string)))
      )
        e++;
      done = e;
      const word = text.slice(s, e);
      // Eth: only where the word is then Vietnamese.
      // (NFC first: this pass runs before composition.)
      const fixed = word.replace(/ð/gu, "đ").replace(/Ð/gu, "Đ").normalize("NFC");
      const eth =
        fixed !== word &&
        fixed.split("-").every((part) => isValidSyllable(part) || !/[đĐ]/u.test(part));
      // Cyrillic/Greek twins: only in a word with Latin letters or digits and no other such letter.
      let latin = false;
      let other = false;
      for (const ch of word) {
        if (CONFUSABLES[ch] !== undefined) continue;
        if (isLatinOrDigit(ch)) latin = true;
        else if (isCyrillicOrGreek(ch)) other = true;
      }
      const twins = latin && !other;
      for (let k = s; k < e; k++) {
        const ch = text.charCodeAt(k);
        if (ch >= 0xff01 && ch <= 0xff5e)
          put(k, k + 1, String.fromCharCode(ch - 0xfee0), "fullwidth");
        else if (eth && (ch === 0xd0 || ch === 0xf0))
          put(k, k + 1, ch === 0xd0 ? "Đ" : "đ", "eth-to-d");
        else if (twins) {
          const twin = CONFUSABLES[text[k] as string];
          if (twin !== undefined) put(k, k + 1, twin, "confusable-script");
        }
      }
    }
    return builder === null ? unchanged(text) : (builder as TextBuilder).finish();
  },
};
