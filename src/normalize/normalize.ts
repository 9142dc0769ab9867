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
import { compactAlignment } from "./alignment.js";
import { buildChanges, type Step } from "./changes.js";
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
import { mergeDamage } from "./damage.js";
import { withHidden } from "./hidden.js";
import { type Bias, OffsetMap } from "./offset-map.js";
import { type NormalizeOptions, resolveNormalizeOptions } from "./options.js";
import type { Pass, PassDamage } from "./pass.js";
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
import { mapSpans, type SpanList } from "./spans.js";

/** Rounds of the pipeline at most (see `normalize`): real text settles in one or two. */
const MAX_ROUNDS = 3;
const ENCODING_PASSES = new Set(["mojibake", "legacy"]);
// Quotes flattened to ASCII count too: a `»` inside a word of UTF-8 read as CP1252 (`á»§y`) is part
// of what the legacy pass reads, and `"` there reads differently.
const REVEALING_PASSES = new Set(["invisible", "lookalike", "nfc", "punctuation", "whitespace"]);

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
  let decodeDamage: readonly Damage[] = [];
  if (typeof input === "string") {
    source = input;
    encoding = { name: "unicode", confidence: 1, repaired: [] };
  } else {
    const decoded = decode(input);
    source = decoded.text;
    encoding = { name: decoded.encoding, confidence: decoded.confidence, repaired: [] };
    decodeDamage = decoded.damage;
  }

  let text = source;
  // The maps of the passes that changed something, with the rule of each region: changes are
  // built from them at the end (see changes.ts).
  const steps: Step[] = [];
  // Damage found by each pass, in the coordinates of its input, with the step count at that time.
  const passDamage: { damage: PassDamage[]; steps: number }[] = [];
  const repaired = new Set<EncodingName>();
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
      if (out.damage !== undefined && out.damage.length > 0)
        passDamage.push({ damage: out.damage, steps: steps.length });
      for (const r of out.repaired ?? []) repaired.add(r);
      if (out.text === text && out.map.isIdentity) continue;
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
      steps.push({ map: out.map, rules: out.rules });
      text = out.text;
    }
    // A named legacy encoding is read once: reading it again would read the result as legacy.
    if (!repairedThisRound || typeof resolved.legacy === "string") break;
  }
  const repairedList = [...repaired].sort();
  if (typeof input === "string" && repairedList.length > 0) {
    // Detected per region, from how Vietnamese the reading looks: high, not certain.
    encoding = {
      name: repairedList.length === 1 ? (repairedList[0] as EncodingName) : "mixed",
      confidence: repairedList.length === 1 ? 0.9 : 0.7,
      repaired: repairedList,
    };
  } else encoding.repaired = repairedList;

  let total = OffsetMap.identity(source.length);
  for (const st of steps) total = total.compose(st.map);
  const changes: Change[] = buildChanges(steps, source, text);
  const damage = mergeDamage([
    decodeDamage,
    ...passDamage.map((p) => damageToSource(p.damage, steps, p.steps)),
  ]);

  const map = compactAlignment(total, source, text);
  const result: NormalizeResult = {
    schemaVersion: SCHEMA_VERSION,
    text,
    inputLength: source.length,
    encoding,
    changes,
    damage,
    alignment: map.toTuples(),
  };
  return withHidden(result, {
    source,
    map,
    toInput: (offset: number, bias: Bias = "start") => map.toSource(offset, bias),
    spanToInput: (span: Span) => map.spanToSource(span),
    toText: (offset: number, bias: Bias = "start") => map.toTarget(offset, bias),
  });
}

/** A pass's damage (in the coordinates of its input, after `count` steps) mapped to the input. */
function damageToSource(list: PassDamage[], steps: readonly Step[], count: number): Damage[] {
  const n = list.length;
  const spans: SpanList = { starts: new Int32Array(n), ends: new Int32Array(n), length: n };
  for (let i = 0; i < n; i++) {
    const d = list[i] as PassDamage;
    spans.starts[i] = d.start;
    spans.ends[i] = d.end;
  }
  for (let j = count - 1; j >= 0; j--) mapSpans((steps[j] as Step).map, spans, true);
  const out: Damage[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = list[i] as PassDamage;
    out[i] = {
      kind: d.kind,
      span: { start: spans.starts[i] as number, end: spans.ends[i] as number },
      message: d.message,
    };
  }
  return out;
}

export { withHidden };
