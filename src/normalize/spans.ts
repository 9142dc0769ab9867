/**
 * Mapping many spans at once through the maps of the passes: the spans of one pass are sorted, so
 * each map is walked once with a pointer instead of a binary search per span (the changes of NFD or
 * legacy text number one per word).
 */
import type { OffsetMap } from "./offset-map.js";

/** Spans in parallel arrays: `starts[i]`..`ends[i]`, sorted by start. */
export interface SpanList {
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

/**
 * Maps every span of `list` (sorted by start and by end) through `map`, in place: `back` from the
 * map's target to its source, else forward. Same results as `spanToSource`/`spanToTarget` span by
 * span: a start snaps to the start of a region it falls in, an end to the end, and an empty span
 * stays empty at its start.
 */
export function mapSpans(map: OffsetMap, list: SpanList, back: boolean): void {
  const r = map.regions();
  const fromS = back ? r.tgtStarts : r.srcStarts;
  const fromE = back ? r.tgtEnds : r.srcEnds;
  const toS = back ? r.srcStarts : r.tgtStarts;
  const toE = back ? r.srcEnds : r.tgtEnds;
  const toLength = back ? map.sourceLength : map.targetLength;
  const m = fromS.length;
  const { starts, ends, length } = list;
  let ks = -1; // last region with fromS <= start
  let ke = -1; // last region with fromS < end
  for (let i = 0; i < length; i++) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    while (ks + 1 < m && (fromS[ks + 1] as number) <= s) ks++;
    while (ks >= 0 && (fromS[ks] as number) > s) ks--; // (unsorted input: step back)
    let ns: number;
    if (ks < 0) ns = s;
    else {
      const fe = fromE[ks] as number;
      ns = s < fe ? (toS[ks] as number) : (toE[ks] as number) + (s - fe);
    }
    ns = Math.max(0, Math.min(ns, toLength));
    let ne: number;
    if (e === s) ne = ns;
    else {
      while (ke + 1 < m && (fromS[ke + 1] as number) < e) ke++;
      while (ke >= 0 && (fromS[ke] as number) >= e) ke--;
      if (ke < 0) ne = e;
      else {
        const fe = fromE[ke] as number;
        ne = e < fe ? (toE[ke] as number) : (toE[ke] as number) + (e - fe);
      }
      ne = Math.max(ns, Math.min(ne, toLength));
    }
    starts[i] = ns;
    ends[i] = ne;
  }
}
