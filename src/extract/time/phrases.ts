/**
 * Longest-match lookup of lexicon phrases in text, without regular expressions: a trie over
 * lower-cased code units in which a space stands for any run of spaces. Matching costs one step
 * per character read, whatever the size of the lexicon, and cannot backtrack.
 */
import { isDigit, isWordChar } from "./scan.js";

/** Lower case of code units below U+2000 (length-preserving), built on first use. */
let lowerTable: Uint16Array | undefined;
function buildLower(): Uint16Array {
  const t = new Uint16Array(0x2000);
  for (let c = 0; c < t.length; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    t[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return t;
}

/** Lower case of one UTF-16 code unit (length-preserving). */
export function lowerCode(c: number): number {
  if (c >= 0x2000) return c;
  lowerTable ??= buildLower();
  return lowerTable[c] ?? c;
}

/**
 * `text` in lower case with the same length, so that offsets carry over. (`toLowerCase` keeps the
 * length of Vietnamese text; a few other characters, like `İ`, grow, and then each code unit is
 * lowered on its own.)
 */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(lowerCode(text.charCodeAt(i)));
  return out;
}

const SPACE = 32;

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9 || c === 0x202f || c === 0x2009;
}

interface Node<V> {
  next: Map<number, Node<V>>;
  value?: V;
  phrase?: string;
}

/** A phrase found in the text. */
export interface PhraseMatch<V> {
  end: number;
  value: V;
  /** The lexicon phrase, lower-cased, single-spaced. */
  phrase: string;
}

/** A lexicon of phrases (case-insensitive, any spacing) with a value each. */
export class PhraseMatcher<V> {
  private trie: Node<V> | undefined;
  private entries: Iterable<readonly [string, V]> | undefined;

  /** The trie is built on first use, not when the matcher is made (at import). */
  constructor(entries: Iterable<readonly [string, V]>) {
    this.entries = entries;
  }

  private get root(): Node<V> {
    if (this.trie) return this.trie;
    const root: Node<V> = { next: new Map() };
    for (const [raw, value] of this.entries ?? []) {
      const phrase = raw.trim().toLowerCase().split(/\s+/).join(" ");
      let node = root;
      for (let i = 0; i < phrase.length; i++) {
        const c = phrase.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map() };
          node.next.set(c, child);
        }
        node = child;
      }
      node.value = value;
      node.phrase = phrase;
    }
    this.entries = undefined;
    this.trie = root;
    return root;
  }

  /**
   * The longest phrase that starts at `start` and ends at a word boundary (no letter or digit right
   * after it), or `undefined`.
   */
  longest(text: string, start: number): PhraseMatch<V> | undefined {
    let node: Node<V> | undefined = this.root;
    let best: PhraseMatch<V> | undefined;
    let i = start;
    const n = text.length;
    while (node && i < n) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        node = node.next.get(SPACE);
        while (i < n && isSpace(text.charCodeAt(i))) i++;
      } else {
        node = node.next.get(lowerCode(c));
        i++;
      }
      if (node?.value !== undefined && node.phrase !== undefined) {
        const after = i < n ? text.charCodeAt(i) : 0;
        if (!(isWordChar(after) || isDigit(after)))
          best = { end: i, value: node.value, phrase: node.phrase };
      }
    }
    return best;
  }
}
