import { OffsetMap } from "../offset-map.js";
import type { Pass, PassChange } from "../pass.js";
import { TextBuilder } from "../text-builder.js";

/**
 * Whether NFC never joins this code unit with what precedes it and never reorders across it: a
 * starter (canonical combining class 0) that is not the second part of any composition. ASCII,
 * Latin-1 and Latin Extended letters, the Vietnamese letters, general punctuation and CJK
 * ideographs are; combining marks, Hangul jamo and Indic vowel signs are not, and are simply not
 * listed. A text can be cut before such a character and normalised piece by piece.
 */
function isStableStarter(code: number): boolean {
  return (
    code < 0x300 ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    // U+2000 and U+2001 are not: NFC maps them to U+2002 and U+2003.
    (code >= 0x2002 && code <= 0x206f) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

/**
 * Unicode NFC, applied piece by piece so that each recomposed character keeps its own alignment.
 *
 * The text is cut before every stable starter (see {@link isStableStarter}): NFC of the whole is
 * then the concatenation of NFC of the pieces (Unicode's "safe point" rule). A piece is a starter
 * and the marks after it, so a change covers one letter (`e` + two marks → `ệ`). Only pieces that
 * change are recorded.
 */
export const nfcPass: Pass = {
  name: "nfc",
  enabled: () => true,
  run(text) {
    // Native check first: clean NFC text (the common case) costs one scan in C++.
    if (text.normalize("NFC") === text) {
      return { text, map: OffsetMap.identity(text.length), changes: [] };
    }
    const builder = new TextBuilder(text);
    const changes: PassChange[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      // Skip to the first code unit that is not a stable starter; its piece starts at the starter
      // before it (the letter it may compose with), or at itself when it opens the text.
      if (isStableStarter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i > 0 && isStableStarter(text.charCodeAt(i - 1)) ? i - 1 : i;
      let end = i + 1;
      while (end < n && !isStableStarter(text.charCodeAt(end))) end++;
      const piece = text.slice(start, end);
      const normal = piece.normalize("NFC");
      if (normal !== piece) {
        builder.replace(start, end, normal);
        changes.push({ kind: "unicode", rule: "nfc", start, end, after: normal });
      }
      i = end;
    }
    const { text: out, map } = builder.finish();
    return { text: out, map, changes };
  },
};
