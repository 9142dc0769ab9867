/**
 * One phrase matcher for every lexicon of every stage: a trie over token keys, looked up
 * longest-first in the token stream, so that a lookup costs at most the length of the longest phrase
 * and a scan of a text is linear whatever the size of the lexicon.
 */
import { startsLine, type Token, tokenize } from "./tokens.js";

/** What case a text token needs to match a lexicon token. */
type CaseRule = 0 | 1 | 2;
const ANY: CaseRule = 0;
const CAP: CaseRule = 1;
const UPPER: CaseRule = 2;

interface Entry<V> {
  readonly value: V;
  /** The case each token of the phrase requires; undefined when the matcher ignores case. */
  readonly cases: readonly CaseRule[] | undefined;
}

interface Node<V> {
  readonly next: Map<string, Node<V>>;
  /** Entries ending here, in lexicon order. */
  readonly ends: Entry<V>[];
  /** Their values (shared by every match of a matcher that ignores case). */
  values: V[];
}

/** A phrase found in the token stream: tokens `[start, end)` and what it stands for. */
export interface PhraseMatch<V> {
  readonly start: number;
  readonly end: number;
  /** The value of the first entry that fits (lexicon order is the tie-break a reviewer sees). */
  readonly value: V;
  /** Every entry that ends here and fits, in lexicon order (homographs: `Anh` the country, ...). */
  readonly values: readonly V[];
}

/** How a {@link PhraseMatcher} compares case. */
export interface PhraseMatcherOptions {
  /**
   * `"ignore"` (the default): case never matters; function words, verbs and cue words are the same
   * at the start of a sentence or in a headline.
   *
   * `"lexicon"`: each phrase token's case is a rule, so that a lexicon reads as the press writes. A
   * token written with a capital (`Anh` the country, `Đảng` the Party) only matches a capitalised
   * token, one written in capitals (`UBND`, `TƯ`) only a token in capitals (`Tư`, a name, is not
   * `TƯ`), one in lower case (`phó chủ tịch`) any case. Names need it: capitalisation is what tells
   * a name from a common word.
   */
  readonly case?: "ignore" | "lexicon";
}

/**
 * A lexicon of phrases, each with a value, compiled into a trie over {@link syllableKey}s on first
 * use (never at import). Tone placement (`hoà`/`hòa`), look-alike dashes and spacing do not matter:
 * phrase tokens may be separated by spaces or by nothing in the text (`TP.HCM`, `TP. HCM`), never by
 * a line break; punctuation takes part only where a phrase holds it (`văn hóa, thể thao và du
 * lịch`).
 */
export class PhraseMatcher<V> {
  private source: Iterable<readonly [string, V]> | undefined;
  private readonly caseRule: boolean;
  private root: Node<V> | undefined;
  private longestPhrase = 0;

  /**
   * @param entries phrases and their values; read once, on first use (pass an array, or a function
   * returning the entries, not a one-shot iterator).
   */
  constructor(
    entries: Iterable<readonly [string, V]> | (() => Iterable<readonly [string, V]>),
    options: PhraseMatcherOptions = {},
  ) {
    this.source =
      typeof entries === "function"
        ? { [Symbol.iterator]: () => entries()[Symbol.iterator]() }
        : entries;
    this.caseRule = options.case === "lexicon";
  }

  /** A matcher whose values are the phrases themselves. */
  static of(phrases: Iterable<string>, options?: PhraseMatcherOptions): PhraseMatcher<string> {
    return new PhraseMatcher(() => [...phrases].map((p) => [p, p] as const), options);
  }

  /** The trie, built on first use. */
  private trie(): Node<V> {
    if (this.root) return this.root;
    const root: Node<V> = { next: new Map(), ends: [], values: [] };
    for (const [phrase, value] of this.source ?? []) {
      const toks = tokenize(phrase);
      if (toks.length === 0) continue;
      let node = root;
      for (const t of toks) {
        let child = node.next.get(t.key);
        if (!child) {
          child = { next: new Map(), ends: [], values: [] };
          node.next.set(t.key, child);
        }
        node = child;
      }
      const cases = this.caseRule
        ? toks.map((t) => (t.upper ? UPPER : t.cap ? CAP : ANY))
        : undefined;
      node.ends.push({ value, cases });
      node.values.push(value);
      if (toks.length > this.longestPhrase) this.longestPhrase = toks.length;
    }
    this.source = undefined;
    this.root = root;
    return root;
  }

  /** Longest phrase, in tokens. */
  get maxTokens(): number {
    this.trie();
    return this.longestPhrase;
  }

  /**
   * The longest phrase that starts at token `i` and ends before token `limit` (default: the end of
   * the stream), or undefined.
   */
  longestAt(
    tokens: readonly Token[],
    i: number,
    limit = tokens.length,
  ): PhraseMatch<V> | undefined {
    let node = this.trie();
    if (i < 0) return undefined;
    let best: PhraseMatch<V> | undefined;
    const stop = Math.min(limit, tokens.length, i + this.longestPhrase);
    for (let j = i; j < stop; j++) {
      const t = tokens[j] as Token;
      if (j > i && startsLine(t)) break;
      const child = node.next.get(t.key);
      if (!child) break;
      node = child;
      if (node.ends.length === 0) continue;
      if (!this.caseRule) {
        best = { start: i, end: j + 1, value: node.values[0] as V, values: node.values };
        continue;
      }
      // Most nodes end one entry; allocate only when an entry's case fits.
      let values: V[] | undefined;
      for (const e of node.ends) {
        if (!casesAgree(e.cases as readonly CaseRule[], tokens, i)) continue;
        values ??= [];
        values.push(e.value);
      }
      if (values) best = { start: i, end: j + 1, value: values[0] as V, values };
    }
    return best;
  }

  /** Same as {@link longestAt}. */
  longest(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<V> | undefined {
    return this.longestAt(tokens, i, limit);
  }

  /** Whether some phrase starts at token `i` (and ends before `limit`). */
  matchesAt(tokens: readonly Token[], i: number, limit = tokens.length): boolean {
    return this.longestAt(tokens, i, limit) !== undefined;
  }

  /** Every longest, non-overlapping match in tokens `[from, to)`, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.longestAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }

  /** The keys phrases of the lexicon start with. */
  firstKeys(): IterableIterator<string> {
    return this.trie().next.keys();
  }

  /** Whether some phrase of the lexicon starts with a token of this key (a cheap pre-check). */
  startsWith(key: string): boolean {
    return this.trie().next.has(key);
  }

  /** Whether `phrase` is in the lexicon (compared by keys, case ignored). */
  hasPhrase(phrase: string): boolean {
    let node: Node<V> | undefined = this.trie();
    for (const t of tokenize(phrase)) {
      node = node.next.get(t.key);
      if (!node) return false;
    }
    return node.ends.length > 0;
  }
}

function casesAgree(cases: readonly CaseRule[], tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < cases.length; k++) {
    const rule = cases[k];
    if (rule === ANY) continue;
    const t = tokens[i + k] as Token;
    if (rule === CAP ? !t.cap : !t.upper) return false;
  }
  return true;
}
