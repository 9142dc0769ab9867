/**
 * One pass over the text that finds where phrases can start.
 *
 * Running ~30 patterns over every position of a text is what makes naive rule engines slow. Here a
 * single hand-written loop visits each character once, and at the start of each word or figure
 * looks up its lower-cased form in an index of trigger words (`#` stands for any figure); only the
 * parsers registered for that word try their (sticky) pattern there.
 */

/** The key figures are indexed under. */
export const FIGURE = "#";

/** Letters of Vietnamese and Latin text, and combining marks (for NFD input). */
export function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

/** ASCII digits. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Lower case of a UTF-16 code unit, for the letters trigger words use (others map to 0). */
const LOWER = (() => {
  const t = new Uint16Array(0x2000);
  for (let c = 0; c < t.length; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    t[c] = lower.length === 1 ? lower.charCodeAt(0) : 0;
  }
  return t;
})();

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  items?: T[];
}

/**
 * An index from trigger words to the things (parsers) that start with them: a trie over lower-cased
 * code units, so that looking a word up while scanning allocates nothing.
 */
export class TriggerIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private readonly figures: T[] = [];

  constructor(entries: Iterable<[readonly string[], T]>) {
    for (const [words, item] of entries) {
      for (const raw of words) {
        const w = raw.toLowerCase();
        if (w === FIGURE) {
          if (!this.figures.includes(item)) this.figures.push(item);
          continue;
        }
        let node = this.root;
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          let child = node.next.get(c);
          if (!child) {
            child = { next: new Map() };
            node.next.set(c, child);
          }
          node = child;
        }
        node.items ??= [];
        if (!node.items.includes(item)) node.items.push(item);
      }
    }
  }

  /**
   * Calls `visit(start, items)` for each word or figure of `text` that some item is registered
   * for, in text order.
   */
  scan(text: string, visit: (start: number, items: readonly T[]) => void): void {
    const figures = this.figures.length > 0 ? this.figures : undefined;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        if (figures) visit(i, figures);
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        continue;
      }
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      // A word: walk the trie while reading it, then skip to its end.
      const start = i;
      let node: TrieNode<T> | undefined = this.root;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isWordChar(d)) break;
        if (node) node = node.next.get(d < 0x2000 ? (LOWER[d] ?? d) : d);
        i++;
      }
      if (node?.items) visit(start, node.items);
    }
  }
}

/** The first word of each phrase, lower-cased: the triggers of a lexicon table. */
export function firstWords(phrases: Iterable<string>): string[] {
  return [...new Set([...phrases].map((p) => (p.trim().split(/\s+/)[0] ?? "").toLowerCase()))];
}

/** Words a spelled-out number can start with (`mười`, `hai`, `ba`...). */
export const NUMBER_STARTS: readonly string[] = Object.freeze([
  "một",
  "hai",
  "ba",
  "bốn",
  "năm",
  "sáu",
  "bảy",
  "bẩy",
  "tám",
  "chín",
  "mười",
]);

/** The lower-cased word that starts after the spaces at `i` (empty if none). */
export function nextWord(text: string, i: number): string {
  let j = i;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j++;
  let k = j;
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  return text.slice(j, k).toLowerCase();
}

/** Figure followed directly (or after one space) by one of `chars`. */
export function followedByChar(chars: string): (text: string, end: number) => boolean {
  return (text, end) => {
    const c = text[end] ?? "";
    if (chars.includes(c)) return true;
    return c === " " && chars.includes(text[end + 1] ?? "");
  };
}

/** Figure followed by one of `words` (lower-cased). */
export function followedByWord(words: Iterable<string>): (text: string, end: number) => boolean {
  const set = new Set([...words].map((w) => w.toLowerCase()));
  return (text, end) => set.has(nextWord(text, end));
}

/** Either test. */
export function either(
  ...tests: ((text: string, end: number) => boolean)[]
): (text: string, end: number) => boolean {
  return (text, end) => tests.some((t) => t(text, end));
}
