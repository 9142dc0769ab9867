/**
 * Options of {@link normalize}. Every option has a default that keeps the text's meaning and layout.
 */
export interface NormalizeOptions {
  /**
   * Tone-mark placement: `old` puts the mark on the first vowel of `oa`, `oe`, `uy` as Vietnamese
   * newspapers print it (`hòa`, `thủy`, `Quận ủy`; the default, as underthesea does); `new` puts it on
   * the second (`hoà`, `thuỷ`, `uỷ`); `keep` leaves placement alone but still repairs marks that are
   * plainly misplaced (`baỏ` to `bảo`).
   */
  tone?: "old" | "new" | "keep";
}

/** Options with every default filled in. */
export type ResolvedNormalizeOptions = Required<NormalizeOptions>;

/** The defaults, frozen so that no caller can change them for everyone. */
export const DEFAULT_NORMALIZE_OPTIONS: Readonly<ResolvedNormalizeOptions> = Object.freeze({
  tone: "old",
});

/** Fills in defaults and ignores unknown or mistyped values rather than failing on them. */
export function resolveNormalizeOptions(options?: NormalizeOptions): ResolvedNormalizeOptions {
  const tone = options?.tone;
  return {
    tone:
      tone === "old" || tone === "new" || tone === "keep" ? tone : DEFAULT_NORMALIZE_OPTIONS.tone,
  };
}
