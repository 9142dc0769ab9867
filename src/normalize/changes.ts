/**
 * The change records of a normalisation, built once every pass has run.
 *
 * Each pass leaves its map (one region per replacement) and the rule of each region. A change's
 * `span` is its region's source side mapped back through the earlier passes; its `textSpan` is the
 * region's target side mapped forward through the later passes, so a deletion stays an empty span
 * where the text was removed. `before` and `after` are read from the input and the output at those
 * spans, so they always agree with them, also when a later pass rewrote what an earlier one put in.
 *
 * Changes of one rule that follow each other on a line, with at most {@link MAX_GAP} characters of
 * unchanged text between them, are one record (a run of repaired words, not one record per letter):
 * NFD and legacy input would otherwise make a record per word or per letter.
 */
import type { Change } from "../schema/normalize.js";
import type { OffsetMap } from "./offset-map.js";
import { RULE_KIND, RULE_NAME } from "./rules.js";
import { mapSpans, type SpanList } from "./spans.js";

/** One pass's output, as `normalize` keeps it: its map and the rule of each region. */
export interface Step {
  map: OffsetMap;
  rules: Uint16Array;
}

/** Unchanged characters that may sit between two changes of one record (a word or two). */
export const MAX_GAP = 32;

/** The changes of one step, in typed arrays: source spans, text spans, rules. */
interface StepChanges {
  src: SpanList;
  txt: SpanList;
  rules: Uint16Array;
  step: number;
}

/**
 * The change records of the steps that turned `source` into `text` (`steps[k]` maps the output of
 * step k-1 to the output of step k), in input order.
 */
export function buildChanges(steps: readonly Step[], source: string, text: string): Change[] {
  const lists: StepChanges[] = [];
  for (let k = 0; k < steps.length; k++) {
    const { map, rules } = steps[k] as Step;
    const r = map.regions();
    const n = r.srcStarts.length;
    if (n === 0) continue;
    const src: SpanList = {
      starts: Int32Array.from(r.srcStarts),
      ends: Int32Array.from(r.srcEnds),
      length: n,
    };
    const txt: SpanList = {
      starts: Int32Array.from(r.tgtStarts),
      ends: Int32Array.from(r.tgtEnds),
      length: n,
    };
    for (let j = k - 1; j >= 0; j--) mapSpans((steps[j] as Step).map, src, true);
    for (let j = k + 1; j < steps.length; j++) mapSpans((steps[j] as Step).map, txt, false);
    lists.push({ src, txt, rules, step: k });
  }
  return mergeRecords(lists, source, text);
}

/**
 * Merges the steps' lists (each sorted by input position) into one list in input order, joining
 * runs of one rule, and builds the records.
 */
function mergeRecords(lists: StepChanges[], source: string, text: string): Change[] {
  const out: Change[] = [];
  const heads = new Int32Array(lists.length);
  // The record being grown.
  let rule = -1;
  let s0 = 0;
  let s1 = 0;
  let t0 = 0;
  let t1 = 0;
  let maxEnd = -1; // furthest input end of the records before the current one
  let maxTextEnd = -1;
  const flush = () => {
    if (rule < 0) return;
    out.push({
      kind: RULE_KIND[rule] as Change["kind"],
      rule: RULE_NAME[rule] as string,
      span: { start: s0, end: s1 },
      textSpan: { start: t0, end: t1 },
      before: source.slice(s0, s1),
      after: text.slice(t0, t1),
    });
  };
  for (;;) {
    // The next change in input order: smallest start, then smallest end, then earliest step.
    let best = -1;
    let bs = 0;
    let be = 0;
    for (let l = 0; l < lists.length; l++) {
      const L = lists[l] as StepChanges;
      const h = heads[l] as number;
      if (h >= L.src.length) continue;
      const s = L.src.starts[h] as number;
      const e = L.src.ends[h] as number;
      if (best < 0 || s < bs || (s === bs && e < be)) {
        best = l;
        bs = s;
        be = e;
      }
    }
    if (best < 0) break;
    const L = lists[best] as StepChanges;
    const h = heads[best] as number;
    heads[best] = h + 1;
    const r = L.rules[h] as number;
    if (r === 0) continue;
    const ts = L.txt.starts[h] as number;
    const te = L.txt.ends[h] as number;
    if (
      r === rule &&
      bs >= s1 &&
      ts >= t1 &&
      maxEnd <= s1 &&
      maxTextEnd <= t1 &&
      sameGap(source, s1, bs, text, t1, ts)
    ) {
      s1 = Math.max(s1, be);
      t1 = Math.max(t1, te);
      continue;
    }
    if (rule >= 0) {
      maxEnd = Math.max(maxEnd, s1);
      maxTextEnd = Math.max(maxTextEnd, t1);
    }
    flush();
    rule = r;
    s0 = bs;
    s1 = be;
    t0 = ts;
    t1 = te;
  }
  flush();
  return out;
}

/**
 * Whether the unchanged text between two changes allows one record: the same characters on both
 * sides, at most {@link MAX_GAP} of them, no line break.
 */
function sameGap(
  source: string,
  a: number,
  b: number,
  text: string,
  c: number,
  d: number,
): boolean {
  const n = b - a;
  if (n !== d - c || n > MAX_GAP) return false;
  for (let i = 0; i < n; i++) {
    const x = source.charCodeAt(a + i);
    if (x !== text.charCodeAt(c + i) || x === 0x0a || x === 0x0d) return false;
  }
  return true;
}
