import { decode } from "../decode/decode.js";
import type {
  Change,
  Damage,
  EncodingInfo,
  EncodingName,
  NormalizeResult,
} from "../schema/normalize.js";
import type { Span } from "../schema/span.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import {
  F_BREAK,
  F_DAMAGE,
  F_INVISIBLE,
  F_LEGACY,
  F_LOOKALIKE,
  F_PUNCT_ASCII,
  F_PUNCT_TIDY,
  F_SPACE,
} from "./char-class.js";
import { withHidden } from "./hidden.js";
import { type Bias, OffsetMap } from "./offset-map.js";
import { type NormalizeOptions, resolveNormalizeOptions } from "./options.js";
import type { Pass } from "./pass.js";
import { invisiblePass } from "./passes/invisible.js";
import { legacyPass } from "./passes/legacy.js";
import { lookalikePass } from "./passes/lookalike.js";
import { mojibakePass } from "./passes/mojibake.js";
import { nfcPass } from "./passes/nfc.js";
import { punctuationPass } from "./passes/punctuation.js";
import { punctuationSpacePass } from "./passes/punctuation-space.js";
import { tonePass } from "./passes/tone.js";
import { whitespacePass } from "./passes/whitespace.js";
import { S_LEGACY_SEQ, S_MOJIBAKE_SEQ, S_SPACE_SEQ, scanFlags } from "./scan.js";

/** Rounds of the pipeline at most (see `normalize`): real text settles in one or two. */
const MAX_ROUNDS = 3;
const ENCODING_PASSES = new Set(["mojibake", "legacy"]);
const REVEALING_PASSES = new Set(["invisible", "lookalike", "nfc", "whitespace"]);

/** A pass with the scan flags that wake it up. */
const withTriggers = (pass: Pass, triggers: NonNullable<Pass["triggers"]>): Pass =>
  Object.freeze({ ...pass, triggers });

/**
 * The passes, in the order they run. Order matters: encodings are repaired first (a TCVN3 `ư` is a
 * soft hyphen, which the invisible pass would delete), invisible characters go before words are read,
 * look-alikes are replaced before Unicode is composed (a Cyrillic `с` with an acute becomes `ć`),
 * tone marks are placed on composed text, and whitespace comes last.
 */
export const PASSES: readonly Pass[] = Object.freeze([
  withTriggers(mojibakePass, F_LEGACY | S_MOJIBAKE_SEQ),
  withTriggers(legacyPass, F_LEGACY | S_LEGACY_SEQ),
  withTriggers(invisiblePass, F_INVISIBLE | F_DAMAGE),
  withTriggers(lookalikePass, F_LOOKALIKE),
  nfcPass,
  tonePass,
  withTriggers(punctuationPass, (o) =>
    o.dashes === "ascii" || o.quotes === "ascii" ? F_PUNCT_TIDY | F_PUNCT_ASCII : F_PUNCT_TIDY,
  ),
  withTriggers(whitespacePass, F_SPACE | F_BREAK | S_SPACE_SEQ),
  punctuationSpacePass,
]);

/** A normalisation result: the JSON-ready fields plus functions that map offsets back to the input. */
export interface Normalized extends NormalizeResult {
  /** The string that spans point into: the input itself, or the decoded text for bytes input. */
  readonly source: string;
  /** The alignment between `source` and `text`. */
  readonly map: OffsetMap;
  /** Maps an offset of `text` to the input. */
  toInput(offset: number, bias?: Bias): number;
  /** Maps a span of `text` to the input span it came from. */
  spanToInput(span: Span): Span;
  /** Maps an offset of the input forward into `text`. */
  toText(offset: number, bias?: Bias): number;
}

/**
 * Normalises Vietnamese text: Unicode NFC, one tone-mark style, legacy encodings and mojibake
 * repaired, look-alike characters fixed, every change recorded and every offset mappable back.
 *
 * Never throws on any string or byte array; bytes of unknown encoding go through {@link decode}.
 *
 * @example
 * ```ts
 * const n = normalize("Quận uỷ");
 * n.text; // "Quận ủy"
 * n.spanToInput({ start: 5, end: 7 }); // { start: 5, end: 7 }
 * ```
 */
export function normalize(input: string | Uint8Array, options?: NormalizeOptions): Normalized {
  const resolved = resolveNormalizeOptions(options);
  let source: string;
  let encoding: EncodingInfo;
  const damage: Damage[] = [];
  if (typeof input === "string") {
    source = input;
    encoding = { name: "unicode", confidence: 1, repaired: [] };
  } else {
    const decoded = decode(input);
    source = decoded.text;
    encoding = { name: decoded.encoding, confidence: decoded.confidence, repaired: [] };
    damage.push(...decoded.damage);
  }

  let text = source;
  let total = OffsetMap.identity(source.length);
  // The maps of the passes that changed something. Changes are mapped through them one by one:
  // the composed map merges regions that touch, which in text where nearly every character changes
  // (binary junk) makes one region of everything, and every change's span would be all of it.
  const steps: OffsetMap[] = [];
  const toSource = (span: Span): Span => {
    let sp = span;
    for (let k = steps.length - 1; k >= 0; k--) sp = (steps[k] as OffsetMap).spanToSource(sp);
    return sp;
  };
  const damageSeen = new Set<string>();
  const pending: Pending[] = [];
  // Text repaired from a legacy encoding goes round once more: a repair can show what the rest of
  // its line is (a word left alone next to mojibake), and the output must be a fixed point
  // (normalising it again changes nothing). Clean text goes round once.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let repairedThisRound = false;
    // The scan also finds the words the tone pass must look at; valid while the text is unchanged.
    let toneWords: number[] | undefined = [];
    let spaceSpots: number[] | undefined = [];
    let flags = scanFlags(text, resolved.tone, toneWords, spaceSpots);
    for (let passIndex = 0; passIndex < PASSES.length; passIndex++) {
      const pass = PASSES[passIndex] as Pass;
      if (!pass.enabled(resolved)) continue;
      const triggers =
        typeof pass.triggers === "function" ? pass.triggers(resolved) : pass.triggers;
      if (triggers !== undefined && (flags & triggers) === 0) continue;
      // `flags` stays a superset of what the text holds: passes that do not rescan only tidy.
      const out = pass.run(
        text,
        resolved,
        toneWords === undefined || spaceSpots === undefined
          ? { flags }
          : { toneWords, spaceSpots, flags },
      );
      if (out.text !== text) {
        // Repairs of encodings and controls can bring in anything; later passes only tidy.
        if (triggers !== undefined && triggers & (F_LEGACY | F_INVISIBLE))
          flags = scanFlags(out.text);
        toneWords = undefined;
        spaceSpots = undefined;
        // Another round when an encoding was repaired, or when a removed control or look-alike
        // may have hidden one (a soft hyphen inside TCVN3 text).
        if (ENCODING_PASSES.has(pass.name)) repairedThisRound = true;
        else if (
          REVEALING_PASSES.has(pass.name) &&
          flags & (F_LEGACY | S_LEGACY_SEQ | S_MOJIBAKE_SEQ)
        )
          repairedThisRound = true;
      }
      for (const c of out.changes) {
        pending.push({
          kind: c.kind,
          rule: c.rule,
          span: toSource({ start: c.start, end: c.end }),
          after: c.after,
          pass: round * PASSES.length + passIndex,
        });
      }
      for (const d of out.damage ?? []) {
        const span = toSource({ start: d.start, end: d.end });
        // A U+FFFD put in by an earlier pass is already reported there.
        const key = `${span.start}:${span.end}`;
        if (damageSeen.has(key)) continue;
        damageSeen.add(key);
        damage.push({ kind: d.kind, span, message: d.message });
      }
      for (const r of out.repaired ?? []) {
        if (!encoding.repaired.includes(r)) encoding.repaired.push(r);
      }
      if (!out.map.isIdentity) {
        steps.push(out.map);
        total = total.compose(out.map);
      }
      text = out.text;
    }
    // A named legacy encoding is read once: reading it again would read the result as legacy.
    if (!repairedThisRound || typeof resolved.legacy === "string") break;
  }
  encoding.repaired.sort();
  if (typeof input === "string" && encoding.repaired.length > 0) {
    // Detected per region, from how Vietnamese the reading looks: high, not certain.
    encoding = {
      name: encoding.repaired.length === 1 ? (encoding.repaired[0] as EncodingName) : "mixed",
      confidence: encoding.repaired.length === 1 ? 0.9 : 0.7,
      repaired: encoding.repaired,
    };
  }
  const toText = (span: Span): Span => {
    let sp = span;
    for (const m of steps) sp = m.spanToTarget(sp);
    return sp;
  };

  const changes: Change[] = mergeTouching(pending).map((c) => ({
    kind: c.kind,
    rule: c.rule,
    span: c.span,
    textSpan: toText(c.span),
    before: source.slice(c.span.start, c.span.end),
    after: c.after,
  }));
  damage.sort((a, b) => a.span.start - b.span.start);

  const map = total;
  const result: NormalizeResult = {
    schemaVersion: SCHEMA_VERSION,
    text,
    inputLength: source.length,
    encoding,
    changes,
    damage,
    alignment: map.edits().map((e) => [e.srcStart, e.srcEnd, e.tgtStart, e.tgtEnd]),
  };
  return withHidden(result, {
    source,
    map,
    toInput: (offset: number, bias: Bias = "start") => map.toSource(offset, bias),
    spanToInput: (span: Span) => map.spanToSource(span),
    toText: (offset: number, bias: Bias = "start") => map.toTarget(offset, bias),
  });
}

export { withHidden };

type Pending = { kind: Change["kind"]; rule: string; span: Span; after: string; pass: number };

/**
 * Sorts changes by input position and merges those of one pass and rule that touch (the letters of
 * one TCVN3 word, the sequences of one mojibake word), so that a change covers what a reader sees as
 * one repair.
 */
function mergeTouching(pending: Pending[]): Pending[] {
  // Each pass reports its changes in order: merge the passes' lists (usually one or two) instead
  // of sorting everything.
  const groups: Pending[][] = [];
  for (const c of pending) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (g !== undefined && last !== undefined && last.pass === c.pass && byPosition(last, c) <= 0)
      g.push(c);
    else groups.push([c]);
  }
  while (groups.length > 1) {
    const merged: Pending[][] = [];
    for (let k = 0; k < groups.length; k += 2) {
      const a = groups[k] as Pending[];
      const b = groups[k + 1];
      merged.push(b === undefined ? a : mergeSorted(a, b));
    }
    groups.splice(0, groups.length, ...merged);
  }
  const out: Pending[] = [];
  for (const c of groups[0] ?? []) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      last.pass === c.pass &&
      last.rule === c.rule &&
      last.kind === c.kind &&
      last.span.end === c.span.start &&
      c.span.end > c.span.start &&
      last.span.end > last.span.start
    ) {
      last.span = { start: last.span.start, end: c.span.end };
      last.after += c.after;
    } else out.push({ ...c, span: { ...c.span } });
  }
  return out;
}

function byPosition(a: Pending, b: Pending): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.pass - b.pass;
}

function mergeSorted(a: Pending[], b: Pending[]): Pending[] {
  const out: Pending[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (byPosition(a[i] as Pending, b[j] as Pending) <= 0) out.push(a[i++] as Pending);
    else out.push(b[j++] as Pending);
  }
  while (i < a.length) out.push(a[i++] as Pending);
  while (j < b.length) out.push(b[j++] as Pending);
  return out;
}
