/**
 * MinHash signatures: for each of `hashes` independent permutations of 32-bit shingle hashes, the
 * smallest permuted value. Two signatures agree in a position with probability equal to the
 * Jaccard similarity of the two shingle sets, so the share of equal positions estimates it.
 *
 * The permutations are `mix32(x ^ seed_i)` (murmur3's finaliser is a bijection), with seeds from a
 * fixed splitmix32 sequence: the same text gives the same signature on every machine and run.
 */
import { mix32 } from "./shingles.js";

/** Permutations per signature by default (standard error of the estimate about 0.04 at J = 0.5). */
export const DEFAULT_HASHES = 128;

/** `count` seeds from splitmix32 started at a fixed value. */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = 0x2545f491;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return out;
}

/** Most permutations a signature may use. */
export const MAX_HASHES = 1024;

/** Seeds are a prefix of one fixed sequence, computed once (frozen data, not state). */
const SEEDS: Readonly<Uint32Array> = seeds(MAX_HASHES);

/**
 * The MinHash signature of a set of shingle hashes. An empty set gives a signature of all
 * `0xffffffff`, which {@link estimateJaccard} never counts as similar to anything.
 */
export function minhash(shingles: Uint32Array, hashes = DEFAULT_HASHES): Uint32Array {
  const h = Math.min(MAX_HASHES, Math.max(1, Math.floor(hashes)));
  const s = SEEDS;
  const sig = new Uint32Array(h).fill(0xffffffff);
  const n = shingles.length;
  for (let i = 0; i < h; i++) {
    const seed = s[i] as number;
    let min = 0xffffffff;
    for (let j = 0; j < n; j++) {
      const v = mix32((shingles[j] as number) ^ seed);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** Whether a signature comes from an empty shingle set. */
export function isEmptySignature(sig: ArrayLike<number>): boolean {
  for (let i = 0; i < sig.length; i++) if (sig[i] !== 0xffffffff) return false;
  return true;
}

/** The share of positions where two signatures agree: the estimated Jaccard similarity. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
