import { type Token, tokenize } from "./tokens.js";

/** What case a text token needs to match a lexicon token. */
type CaseRule = "any" | "cap" | "upper";

interface Node<V> {
  readonly next: Map<string, Node<V>>;
  /** Entries ending here, with the case each of their tokens requires. */
  readonly ends: { readonly value: V; readonly caps: readonly CaseRule[] }[];
}

/** A phrase found by a {@link PhraseMatcher}: tokens `[start, end)` and what the phrase stands for. */
export interface PhraseMatch<V> {
  readonly start: number;
  readonly end: number;
  readonly values: readonly V[];
}

/**
 * A lexicon compiled to a trie over token keys, for longest-match lookup in linear time.
 *
 * Case rule, so that a lexicon reads as the press writes: a phrase token written with a capital
 * (`Anh` the country, `Đảng` the Party) only matches a capitalised token, one written in capitals
 * (`UBND`, `TƯ`) only a token in capitals (`Tư`, a name, is not `TƯ`); a token written in lower
 * case (`phó chủ tịch`, `đồng chí`) matches any case. Tokens of a phrase may be separated by
 * spaces or nothing in the text (`TP.HCM`, `TP. HCM`), never by a line break.
 */
export class PhraseMatcher<V> {
  private readonly root: Node<V> = { next: new Map(), ends: [] };
  /** Longest phrase, in tokens: bounds every lookup. */
  private maxTokens = 0;

  constructor(entries: Iterable<readonly [phrase: string, value: V]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  private add(phrase: string, value: V): void {
    const toks = tokenize(phrase);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(t.key, child);
      }
      node = child;
    }
    node.ends.push({ value, caps: toks.map((t) => (t.upper ? "upper" : t.cap ? "cap" : "any")) });
    this.maxTokens = Math.max(this.maxTokens, toks.length);
  }

  /** The longest phrase starting at token `i`, or undefined. */
  longestAt(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    let node = this.root;
    let best: PhraseMatch<V> | undefined;
    for (let j = i; j < tokens.length && j - i < this.maxTokens; j++) {
      const t = tokens[j] as Token;
      if (j > i && t.gap === "line") break;
      const child = node.next.get(t.key);
      if (!child) break;
      node = child;
      if (node.ends.length > 0) {
        // Most nodes end one entry; allocate only when an entry's case fits.
        let values: V[] | undefined;
        for (const e of node.ends) {
          if (!casesAgree(e.caps, tokens, i)) continue;
          if (!values) values = [];
          values.push(e.value);
        }
        if (values) best = { start: i, end: j + 1, values };
      }
    }
    return best;
  }

  /** Every longest, non-overlapping match, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.longestAt(tokens, i);
      if (m && m.end <= to) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }

  /** The keys phrases of the lexicon start with. */
  firstKeys(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** Whether some phrase of the lexicon starts with a token of this key. */
  startsWith(key: string): boolean {
    return this.root.next.has(key);
  }

  /** Whether `phrase` is in the lexicon (compared by key, case ignored). */
  has(phrase: string): boolean {
    let node: Node<V> | undefined = this.root;
    for (const t of tokenize(phrase)) {
      node = node.next.get(t.key);
      if (!node) return false;
    }
    return node.ends.length > 0;
  }
}

function casesAgree(caps: readonly CaseRule[], tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < caps.length; k++) {
    const t = tokens[i + k] as Token;
    const rule = caps[k];
    if (rule === "cap" && !t.cap) return false;
    if (rule === "upper" && !t.upper) return false;
  }
  return true;
}
