import type { Damage, EncodingName } from "../schema/normalize.js";
import { OffsetMap } from "./offset-map.js";
import type { ResolvedNormalizeOptions } from "./options.js";

/** What the scan of the text (see scan.ts) found for passes that can use it. */
export interface ScanHints {
  /** The flags of `scanFlags` for the text (absent if the text changed since the scan). */
  flags?: number;
  /** Positions of characters whose word the tone pass must examine. */
  toneWords?: readonly number[];
  /** Positions of spaces followed by a space or a line break, or ending the text. */
  spaceSpots?: readonly number[];
}

/** Damage as a pass records it, in the coordinates of the pass's own input. */
export interface PassDamage {
  kind: Damage["kind"];
  start: number;
  end: number;
  message: string;
}

/** What one normalisation pass returns. */
export interface PassOutput {
  text: string;
  /**
   * Alignment from the pass's input to its output: one region per change the pass made (regions
   * that touch stay apart, see `OffsetMap`).
   */
  map: OffsetMap;
  /** The rule of each region of `map`, as an id of rules.ts (parallel to the map's regions). */
  rules: Uint16Array;
  /** Damage found, in the coordinates of the pass's input. */
  damage?: PassDamage[];
  /** Encodings this pass detected and repaired. */
  repaired?: EncodingName[];
}

/**
 * One step of the normaliser: a pure function from text to text that records every replacement.
 * Passes run in a fixed order (see `normalize.ts`); each sees the previous pass's output.
 */
export interface Pass {
  readonly name: string;
  /**
   * Flags of `scanFlags` (see scan.ts) that show this pass may have work. When none of them is set
   * the pass is skipped. Omitted: the pass always runs (it has its own fast path).
   */
  readonly triggers?: number | ((options: ResolvedNormalizeOptions) => number);
  /** Whether the pass runs for these options. */
  enabled(options: ResolvedNormalizeOptions): boolean;
  run(text: string, options: ResolvedNormalizeOptions, hints?: ScanHints): PassOutput;
}

const NO_RULES = new Uint16Array(0);

/** The output of a pass that changed nothing. */
export function unchanged(text: string, extra?: Pick<PassOutput, "damage">): PassOutput {
  return { text, map: OffsetMap.identity(text.length), rules: NO_RULES, ...extra };
}
