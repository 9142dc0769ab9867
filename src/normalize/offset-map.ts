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
 * target side) is excluded from spans that start or end at it: starts snap past it, ends before it.
 */
export class OffsetMap {
  /** Parallel arrays, sorted by both coordinates; regions are disjoint. */
  private readonly srcStarts: Int32Array;
  private readonly srcEnds: Int32Array;
  private readonly tgtStarts: Int32Array;
  private readonly tgtEnds: Int32Array;

  private constructor(
    edits: readonly Edit[],
    /** Length of the source string. */
    readonly sourceLength: number,
    /** Length of the target string. */
    readonly targetLength: number,
  ) {
    const n = edits.length;
    this.srcStarts = new Int32Array(n);
    this.srcEnds = new Int32Array(n);
    this.tgtStarts = new Int32Array(n);
    this.tgtEnds = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const e = edits[i] as Edit;
      this.srcStarts[i] = e.srcStart;
      this.srcEnds[i] = e.srcEnd;
      this.tgtStarts[i] = e.tgtStart;
      this.tgtEnds[i] = e.tgtEnd;
    }
  }

  /** The map of a string onto itself. */
  static identity(length: number): OffsetMap {
    return new OffsetMap([], length, length);
  }

  /**
   * Builds a map from edits sorted by position. Adjacent or overlapping edits are merged, so callers
   * may record edits at any granularity.
   */
  static fromEdits(edits: readonly Edit[], sourceLength: number, targetLength: number): OffsetMap {
    const merged: Edit[] = [];
    for (const e of edits) {
      const last = merged[merged.length - 1];
      if (last && e.srcStart <= last.srcEnd && e.tgtStart <= last.tgtEnd) {
        merged[merged.length - 1] = {
          srcStart: last.srcStart,
          srcEnd: Math.max(last.srcEnd, e.srcEnd),
          tgtStart: last.tgtStart,
          tgtEnd: Math.max(last.tgtEnd, e.tgtEnd),
        };
      } else {
        merged.push(e);
      }
    }
    return new OffsetMap(merged, sourceLength, targetLength);
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
   * Overlapping regions of the two maps merge into one region, so composition never loses text.
   */
  compose(next: OffsetMap): OffsetMap {
    if (this.isIdentity) return next;
    if (next.isIdentity) return this;
    const b = next;
    const out: Edit[] = [];
    let i = 0;
    let j = 0;
    let deltaA = 0; // target minus source of this map, over the regions passed so far
    let deltaB = 0; // target minus source of next, over the regions passed so far
    const na = this.size;
    const nb = b.size;
    while (i < na || j < nb) {
      // Start a cluster at the earliest region of either map.
      const aStart = i < na ? (this.tgtStarts[i] as number) : Number.POSITIVE_INFINITY;
      const bStart = j < nb ? (b.srcStarts[j] as number) : Number.POSITIVE_INFINITY;
      const m1 = Math.min(aStart, bStart);
      let m2 = m1;
      const startDeltaA = deltaA;
      const startDeltaB = deltaB;
      // Grow the cluster while a region of either map starts at or before its end.
      for (;;) {
        if (i < na && (this.tgtStarts[i] as number) <= m2) {
          m2 = Math.max(m2, this.tgtEnds[i] as number);
          deltaA += (this.tgtEnds[i] as number) - (this.tgtStarts[i] as number);
          deltaA -= (this.srcEnds[i] as number) - (this.srcStarts[i] as number);
          i++;
          continue;
        }
        if (j < nb && (b.srcStarts[j] as number) <= m2) {
          m2 = Math.max(m2, b.srcEnds[j] as number);
          deltaB += (b.tgtEnds[j] as number) - (b.tgtStarts[j] as number);
          deltaB -= (b.srcEnds[j] as number) - (b.srcStarts[j] as number);
          j++;
          continue;
        }
        break;
      }
      out.push({
        srcStart: m1 - startDeltaA,
        srcEnd: m2 - deltaA,
        tgtStart: m1 + startDeltaB,
        tgtEnd: m2 + deltaB,
      });
    }
    return new OffsetMap(out, this.sourceLength, b.targetLength);
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
