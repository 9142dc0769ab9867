import { z } from "zod";
import { Span } from "./span.js";

/** The encodings bantin detects and repairs. `utf-8`/`utf-16*` are byte encodings of Unicode. */
export const EncodingName = z
  .enum([
    "unicode",
    "utf-8",
    "utf-16le",
    "utf-16be",
    "cp1258",
    "viscii",
    "tcvn3",
    "vni",
    "viqr",
    "mojibake",
    "mixed",
  ])
  .meta({ id: "EncodingName" });
/** @see {@link EncodingName} */
export type EncodingName = z.infer<typeof EncodingName>;

/** What `decode` or the text-level detector concluded about the input's encoding. */
export const EncodingInfo = z
  .object({
    /** The encoding the input was read as (`unicode` for a JS string needing no repair). */
    name: EncodingName,
    /** 0..1: how sure the detector is. */
    confidence: z.number().min(0).max(1),
    /** Legacy encodings found in parts of the text and repaired. */
    repaired: z.array(EncodingName),
  })
  .meta({ id: "EncodingInfo" });
/** @see {@link EncodingInfo} */
export type EncodingInfo = z.infer<typeof EncodingInfo>;

/** The kinds of change the normaliser records, one per rule family. */
export const ChangeKind = z
  .enum([
    "unicode",
    "tone",
    "lookalike",
    "space",
    "control",
    "dash",
    "quote",
    "legacy",
    "mojibake",
    "html",
  ])
  .meta({ id: "ChangeKind" });
/** @see {@link ChangeKind} */
export type ChangeKind = z.infer<typeof ChangeKind>;

/** One change the normaliser made: what was in the input and what replaced it in `text`. */
export const Change = z
  .object({
    kind: ChangeKind,
    /** The rule that made the change, e.g. `nfc`, `tone-old-to-new`, `eth-to-d`. */
    rule: z.string(),
    /** Where the replaced text is in the original input. */
    span: Span,
    /** Where the replacement is in the normalised `text`. */
    textSpan: Span,
    /** The replaced input text. */
    before: z.string(),
    /** The replacement. */
    after: z.string(),
  })
  .meta({ id: "Change" });
/** @see {@link Change} */
export type Change = z.infer<typeof Change>;

/** Damage the normaliser found but could not repair without guessing (e.g. bytes lost to mojibake). */
export const Damage = z
  .object({
    kind: z.enum(["lost-bytes", "replacement-char", "undecodable", "lone-surrogate"]),
    span: Span,
    message: z.string(),
  })
  .meta({ id: "Damage" });
/** @see {@link Damage} */
export type Damage = z.infer<typeof Damage>;

/**
 * An alignment region between the input and the normalised text, as plain data: `input.slice(src…)`
 * became `text.slice(tgt…)`; everything between regions is unchanged and maps by a shift.
 */
export const AlignmentRegion = z
  .tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()])
  .meta({ id: "AlignmentRegion", description: "[srcStart, srcEnd, tgtStart, tgtEnd]" });

/** The serialisable part of a normalisation result. */
export const NormalizeResult = z
  .object({
    schemaVersion: z.string(),
    /** The normalised text. */
    text: z.string(),
    /** Length of the original input in UTF-16 code units (after byte decoding, if bytes were given). */
    inputLength: z.number().int().nonnegative(),
    encoding: EncodingInfo,
    /** Every change, in input order. */
    changes: z.array(Change),
    /** Damage found and left alone. */
    damage: z.array(Damage),
    /** The alignment between input and `text`, to map any offset without the library. */
    alignment: z.array(AlignmentRegion),
  })
  .meta({ id: "NormalizeResult" });
/** @see {@link NormalizeResult} */
export type NormalizeResult = z.infer<typeof NormalizeResult>;

/** The result of {@link fold}: accent-free text. */
export const FoldResult = z
  .object({
    text: z.string(),
    alignment: z.array(AlignmentRegion),
  })
  .meta({ id: "FoldResult" });
/** @see {@link FoldResult} */
export type FoldResult = z.infer<typeof FoldResult>;

/** The result of {@link decode}. */
export const DecodeResult = z
  .object({
    text: z.string(),
    encoding: EncodingName,
    confidence: z.number().min(0).max(1),
    /** Whether a byte-order mark was found and removed. */
    bom: z.boolean(),
    damage: z.array(Damage),
  })
  .meta({ id: "DecodeResult" });
/** @see {@link DecodeResult} */
export type DecodeResult = z.infer<typeof DecodeResult>;
