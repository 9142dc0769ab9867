import { CLASS, F_PUNCT_ASCII, F_PUNCT_TIDY } from "../char-class.js";
import { type Pass, unchanged } from "../pass.js";
import { ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";

const RULES = {
  dash: { tidy: ruleId("dash-tidy"), ascii: ruleId("dash-ascii") },
  quote: { tidy: ruleId("quote-tidy"), ascii: ruleId("quote-ascii") },
};

/** Dash variants: what `tidy` makes of them, and what `ascii` does. */
const DASHES: Readonly<Record<number, readonly [tidy: string, ascii: string]>> = {
  8208: ["-", "-"], // hyphen
  8209: ["-", "-"], // non-breaking hyphen
  8210: ["-", "-"], // figure dash
  8722: ["-", "-"], // minus sign
  65123: ["-", "-"], // small hyphen-minus
  8213: ["—", "-"], // horizontal bar
  65112: ["—", "-"], // small em dash
  8211: ["–", "-"], // en dash
  8212: ["—", "-"], // em dash
};

/** Quote variants: what `tidy` makes of them, and what `ascii` does. */
const QUOTES: Readonly<Record<number, readonly [tidy: string, ascii: string]>> = {
  8219: ["‘", "'"],
  8223: ["“", '"'],
  12317: ["“", '"'],
  12318: ["”", '"'],
  12319: ["”", '"'],
  8220: ["“", '"'],
  8221: ["”", '"'],
  8222: ["„", '"'],
  8216: ["‘", "'"],
  8217: ["’", "'"],
  8218: ["‚", "'"],
  171: ["«", '"'],
  187: ["»", '"'],
};

/**
 * Dash and quote variants, each family by its own option (`dashes`, `quotes`). The default `tidy`
 * only replaces rare variants that mean the same as a common one; `ascii` flattens everything.
 */
export const punctuationPass: Pass = {
  name: "punctuation",
  enabled: (o) => o.dashes !== "keep" || o.quotes !== "keep",
  run(text, options) {
    const n = text.length;
    const mask =
      (options.dashes === "ascii" || options.quotes === "ascii" ? F_PUNCT_ASCII : 0) | F_PUNCT_TIDY;
    let builder: TextBuilder | null = null;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (((CLASS[c] as number) & mask) === 0) continue;
      const dash = DASHES[c];
      const quote = QUOTES[c];
      const style = dash ? options.dashes : options.quotes;
      const entry = dash ?? quote;
      if (!entry || style === "keep") continue;
      const after = style === "ascii" ? entry[1] : entry[0];
      if (after.charCodeAt(0) === c) continue;
      builder ??= new TextBuilder(text);
      builder.replace(i, i + 1, after, RULES[dash ? "dash" : "quote"][style]);
    }
    return builder === null ? unchanged(text) : (builder as TextBuilder).finish();
  },
};
