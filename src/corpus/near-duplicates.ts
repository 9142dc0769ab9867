/**
 * Near-duplicate detection: articles that are the same story re-posted with small edits (a byline
 * cut, a new title, a paragraph dropped, other accents), found by MinHash over word shingles of the
 * folded text and LSH banding, streaming: each article is compared only with the few earlier ones
 * its bands lead to, and groups are kept with a union-find.
 *
 * Memory per article: its id, an optional short title, 2 bytes per signature value (the low 16 bits
 * are enough to tell equal values apart: a false match has probability 1/65536) and the band
 * buckets (see `lsh.ts`).
 */
import type {
  ArticleId,
  DuplicateGroup,
  DuplicateMember,
  DuplicatePair,
} from "../schema/corpus.js";
import { BandIndex } from "./lsh.js";
import { isEmptySignature, minhash } from "./minhash.js";
import { DEFAULT_SHINGLE_SIZE, shingleHashes } from "./shingles.js";

/** Options of {@link NearDuplicateIndex}. */
export interface NearDuplicateOptions {
  /**
   * Least estimated Jaccard similarity of shingles for two articles to be the same story (default
   * 0.5: a re-post with a paragraph dropped and a new title keeps 0.7 or more; unrelated articles
   * of one beat share well under 0.1).
   */
  threshold?: number;
  /** Words per shingle (default 4). */
  shingleSize?: number;
  /** LSH bands (default 32); `bands × rows` values make a signature. */
  bands?: number;
  /** Rows per band (default 4). */
  rows?: number;
}

/** Defaults of {@link NearDuplicateOptions}. */
export const NEAR_DUPLICATE_DEFAULTS: Readonly<Required<NearDuplicateOptions>> = Object.freeze({
  threshold: 0.5,
  shingleSize: DEFAULT_SHINGLE_SIZE,
  bands: 32,
  rows: 4,
});

/** Resolves options against the defaults (out-of-range values fall back to them). */
export function nearDuplicateOptions(o?: NearDuplicateOptions): Required<NearDuplicateOptions> {
  const int = (v: number | undefined, d: number, max: number) =>
    typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= max ? v : d;
  const threshold =
    typeof o?.threshold === "number" && o.threshold > 0 && o.threshold <= 1
      ? o.threshold
      : NEAR_DUPLICATE_DEFAULTS.threshold;
  const bands = int(o?.bands, NEAR_DUPLICATE_DEFAULTS.bands, 256);
  const rows = int(o?.rows, NEAR_DUPLICATE_DEFAULTS.rows, 32);
  return {
    threshold,
    shingleSize: int(o?.shingleSize, NEAR_DUPLICATE_DEFAULTS.shingleSize, 16),
    ...(bands * rows <= 1024
      ? { bands, rows }
      : { bands: NEAR_DUPLICATE_DEFAULTS.bands, rows: NEAR_DUPLICATE_DEFAULTS.rows }),
  };
}

/**
 * The signature of an article's text for a {@link NearDuplicateIndex} with these options: MinHash
 * of its folded word shingles. Computed apart from the index so that workers can compute it.
 */
export function duplicateSignature(text: string, options?: NearDuplicateOptions): Uint32Array {
  const o = nearDuplicateOptions(options);
  return minhash(shingleHashes(text, o.shingleSize), o.bands * o.rows);
}

/** An earlier article that a new one repeats. */
export interface DuplicateMatch {
  readonly index: number;
  readonly id: ArticleId;
  /** Estimated Jaccard similarity. */
  readonly similarity: number;
}

/** Rounds a similarity for output (signatures give multiples of 1/hashes anyway). */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * A streaming near-duplicate index. Add articles in order ({@link add} for text,
 * {@link addSignature} for a signature computed elsewhere); each call returns the earlier articles
 * the new one repeats; {@link groups} gives the groups found so far.
 *
 * @example
 * ```ts
 * const index = new NearDuplicateIndex();
 * for (const a of articles) index.add(a.id, a.text);
 * index.groups(); // [{ group: 1, size: 2, articles: [{ id: "a1", similarity: 1 }, { id: "a7", similarity: 0.86 }] }]
 * ```
 */
export class NearDuplicateIndex {
  readonly options: Readonly<Required<NearDuplicateOptions>>;
  private readonly hashes: number;
  private readonly bandIndex: BandIndex;
  private readonly ids: ArticleId[] = [];
  private readonly titles: (string | undefined)[] = [];
  private signatures: Uint16Array;
  private parent: Int32Array;
  private pairCount = 0;

  constructor(options?: NearDuplicateOptions) {
    this.options = Object.freeze(nearDuplicateOptions(options));
    this.hashes = this.options.bands * this.options.rows;
    this.bandIndex = new BandIndex(this.options.bands, this.options.rows);
    this.signatures = new Uint16Array(this.hashes * 1024);
    this.parent = new Int32Array(1024);
  }

  /** Articles added. */
  get size(): number {
    return this.ids.length;
  }

  /** Near-duplicate pairs found so far. */
  get pairs(): number {
    return this.pairCount;
  }

  /** Approximate bytes held by signatures, buckets and union-find (ids and titles not counted). */
  get bytes(): number {
    return this.signatures.byteLength + this.parent.byteLength + this.bandIndex.bytes;
  }

  /** Adds an article by its text (any form: it is folded before shingling). */
  add(id: ArticleId, text: string, title?: string): DuplicateMatch[] {
    return this.addSignature(id, duplicateSignature(text, this.options), title);
  }

  /**
   * Adds an article by its signature (from {@link duplicateSignature} with the same options).
   * Returns the earlier articles it repeats, most similar first. An article without words is
   * kept (it has an index) but matches nothing.
   */
  addSignature(id: ArticleId, signature: ArrayLike<number>, title?: string): DuplicateMatch[] {
    const index = this.ids.length;
    this.ids.push(id);
    this.titles.push(title);
    this.ensureCapacity(index + 1);
    this.parent[index] = index;
    const h = this.hashes;
    const sig16 = this.signatures;
    const base = index * h;
    for (let i = 0; i < h; i++) sig16[base + i] = ((signature[i] as number) ?? 0xffffffff) & 0xffff;
    if (signature.length < h || isEmptySignature(signature)) return [];
    const matches: DuplicateMatch[] = [];
    for (const other of this.bandIndex.query(signature, index)) {
      const similarity = this.similarity(index, other);
      if (similarity < this.options.threshold) continue;
      matches.push({
        index: other,
        id: this.ids[other] as ArticleId,
        similarity: round(similarity),
      });
      this.union(index, other);
    }
    this.pairCount += matches.length;
    return matches.sort((a, b) => b.similarity - a.similarity || a.index - b.index);
  }

  /** Estimated Jaccard similarity of two added articles. */
  similarity(a: number, b: number): number {
    const h = this.hashes;
    const s = this.signatures;
    let same = 0;
    let emptyA = true;
    for (let i = 0; i < h; i++) {
      const x = s[a * h + i] as number;
      if (x !== 0xffff) emptyA = false;
      if (x === s[b * h + i]) same++;
    }
    return emptyA ? 0 : same / h;
  }

  /** The groups found so far, each in input order, groups in order of their first article. */
  groups(): DuplicateGroup[] {
    const n = this.ids.length;
    const members = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const root = this.find(i);
      const list = members.get(root);
      if (list) list.push(i);
      else members.set(root, [i]);
    }
    const lists = [...members.values()].filter((l) => l.length > 1);
    lists.sort((a, b) => (a[0] as number) - (b[0] as number));
    return lists.map((list, g) => {
      const first = list[0] as number;
      const articles: DuplicateMember[] = list.map((i) => {
        const title = this.titles[i];
        return {
          id: this.ids[i] as ArticleId,
          index: i,
          similarity: i === first ? 1 : round(this.similarity(first, i)),
          ...(title !== undefined ? { title } : {}),
        };
      });
      return { group: g + 1, size: list.length, articles };
    });
  }

  /** The group number (from 1, as in {@link groups}) of every article; 0 for articles alone. */
  groupOfEach(): Int32Array {
    const out = new Int32Array(this.ids.length);
    this.groups().forEach((g) => {
      for (const a of g.articles) out[a.index] = g.group;
    });
    return out;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.parent.length) return;
    let cap = this.parent.length;
    while (cap < n) cap *= 2;
    const parent = new Int32Array(cap);
    parent.set(this.parent);
    this.parent = parent;
    const sigs = new Uint16Array(cap * this.hashes);
    sigs.set(this.signatures);
    this.signatures = sigs;
  }

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    // Path compression.
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x] as number;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }

  /** Joins two groups; the root is the earlier article, so a group's root is its first member. */
  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}

/** An article for {@link findNearDuplicates}. */
export type DuplicateInput =
  | string
  | { readonly id?: ArticleId; readonly text: string; readonly title?: string };

/** What {@link findNearDuplicates} returns. */
export interface NearDuplicatesResult {
  groups: DuplicateGroup[];
  /** Every pair found, in the order found (the later article first). */
  pairs: DuplicatePair[];
}

/**
 * Groups of near-duplicate articles among `articles` (strings, or `{ id, text }`; a string's id is
 * its position). Streaming: articles are read once, each compared only with the candidates its LSH
 * bands give.
 */
export function findNearDuplicates(
  articles: Iterable<DuplicateInput>,
  options?: NearDuplicateOptions,
): NearDuplicatesResult {
  const index = new NearDuplicateIndex(options);
  const pairs: DuplicatePair[] = [];
  let i = 0;
  for (const a of articles) {
    const text = typeof a === "string" ? a : typeof a?.text === "string" ? a.text : "";
    const id: ArticleId = typeof a === "string" ? i : (a?.id ?? i);
    const title = typeof a === "string" ? undefined : a?.title;
    for (const m of index.add(id, text, title)) {
      pairs.push({
        id,
        index: i,
        duplicateOf: m.id,
        duplicateOfIndex: m.index,
        similarity: m.similarity,
      });
    }
    i++;
  }
  return { groups: index.groups(), pairs };
}
