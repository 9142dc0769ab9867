/**
 * LSH banding over MinHash signatures: a signature of `bands × rows` values is cut into bands; two
 * articles become candidates when all the rows of some band agree, which happens with probability
 * `1 - (1 - J^rows)^bands` for Jaccard similarity J (an S-curve, steep around
 * `(1 / bands)^(1 / rows)`). No pair of articles is ever compared unless a band brings them
 * together.
 *
 * Each bucket keeps only the first article that fell into it: a later article is compared with
 * that one, at most `bands` comparisons per article however large a bucket grows (boilerplate text
 * shared by thousands of articles cannot make the work quadratic). Articles of one story are
 * similar to each other, so the first of them is the one to compare with.
 *
 * Buckets live in one open-addressing hash table of typed arrays (a 32-bit key per band and bucket,
 * the article's index), about 16 bytes per article and band at the load kept: 512 MB for a million
 * articles at 32 bands.
 */
import { mix32 } from "./shingles.js";

/** Empty slot marker in the value array (values are article index + 1). */
const EMPTY = 0;

export class BandIndex {
  private keys: Uint32Array;
  private values: Int32Array;
  private used = 0;

  constructor(
    /** Bands per signature. */
    readonly bands: number,
    /** Signature values per band. */
    readonly rows: number,
    initialCapacity = 1 << 16,
  ) {
    let cap = 1024;
    while (cap < initialCapacity) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap);
  }

  /** Number of buckets in use. */
  get buckets(): number {
    return this.used;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  /** The bucket key of band `b` of a signature: its rows hashed with the band number. */
  bandKey(sig: ArrayLike<number>, b: number): number {
    let h = mix32(b + 0x51ed270b);
    const from = b * this.rows;
    for (let r = 0; r < this.rows; r++) {
      h = mix32((h ^ ((sig[from + r] as number) >>> 0)) + r);
    }
    return h;
  }

  /**
   * Looks up every band of `sig` and files `index` in each bucket that was empty. Returns the
   * articles found in the other buckets (each once, in band order): the candidates to verify.
   */
  query(sig: ArrayLike<number>, index: number): number[] {
    const found: number[] = [];
    for (let b = 0; b < this.bands; b++) {
      const key = this.bandKey(sig, b);
      const other = this.findOrInsert(key, index);
      if (other >= 0 && other !== index && !found.includes(other)) found.push(other);
    }
    return found;
  }

  /** The article in the bucket `key`, or -1 after filing `index` there. */
  private findOrInsert(key: number, index: number): number {
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = mix32(key) & mask;
    for (;;) {
      const v = this.values[slot] as number;
      if (v === EMPTY) {
        this.keys[slot] = key;
        this.values[slot] = index + 1;
        this.used++;
        return -1;
      }
      if (this.keys[slot] === key) return v - 1;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.values = new Int32Array(oldValues.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const v = oldValues[i] as number;
      if (v === EMPTY) continue;
      const key = oldKeys[i] as number;
      let slot = mix32(key) & mask;
      while (this.values[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = v;
    }
  }
}
