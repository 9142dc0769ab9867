import { decode } from "../decode/decode.js";
import type { Change, Damage, EncodingInfo, NormalizeResult } from "../schema/normalize.js";
import type { Span } from "../schema/span.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import { type Bias, OffsetMap } from "./offset-map.js";
import { type NormalizeOptions, resolveNormalizeOptions } from "./options.js";
import type { Pass } from "./pass.js";
import { nfcPass } from "./passes/nfc.js";

/**
 * The passes, in the order they run. Order matters: encodings are repaired before Unicode is
 * normalised, and tone marks are placed on NFC text.
 */
export const PASSES: readonly Pass[] = Object.freeze([nfcPass]);

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
  const pending: { kind: Change["kind"]; rule: string; span: Span; after: string }[] = [];
  for (const pass of PASSES) {
    if (!pass.enabled(resolved)) continue;
    const out = pass.run(text, resolved);
    for (const c of out.changes) {
      pending.push({
        kind: c.kind,
        rule: c.rule,
        span: total.spanToSource({ start: c.start, end: c.end }),
        after: c.after,
      });
    }
    for (const d of out.damage ?? []) {
      damage.push({
        kind: d.kind,
        span: total.spanToSource({ start: d.start, end: d.end }),
        message: d.message,
      });
    }
    for (const r of out.repaired ?? []) {
      if (!encoding.repaired.includes(r)) encoding.repaired.push(r);
    }
    total = total.compose(out.map);
    text = out.text;
  }

  const changes: Change[] = pending
    .map((c) => ({
      kind: c.kind,
      rule: c.rule,
      span: c.span,
      textSpan: total.spanToTarget(c.span),
      before: source.slice(c.span.start, c.span.end),
      after: c.after,
    }))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
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

/**
 * Wraps helper fields so that they are not enumerable: `JSON.stringify` and schema validation see
 * only the data, while callers still reach the helpers by name.
 */
export function withHidden<T extends object, H extends object>(target: T, fields: H): T & H {
  for (const [k, v] of Object.entries(fields)) {
    Object.defineProperty(target, k, { value: v, enumerable: false });
  }
  return target as T & H;
}
