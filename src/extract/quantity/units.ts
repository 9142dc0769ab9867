/**
 * Matching what follows a number: a unit of measure, of time, an age, a counted noun, or a
 * classifier with its noun. The lexicon is in `lexicon/units.ts`.
 */
import { PhraseMatcher } from "../time/phrases.js";
import { isDigit, isWordChar } from "../time/scan.js";
import {
  AGE_UNITS,
  CLASSIFIERS,
  COUNT_NOUNS,
  DURATION_UNITS,
  MEASURE_UNITS,
  NOT_UNIT,
  NOT_UNIT_COMPOUNDS,
} from "./lexicon/units.js";
import { NUMBER_SYLLABLES } from "./read.js";

/** What kind of thing a unit is. */
export type UnitKind = "measure" | "duration" | "age" | "count" | "classifier";

function build(): PhraseMatcher<UnitKind> {
  const entries = new Map<string, UnitKind>();
  // Later lists win on duplicates: a classifier (`con`, `cây`) over a noun, an age over a duration.
  const add = (list: readonly string[], kind: UnitKind) => {
    for (const w of list) entries.set(w.toLowerCase(), kind);
  };
  add(COUNT_NOUNS, "count");
  add(CLASSIFIERS, "classifier");
  add(MEASURE_UNITS, "measure");
  add(DURATION_UNITS, "duration");
  add(AGE_UNITS, "age");
  return new PhraseMatcher([...entries]);
}

const UNITS = build();
const NOT_UNITS = new PhraseMatcher([...NOT_UNIT_COMPOUNDS].map((w) => [w, true] as const));
const NOUNS = new PhraseMatcher(COUNT_NOUNS.map((w) => [w, true] as const));

/** A unit phrase found after a number. */
export interface UnitMatch {
  start: number;
  end: number;
  kind: Exclude<UnitKind, "classifier">;
  /** The unit is a classifier (with the noun after it, if any): `chiếc xe`, `con giáp`. */
  viaClassifier?: boolean;
}

/**
 * The unit phrase starting at `i` (after the spaces that follow a number), trimmed to the lexicon:
 * the longest known phrase, or a classifier with the noun after it.
 */
export function unitAt(text: string, lower: string, i: number): UnitMatch | undefined {
  const found = UNITS.longest(lower, i);
  if (!found) return undefined;
  // `2018 trang bị` (equips), `lần lượt` (in turn): a longer word that is not the unit.
  const not = NOT_UNITS.longest(lower, i);
  if (not && not.end > found.end) return undefined;
  if (found.value !== "classifier") return { start: i, end: found.end, kind: found.value };
  // A classifier takes the noun after it: a known compound, or one plain syllable.
  let j = found.end;
  while (j < text.length && (text[j] === " " || text[j] === "\u00a0")) j++;
  if (j === found.end) return { start: i, end: found.end, kind: "count", viaClassifier: true };
  const noun = NOUNS.longest(lower, j);
  if (noun) return { start: i, end: noun.end, kind: "count", viaClassifier: true };
  let k = j;
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  const word = lower.slice(j, k);
  const next = text.charCodeAt(k);
  if (
    k > j &&
    !isDigit(next) &&
    !NOT_UNIT.has(word) &&
    !NUMBER_SYLLABLES.has(word) &&
    text.slice(j, k) === word // a capitalised word is a name, not the counted noun
  ) {
    return { start: i, end: k, kind: "count", viaClassifier: true };
  }
  return { start: i, end: found.end, kind: "count", viaClassifier: true };
}
