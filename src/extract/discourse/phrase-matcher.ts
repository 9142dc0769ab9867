import { phraseKey, type Token } from "./tokens.js";

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

/** A lexicon entry found in the token stream. */
export interface PhraseMatch<V> {
  /** Index of the first token. */
  start: number;
  /** Index after the last token. */
  end: number;
  value: V;
}

/**
 * A lexicon of multi-word phrases compiled into a trie over syllable keys, matched against the
 * token stream longest-first. Lookup costs at most the length of the longest phrase per position,
 * so scanning a text is linear; tone placement and case do not matter (see `syllableKey`).
 */
export class PhraseMatcher<V> {
  private trie: TrieNode<V> | undefined;
  private entries: Iterable<readonly [string, V]> | undefined;
  private longestPhrase = 0;

  /** The trie is built on first use, not when the matcher is made (at import). */
  constructor(entries: Iterable<readonly [string, V]>) {
    this.entries = entries;
  }

  /** Longest phrase, in words. */
  get maxWords(): number {
    void this.root;
    return this.longestPhrase;
  }

  private get root(): TrieNode<V> {
    if (this.trie) return this.trie;
    const root: TrieNode<V> = { next: new Map() };
    let max = 0;
    for (const [phrase, value] of this.entries ?? []) {
      const keys = phraseKey(phrase);
      if (keys.length === 0) continue;
      max = Math.max(max, keys.length);
      let node = root;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) {
          child = { next: new Map() };
          node.next.set(k, child);
        }
        node = child;
      }
      // The first entry wins on duplicates, so lexicon order is the tie-break a reviewer sees.
      if (node.value === undefined) node.value = value;
    }
    this.longestPhrase = max;
    this.entries = undefined;
    this.trie = root;
    return root;
  }

  /** A matcher whose values are the phrases themselves. */
  static of(phrases: Iterable<string>): PhraseMatcher<string> {
    return new PhraseMatcher([...phrases].map((p) => [p, p] as const));
  }

  /**
   * The longest phrase starting at token `i` and ending before token `limit`. Punctuation takes
   * part only where a phrase of the lexicon holds it ("văn hóa, thể thao và du lịch").
   */
  longest(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<V> | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let end = -1;
    let value: V | undefined;
    for (let j = i; j < limit && node; j++) {
      const t = tokens[j];
      if (!t) break;
      node = node.next.get(t.key);
      if (node?.value !== undefined) {
        end = j + 1;
        value = node.value;
      }
    }
    return value === undefined ? undefined : { start: i, end, value };
  }

  /** True when some phrase of the lexicon begins with the word `t` (a cheap pre-check). */
  canStartWith(t: Token): boolean {
    return this.root.next.has(t.key);
  }

  /** True when some phrase starts at token `i`. */
  has(tokens: readonly Token[], i: number, limit = tokens.length): boolean {
    return this.longest(tokens, i, limit) !== undefined;
  }
}
