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

/**
 * Lower case of a UTF-16 code unit, for the letters trigger words use (others map to 0). Built on
 * first scan, not at import.
 */
let lowerTable: Uint16Array | undefined;
const lowerCodes = (): Uint16Array => (lowerTable ??= buildLower());
function buildLower(): Uint16Array {
  const t = new Uint16Array(0x2000);
  for (let c = 0; c < t.length; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    t[c] = lower.length === 1 ? lower.charCodeAt(0) : 0;
  }
  return t;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  /** Length of the word this node ends. */
  depth: number;
  items?: T[];
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** Character classes of the first code units, read from a table in the scanning loop (built once). */
let classTable: Uint8Array | undefined;
function classes(): Uint8Array {
  if (classTable) return classTable;
  const t = new Uint8Array(0x2000);
  for (let c = 0; c < t.length; c++) t[c] = isDigit(c) ? DIGIT : isWordChar(c) ? LETTER : OTHER;
  classTable = t;
  return t;
}

/**
 * An index from trigger words to the things (parsers) that start with them: a trie over lower-cased
 * code units, so that looking a word up while scanning allocates nothing.
 */
export class TriggerIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), depth: 0 };
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
            child = { next: new Map(), depth: i + 1 };
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
   * Calls `visit(start, items, figureEnd)` for each word or figure of `text` that some item is
   * registered for, in text order; `figureEnd` is where a figure's digits stop (-1 for a word).
   */
  scan(text: string, visit: (start: number, items: readonly T[], figureEnd: number) => void): void {
    const figures = this.figures.length > 0 ? this.figures : undefined;
    const root = this.root.next;
    const CLASS = classes();
    const LOWER = lowerCodes();
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = c < CLASS.length ? (CLASS[c] as number) : 0;
      if (cls === DIGIT) {
        const start = i;
        i++;
        while (i < n && (text.charCodeAt(i) - 48) >>> 0 < 10) i++;
        if (figures) visit(start, figures, i);
        continue;
      }
      if (cls !== LETTER) {
        i++;
        continue;
      }
      // A word: walk the trie while reading it, then skip to its end.
      const start = i;
      let node: TrieNode<T> | undefined = root.get(LOWER[c] as number);
      i++;
      while (node !== undefined && i < n) {
        const d = text.charCodeAt(i);
        if ((d < CLASS.length ? CLASS[d] : 0) !== LETTER) break;
        node = node.next.get(d < LOWER.length ? (LOWER[d] as number) : d);
        i++;
      }
      while (i < n) {
        const d = text.charCodeAt(i);
        if ((d < CLASS.length ? CLASS[d] : 0) !== LETTER) break;
        i++;
      }
      if (node?.items && i === start + node.depth) visit(start, node.items, -1);
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
