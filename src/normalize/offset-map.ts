import type { Span } from "../schema/span.js";

/**
 * One replaced region: `source.slice(srcStart, srcEnd)` became `target.slice(tgtStart, tgtEnd)`.
 * Everything between two edits is copied unchanged, so it maps by a constant shift.
 */
export interface Edit {
  readonly srcStart: number;
  readonly srcEnd: number;
  readonly tgtStart: number;
  readonly tgtEnd: number;
}

/** Which side of an edit an offset inside it snaps to. */
export type Bias = "start" | "end";

/**
 * An alignment between a source string and a target string derived from it by replacements.
 *
 * Offsets are UTF-16 code units. Mapping is O(log n) by binary search over the edits. An offset that
 * falls inside a replaced region snaps outward (a start to the region's start, an end to its end) so
 * that a mapped span always covers at least the text it came from. A deleted region (empty on the
 * target side) is excluded from spans that start or end at it: starts snap past it, ends before it;
 * an inserted region (empty on the source side) likewise maps to an empty span.
 *
 * Regions are kept as recorded: two edits that merely touch (the end of one is the start of the
 * next) stay two regions, so a span that starts right after an edit is not widened over it. Only
 * edits that overlap are merged.
 */
export class OffsetMap {
  /** Parallel arrays, sorted by both coordinates; regions are disjoint (they may touch). */
  private readonly srcStarts: Int32Array;
  private readonly srcEnds: Int32Array;
  private readonly tgtStarts: Int32Array;
  private readonly tgtEnds: Int32Array;

  private constructor(
    srcStarts: Int32Array,
    srcEnds: Int32Array,
    tgtStarts: Int32Array,
    tgtEnds: Int32Array,
    /** Length of the source string. */
    readonly sourceLength: number,
    /** Length of the target string. */
    readonly targetLength: number,
  ) {
    this.srcStarts = srcStarts;
    this.srcEnds = srcEnds;
    this.tgtStarts = tgtStarts;
    this.tgtEnds = tgtEnds;
  }

  /** The map of a string onto itself. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(EMPTY, EMPTY, EMPTY, EMPTY, length, length);
  }

  /**
   * Builds a map from edits sorted by position. Overlapping edits are merged; edits that only touch
   * stay apart (see the class comment).
   */
  static fromEdits(edits: readonly Edit[], sourceLength: number, targetLength: number): OffsetMap {
    const b = new RegionBuffer(edits.length);
    for (const e of edits) b.add(e.srcStart, e.srcEnd, e.tgtStart, e.tgtEnd);
    return b.toMap(sourceLength, targetLength);
  }

  /**
   * Builds a map from parallel arrays of regions (sorted, disjoint; the arrays are kept, not
   * copied). For builders that record regions in typed arrays (see `RegionBuffer`).
   * @internal
   */
  static fromArrays(
    srcStarts: Int32Array,
    srcEnds: Int32Array,
    tgtStarts: Int32Array,
    tgtEnds: Int32Array,
    sourceLength: number,
    targetLength: number,
  ): OffsetMap {
    return new OffsetMap(srcStarts, srcEnds, tgtStarts, tgtEnds, sourceLength, targetLength);
  }

  /** Number of replaced regions. */
  get size(): number {
    return this.srcStarts.length;
  }

  /** True when source and target are identical. */
  get isIdentity(): boolean {
    return this.srcStarts.length === 0 && this.sourceLength === this.targetLength;
  }

  /** The edits as plain objects (for serialisation and tests). */
  edits(): Edit[] {
    const out: Edit[] = [];
    for (let i = 0; i < this.srcStarts.length; i++) {
      out.push({
        srcStart: this.srcStarts[i] as number,
        srcEnd: this.srcEnds[i] as number,
        tgtStart: this.tgtStarts[i] as number,
        tgtEnd: this.tgtEnds[i] as number,
      });
    }
    return out;
  }

  /**
   * The regions as `[srcStart, srcEnd, tgtStart, tgtEnd]` tuples, the JSON form of an alignment.
   */
  toTuples(): [number, number, number, number][] {
    const n = this.srcStarts.length;
    const out: [number, number, number, number][] = new Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = [
        this.srcStarts[i] as number,
        this.srcEnds[i] as number,
        this.tgtStarts[i] as number,
        this.tgtEnds[i] as number,
      ];
    }
    return out;
  }

  /** The four region arrays (read-only views; do not modify). @internal */
  regions(): {
    srcStarts: Int32Array;
    srcEnds: Int32Array;
    tgtStarts: Int32Array;
    tgtEnds: Int32Array;
  } {
    return {
      srcStarts: this.srcStarts,
      srcEnds: this.srcEnds,
      tgtStarts: this.tgtStarts,
      tgtEnds: this.tgtEnds,
    };
  }

  /** Maps an offset in the target back to the source. */
  toSource(offset: number, bias: Bias = "start"): number {
    return mapOffset(
      offset,
      bias,
      this.tgtStarts,
      this.tgtEnds,
      this.srcStarts,
      this.srcEnds,
      this.sourceLength,
    );
  }

  /** Maps an offset in the source forward to the target. */
  toTarget(offset: number, bias: Bias = "start"): number {
    return mapOffset(
      offset,
      bias,
      this.srcStarts,
      this.srcEnds,
      this.tgtStarts,
      this.tgtEnds,
      this.targetLength,
    );
  }

  /** Maps a target span back to the smallest source span that produced it. */
  spanToSource(span: Span): Span {
    const start = this.toSource(span.start, "start");
    const end = span.end === span.start ? start : this.toSource(span.end, "end");
    return { start, end: Math.max(start, end) };
  }

  /** Maps a source span forward to the target span it became. */
  spanToTarget(span: Span): Span {
    const start = this.toTarget(span.start, "start");
    const end = span.end === span.start ? start : this.toTarget(span.end, "end");
    return { start, end: Math.max(start, end) };
  }

  /**
   * The map from this map's source to `next`'s target, where `next` maps this map's target onward.
   * Regions of the two maps that overlap in the middle text merge into one region, so composition
   * never loses text; regions that only touch stay apart. An empty region (a deletion of this map,
   * an insertion of `next`) joins a region of the other map only when it lies strictly inside it,
   * or when both are empty at the same point.
   */
  compose(next: OffsetMap): OffsetMap {
    if (this.isIdentity) return next;
    if (next.isIdentity) return this;
    const b = next;
    const na = this.size;
    const nb = b.size;
    const out = new RegionBuffer(na + nb);
    const aS = this.tgtStarts;
    const aE = this.tgtEnds;
    const bS = b.srcStarts;
    const bE = b.srcEnds;
    let i = 0;
    let j = 0;
    let deltaA = 0; // target minus source of this map, over the regions passed so far
    let deltaB = 0; // target minus source of next, over the regions passed so far
    const passA = () => {
      deltaA += (aE[i] as number) - (aS[i] as number);
      deltaA -= (this.srcEnds[i] as number) - (this.srcStarts[i] as number);
      i++;
    };
    const passB = () => {
      deltaB += (b.tgtEnds[j] as number) - (b.tgtStarts[j] as number);
      deltaB -= (bE[j] as number) - (bS[j] as number);
      j++;
    };
    while (i < na || j < nb) {
      // The next region in middle-text order; at the same point an empty region comes first (it
      // lies before a region that starts there).
      let takeA: boolean;
      if (i >= na) takeA = false;
      else if (j >= nb) takeA = true;
      else {
        const sa = aS[i] as number;
        const sb = bS[j] as number;
        takeA = sa < sb || (sa === sb && (aE[i] as number) === sa);
      }
      const m1 = takeA ? (aS[i] as number) : (bS[j] as number);
      let m2 = takeA ? (aE[i] as number) : (bE[j] as number);
      const startDeltaA = deltaA;
      const startDeltaB = deltaB;
      let lastFromA = takeA;
      if (takeA) passA();
      else passB();
      // Grow the cluster while a region of either map overlaps it.
      for (;;) {
        if (i < na && joins(aS[i] as number, aE[i] as number, m1, m2, !lastFromA)) {
          m2 = Math.max(m2, aE[i] as number);
          lastFromA = true;
          passA();
          continue;
        }
        if (j < nb && joins(bS[j] as number, bE[j] as number, m1, m2, lastFromA)) {
          m2 = Math.max(m2, bE[j] as number);
          lastFromA = false;
          passB();
          continue;
        }
        break;
      }
      out.add(m1 - startDeltaA, m2 - deltaA, m1 + startDeltaB, m2 + deltaB);
    }
    return out.toMap(this.sourceLength, b.targetLength);
  }
}

const EMPTY = new Int32Array(0);

/**
 * Whether a region `[s, e)` of the middle text joins a cluster `[m1, m2)`: it overlaps it, or it is
 * empty and lies strictly inside it, or both are empty at the same point and the region comes from
 * the other map (two deletions of one map at one point stay two regions).
 */
function joins(s: number, e: number, m1: number, m2: number, otherMap: boolean): boolean {
  if (m1 === m2) return otherMap && s === m1 && e === s;
  if (s === e) return s > m1 && s < m2;
  return s < m2;
}

/**
 * A growable list of regions in typed arrays, in order; overlapping regions are merged as they are
 * added. `toMap` hands the arrays to an `OffsetMap` without copying objects.
 * @internal
 */
export class RegionBuffer {
  private srcStarts: Int32Array;
  private srcEnds: Int32Array;
  private tgtStarts: Int32Array;
  private tgtEnds: Int32Array;
  /** Number of regions. */
  length = 0;

  constructor(capacity = 16) {
    const c = Math.max(4, capacity);
    this.srcStarts = new Int32Array(c);
    this.srcEnds = new Int32Array(c);
    this.tgtStarts = new Int32Array(c);
    this.tgtEnds = new Int32Array(c);
  }

  /** Adds a region after the ones added so far, merging it with the last one if they overlap. */
  add(srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number): void {
    const n = this.length;
    if (n > 0) {
      const ls = this.srcEnds[n - 1] as number;
      const lt = this.tgtEnds[n - 1] as number;
      if (
        (srcStart < ls && srcEnd > (this.srcStarts[n - 1] as number)) ||
        (tgtStart < lt && tgtEnd > (this.tgtStarts[n - 1] as number))
      ) {
        this.srcEnds[n - 1] = Math.max(ls, srcEnd);
        this.tgtEnds[n - 1] = Math.max(lt, tgtEnd);
        return;
      }
    }
    if (n === this.srcStarts.length) this.grow();
    this.srcStarts[n] = srcStart;
    this.srcEnds[n] = srcEnd;
    this.tgtStarts[n] = tgtStart;
    this.tgtEnds[n] = tgtEnd;
    this.length = n + 1;
  }

  private grow(): void {
    const c = this.srcStarts.length * 2;
    const g = (a: Int32Array) => {
      const b = new Int32Array(c);
      b.set(a);
      return b;
    };
    this.srcStarts = g(this.srcStarts);
    this.srcEnds = g(this.srcEnds);
    this.tgtStarts = g(this.tgtStarts);
    this.tgtEnds = g(this.tgtEnds);
  }

  /** The map of the regions added. */
  toMap(sourceLength: number, targetLength: number): OffsetMap {
    const n = this.length;
    if (n === 0 && sourceLength === targetLength) return OffsetMap.identity(sourceLength);
    return OffsetMap.fromArrays(
      this.srcStarts.subarray(0, n),
      this.srcEnds.subarray(0, n),
      this.tgtStarts.subarray(0, n),
      this.tgtEnds.subarray(0, n),
      sourceLength,
      targetLength,
    );
  }
}

function mapOffset(
  offset: number,
  bias: Bias,
  fromStarts: Int32Array,
  fromEnds: Int32Array,
  toStarts: Int32Array,
  toEnds: Int32Array,
  toLength: number,
): number {
  // Last region whose start is at or before the offset (for an end bias, strictly before, so that an
  // end offset at a region's start stays before the region).
  let lo = 0;
  let hi = fromStarts.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = fromStarts[mid] as number;
    if (s < offset || (s === offset && bias === "start")) {
      k = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  let result: number;
  if (k < 0) {
    result = offset;
  } else {
    const fe = fromEnds[k] as number;
    // Inside the region: snap outward. At or past its end (including an empty region that a start
    // sits on, which is skipped): shift by the region's end.
    result =
      offset < fe
        ? ((bias === "start" ? toStarts[k] : toEnds[k]) as number)
        : (toEnds[k] as number) + (offset - fe);
  }
  return Math.max(0, Math.min(toLength, result));
}
