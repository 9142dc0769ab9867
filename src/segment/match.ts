const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+");

/** A compiled phrase list: does a text open with, or contain, one of the phrases? */
export interface PhraseMatcher {
  /** The phrase the text opens with (after leading brackets, quotes and dashes), or null. */
  opens(text: string): string | null;
  /** Whether any phrase occurs in the text at word boundaries. */
  contains(text: string): boolean;
  /** Whether the whole text (trimmed of brackets and a final dot) is one of the phrases. */
  equals(text: string): boolean;
}

/**
 * Compiles a phrase list into longest-first alternations, case-insensitive (Unicode case folding,
 * so `Đ`/`đ` match), with Unicode-aware word boundaries. Literal alternations cannot backtrack
 * catastrophically. The patterns are compiled on first use, not when the matcher is made (at
 * import).
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  let compiled: PhraseMatcher | undefined;
  const get = (): PhraseMatcher => (compiled ??= compile(phrases));
  return {
    opens: (text) => get().opens(text),
    contains: (text) => get().contains(text),
    equals: (text) => get().equals(text),
  };
}

function compile(phrases: readonly string[]): PhraseMatcher {
  const alts = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegex)
    .join("|");
  const opener = new RegExp(`^[\\s("“'‘\\-–—*•]*(?:${alts})(?![\\p{L}\\p{N}])`, "iu");
  // The boundary before a phrase is a consumed character, not a lookbehind: a lookbehind first
  // would be tried at every position of the text.
  const anywhere = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, "iu");
  const whole = new RegExp(`^[\\s("“'‘\\-–—*•]*(?:${alts})[\\s)"”'’.]*$`, "iu");
  return {
    opens(text) {
      const m = opener.exec(text);
      return m ? m[0] : null;
    },
    contains: (text) => anywhere.test(text),
    equals: (text) => whole.test(text),
  };
}
