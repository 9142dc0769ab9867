/**
 * Building a {@link TimeParser} from a sticky pattern, or from a lexicon of phrases.
 */
import { atBoundary } from "./patterns.js";
import type { PhraseMatch, PhraseMatcher } from "./phrases.js";
import { firstWords } from "./scan.js";
import type { Candidate, TimeParser } from "./types.js";

/** The parts of a pattern-based parser. */
export interface RegexParserSpec {
  name: string;
  triggers: readonly string[];
  afterFigure?: (text: string, end: number) => boolean;
  nearWord?: RegExp;
  /**
   * Sticky (`y`) and Unicode (`u`), in lower case and without the `i` flag: it runs on the
   * lower-cased text (case-insensitive Unicode patterns are much larger automata, slower to run and
   * too large for the ReDoS checker to decide). `extract` gets the match (lower-cased strings, same
   * offsets) and the original text, for the few checks that need case (`thứ Sáu`).
   */
  pattern: RegExp;
  /**
   * Sticky patterns tried, in order, where `pattern` ends; the first that matches joins its groups
   * to the match's. Splitting a long pattern keeps each part small enough for the ReDoS checker.
   */
  tail?: RegExp | readonly RegExp[];
  /** Whether a match needs the tail (default: the tail is optional). */
  tailRequired?: boolean;
  /** Further sticky patterns `extract` runs itself (on `lower`), listed for the ReDoS tests. */
  more?: readonly RegExp[];
  extract(match: RegExpExecArray, text: string, lower: string): Candidate | undefined;
}

/**
 * A parser that executes its sticky pattern at the trigger's offset. The pattern object is shared
 * between calls: `lastIndex` is set right before each `exec` and extraction is synchronous, so no
 * state carries over. (A fresh copy per call would cost a third of the run time: V8 starts each new
 * RegExp object in its interpreter.)
 */
export function regexParser(spec: RegexParserSpec): TimeParser {
  const tails: readonly RegExp[] =
    spec.tail === undefined ? [] : spec.tail instanceof RegExp ? [spec.tail] : spec.tail;
  for (const re of [spec.pattern, ...tails]) {
    if (!re.sticky || !re.unicode || re.ignoreCase) {
      throw new Error(`parser ${spec.name}: patterns must be sticky, unicode, case-sensitive`);
    }
  }
  return {
    name: spec.name,
    triggers: spec.triggers,
    ...(spec.afterFigure ? { afterFigure: spec.afterFigure } : {}),
    ...(spec.nearWord ? { nearWord: spec.nearWord } : {}),
    patterns: [spec.pattern, ...tails, ...(spec.more ?? [])],
    match(text, start, lower) {
      if (!atBoundary(text, start)) return undefined; // `U23`, `5giờ`: not the start of a phrase
      const re = spec.pattern;
      re.lastIndex = start;
      const m = re.exec(lower);
      if (!m || m[0].length === 0) return undefined;
      if (tails.length === 0) return spec.extract(m, text, lower);
      let t: RegExpExecArray | null = null;
      for (const tail of tails) {
        tail.lastIndex = m.index + m[0].length;
        t = tail.exec(lower);
        if (t) break;
      }
      if (!t) return spec.tailRequired ? undefined : spec.extract(m, text, lower);
      const joined = Object.assign([m[0] + t[0], ...m.slice(1), ...t.slice(1)], {
        index: m.index,
        input: lower,
        groups: { ...m.groups, ...t.groups },
      }) as unknown as RegExpExecArray;
      // A tail that the parser rejects (`năm nay cũng` read as a can-chi year name) is dropped:
      // the head alone may still be a date.
      return (
        spec.extract(joined, text, lower) ??
        (spec.tailRequired ? undefined : spec.extract(m, text, lower))
      );
    },
  };
}

/** The parts of a lexicon-based parser. */
export interface PhraseParserSpec<V> {
  name: string;
  /** The lexicon; the parser's triggers are the first words of its phrases. */
  phrases: PhraseMatcher<V>;
  phraseList: readonly string[];
  /** An optional continuation tried right after the phrase (sticky, unicode), e.g. a year. */
  suffix?: RegExp;
  extract(
    found: PhraseMatch<V>,
    suffix: RegExpExecArray | undefined,
    text: string,
    start: number,
  ): Candidate | undefined;
}

/** A parser that looks its phrases up in a trie (no pattern over the lexicon at all). */
export function phraseParser<V>(spec: PhraseParserSpec<V>): TimeParser {
  const suffix = spec.suffix;
  if (suffix && (!suffix.sticky || !suffix.unicode || suffix.ignoreCase)) {
    throw new Error(`parser ${spec.name}: suffix must be sticky and unicode`);
  }
  return {
    name: spec.name,
    triggers: firstWords(spec.phraseList),
    patterns: suffix ? [suffix] : [],
    match(text, start, lower) {
      if (!atBoundary(text, start)) return undefined;
      const found = spec.phrases.longest(lower, start);
      if (!found) return undefined;
      let m: RegExpExecArray | undefined;
      if (suffix) {
        suffix.lastIndex = found.end;
        m = suffix.exec(lower) ?? undefined;
      }
      return spec.extract(found, m, text, start);
    },
  };
}
