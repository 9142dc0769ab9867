/**
 * The rules of the normaliser, each with the kind of change it makes. Passes record a change as a
 * rule id (an index into this table) next to the region it replaced, so that a change costs two
 * numbers until the result is built; `normalize` turns ids back into `{ kind, rule }`.
 *
 * The table is data: adding a rule means adding a row here.
 */
import type { ChangeKind } from "../schema/normalize.js";

const TABLE: readonly (readonly [rule: string, kind: ChangeKind])[] = [
  // 0: a replacement that is not a change of the normaliser (HTML markup read by `readHtml`).
  ["", "html"],
  // Encodings.
  ["utf8-as-cp1252", "mojibake"],
  ["utf8-as-cp1252-nbsp-lost", "mojibake"],
  ["utf8-as-cp1252-byte-lost", "mojibake"],
  ["utf8-as-cp1252-again", "mojibake"],
  ["utf8-as-cp1252-nbsp-lost-again", "mojibake"],
  ["utf8-as-cp1252-byte-lost-again", "mojibake"],
  ["c1-as-cp1252", "mojibake"],
  ["tcvn3", "legacy"],
  ["vni", "legacy"],
  ["viscii", "legacy"],
  ["cp1258", "legacy"],
  ["viqr", "legacy"],
  // Invisible characters.
  ["zero-width-joiner", "control"],
  ["soft-hyphen", "control"],
  ["bom", "control"],
  ["zero-width-space", "control"],
  ["c0-control", "control"],
  ["c1-control", "control"],
  ["bidi-or-format", "control"],
  // Look-alikes.
  ["fullwidth", "lookalike"],
  ["eth-to-d", "lookalike"],
  ["confusable-script", "lookalike"],
  // Unicode and tone marks.
  ["nfc", "unicode"],
  ["ngh-spelling", "tone"],
  ["uo-horn", "tone"],
  ["tone-combining-mark", "tone"],
  ["tone-duplicate-mark", "tone"],
  ["tone-style-old", "tone"],
  ["tone-style-new", "tone"],
  ["tone-style-keep", "tone"],
  ["tone-misplaced", "tone"],
  // Punctuation.
  ["dash-tidy", "dash"],
  ["dash-ascii", "dash"],
  ["quote-tidy", "quote"],
  ["quote-ascii", "quote"],
  // Whitespace.
  ["trailing-space", "space"],
  ["space-run", "space"],
  ["tab", "space"],
  ["nbsp", "space"],
  ["space-variant", "space"],
  ["indent-tab", "space"],
  ["indent-nbsp", "space"],
  ["indent-space-variant", "space"],
  ["crlf", "space"],
  ["cr", "space"],
  ["line-separator", "space"],
  ["space-after-punctuation", "space"],
];

/** Rule name by id. */
export const RULE_NAME: readonly string[] = Object.freeze(TABLE.map((r) => r[0]));
/** Change kind by rule id. */
export const RULE_KIND: readonly ChangeKind[] = Object.freeze(TABLE.map((r) => r[1]));

const IDS: ReadonlyMap<string, number> = new Map(TABLE.map((r, i) => [r[0], i]));

/** The id of a rule by name. Throws on an unknown name: that is a bug in a pass, not bad text. */
export function ruleId(name: string): number {
  const id = IDS.get(name);
  if (id === undefined) throw new Error(`normalize: unknown rule ${name}`);
  return id;
}
