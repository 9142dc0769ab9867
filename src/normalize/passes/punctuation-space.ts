import { type Pass, unchanged } from "../pass.js";
import { ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";

const RULE = ruleId("space-after-punctuation");

/**
 * `,` `;` `:` glued to a following letter (`04/8/2017,Quận`), or a sentence's full stop glued to a
 * capital (`nhất.Ông`), after a letter or digit. The look-behind/ahead keep decimals (3,5), times
 * (8:30), URLs (https://, vnexpress.net) and abbreviations (TP.HCM, v.v., Th.S) as they are.
 */
export const GLUED_PUNCTUATION =
  /(?<=[\p{L}\p{N}][,;:])(?=\p{L})(?<!https?:)|(?<=\p{Ll}{3}\.)(?=\p{Lu}\p{Ll})/gu;

/** Optional (`spaceAfterPunctuation`): inserts the missing space after punctuation. */
export const punctuationSpacePass: Pass = {
  name: "punctuation-space",
  enabled: (o) => o.spaceAfterPunctuation,
  run(text) {
    let builder: TextBuilder | null = null;
    for (const m of text.matchAll(GLUED_PUNCTUATION)) {
      const at = m.index;
      builder ??= new TextBuilder(text);
      builder.replace(at, at, " ", RULE);
    }
    return builder === null ? unchanged(text) : (builder as TextBuilder).finish();
  },
};
