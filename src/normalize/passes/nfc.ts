import { OffsetMap } from "../offset-map.js";
import type { Pass, PassChange } from "../pass.js";
import { TextBuilder } from "../text-builder.js";

/**
 * Unicode NFC, applied piece by piece so that each recomposed character keeps its own alignment.
 *
 * The text is cut before every ASCII character: ASCII characters have combining class 0, are NFC
 * stable and never compose with what precedes them, so NFC of the whole equals the concatenation of
 * NFC of the pieces (Unicode's "safe point" rule). Only pieces that change are recorded.
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
      // Skip to the first non-ASCII code unit; its piece starts one character earlier (the ASCII
      // base it may combine with), or at itself when it opens the text.
      if (text.charCodeAt(i) < 0x80) {
        i++;
        continue;
      }
      const start = i > 0 && text.charCodeAt(i - 1) < 0x80 ? i - 1 : i;
      let end = i;
      while (end < n && text.charCodeAt(end) >= 0x80) end++;
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
