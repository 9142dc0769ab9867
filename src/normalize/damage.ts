/**
 * Damage records: collected from `decode` and from the passes (each list in input order), without
 * repeats, and with runs joined so that junk input gives a short list.
 *
 * A U+FFFD that `decode` put in is reported by `decode`; the invisible pass, which reports every
 * U+FFFD it sees, would report it again: a record covered by an earlier one is dropped, one that
 * overlaps it keeps only its rest, so the list never overlaps. Records of
 * one kind that touch (the end of one is the start of the next: a run of U+FFFD, of lone
 * surrogates, of controls) become one record that says how many places it covers, so a run of junk
 * is one record, not one per character. Records with anything between them stay apart: two lone
 * surrogates in two words are two places to look at. Lost bytes keep a record each: each names its
 * own candidates.
 */
import type { Damage } from "../schema/normalize.js";

type Kind = Damage["kind"];

/**
 * What a record of `count` places of a kind says. Every kind that runs join is one code unit per
 * place (a U+FFFD, a lone surrogate), so a record's count is its span's length.
 */
function message(kind: Kind, count: number, single: string): string {
  if (count === 1) return single;
  switch (kind) {
    case "undecodable":
      return `${count} places in this span held bytes that are not valid in the detected encoding`;
    case "replacement-char":
      return `${count} U+FFFD in this span: characters were lost before bantin saw the text`;
    case "lone-surrogate":
      return `${count} lone surrogates in this span, kept as they are`;
    default:
      return single;
  }
}

/**
 * One list of damage in input order from lists that are each in input order (earlier lists win
 * when a record of a later one lies inside one of theirs), with runs joined (see the module
 * comment).
 */
export function mergeDamage(lists: readonly (readonly Damage[])[]): Damage[] {
  const heads = lists.map(() => 0);
  const out: Damage[] = [];
  let coverEnd = -1; // furthest end of the records kept so far
  for (;;) {
    let best = -1;
    let bs = 0;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l] as readonly Damage[];
      const h = heads[l] as number;
      if (h >= list.length) continue;
      const s = (list[h] as Damage).span.start;
      if (best < 0 || s < bs) {
        best = l;
        bs = s;
      }
    }
    if (best < 0) break;
    const d = (lists[best] as readonly Damage[])[heads[best] as number] as Damage;
    heads[best] = (heads[best] as number) + 1;
    let start = d.span.start;
    const end = d.span.end;
    const last = out[out.length - 1];
    if (start < coverEnd && end > start) {
      // Overlaps what is reported already (the invisible pass sees the U+FFFD decode put in; a
      // span mapped back through the passes can widen): one kind joins, another keeps its rest.
      if (last !== undefined && last.kind === d.kind && d.kind !== "lost-bytes") {
        if (end > last.span.end) {
          out[out.length - 1] = {
            kind: last.kind,
            span: { start: last.span.start, end },
            message: message(last.kind, end - last.span.start, d.message),
          };
          coverEnd = end;
        }
        continue;
      }
      if (end <= coverEnd) continue;
      start = coverEnd;
    }
    if (
      last !== undefined &&
      last.kind === d.kind &&
      d.kind !== "lost-bytes" &&
      start === last.span.end
    ) {
      out[out.length - 1] = {
        kind: last.kind,
        span: { start: last.span.start, end },
        message: message(last.kind, end - last.span.start, d.message),
      };
    } else {
      out.push({
        kind: d.kind,
        span: { start, end },
        message: start === d.span.start ? d.message : message(d.kind, end - start, d.message),
      });
    }
    if (end > coverEnd) coverEnd = end;
  }
  return out;
}

/**
 * A list of damage in the making, joining runs as records come in (same rule as
 * {@link mergeDamage}), so that junk input never holds a record per character.
 */
export class DamageRuns<T extends { kind: Kind; start: number; end: number; message: string }> {
  readonly list: T[] = [];

  /** Adds a record after the ones added so far. */
  add(d: T): void {
    const last = this.list[this.list.length - 1];
    if (
      last !== undefined &&
      last.kind === d.kind &&
      d.kind !== "lost-bytes" &&
      d.start === last.end
    ) {
      last.end = d.end;
      last.message = message(d.kind, d.end - last.start, d.message);
      return;
    }
    this.list.push(d);
  }
}
