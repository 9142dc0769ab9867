import { BantinError } from "../errors.js";
/**
 * Options of {@link normalize}. Every option has a default that keeps the text's meaning and layout:
 * line breaks, blank lines and the leading indentation of each line survive the default
 * normalisation, so that layout (paragraphs, right-aligned bylines) can still be read from the text.
 */
export interface NormalizeOptions {
  /**
   * Tone-mark placement: `old` puts the mark on the first vowel of `oa`, `oe`, `uy` as Vietnamese
   * newspapers print it (`hòa`, `thủy`, `Quận ủy`; the default, as underthesea does); `new` puts it on
   * the second (`hoà`, `thuỷ`, `uỷ`); `keep` leaves placement alone but still repairs marks that are
   * plainly misplaced (`baỏ` to `bảo`).
   */
  tone?: "old" | "new" | "keep";
  /**
   * Repair text in a legacy Vietnamese encoding that was pasted as text: TCVN3/ABC (`T«i ®i häc`),
   * VNI-Windows (`Toâi ñi hoïc`), VIQR (`To^i ddi ho.c`), VISCII and CP1258 seen through the Windows
   * code page. Decided per line, so mixed documents work. Default `true`. Naming an encoding
   * (`"vni"`, ...) reads every word in it without detection, for archives whose encoding is known.
   */
  legacy?: boolean | "tcvn3" | "vni" | "viqr" | "viscii" | "cp1258";
  /** Repair UTF-8 that was read as CP1252 or Latin-1 (`Quáº­n`), also twice over. Default `true`. */
  mojibake?: boolean;
  /**
   * Remove zero-width characters, soft hyphens, byte-order marks, bidi marks and control
   * characters; C1 controls that stand for CP1252 punctuation (`\x93`) become that punctuation.
   * Default `true`.
   */
  invisibles?: boolean;
  /**
   * Replace look-alikes: `ð`/`Ð` (eth) for `đ`/`Đ` in Vietnamese words, Cyrillic and Greek letters
   * inside Latin words (`сho`), full-width ASCII (`２０１７`). Default `true`.
   */
  lookalikes?: boolean;
  /**
   * `tidy` (default): NBSP and other spaces become U+0020, CRLF/CR become LF, runs of spaces inside a
   * line become one, spaces at the end of a line go, tabs inside a line become a space; the leading
   * indentation of a line is kept (as spaces, a tab as four). `keep`: no change.
   */
  whitespace?: "tidy" | "keep";
  /**
   * `tidy` (default): rare dash variants (‐ ‑ ‒ − ﹣) become `-`, `―` becomes `—`; en and em dashes
   * stay. `ascii`: every dash becomes `-`. `keep`: no change.
   */
  dashes?: "tidy" | "ascii" | "keep";
  /**
   * `tidy` (default): rare quote variants (‛ ‟ 〝 〞) become ‘ “ ”; curly quotes and « » stay.
   * `ascii`: every quote becomes `"` or `'`. `keep`: no change.
   */
  quotes?: "tidy" | "ascii" | "keep";
  /**
   * Insert the missing space after `,` `;` `:` before a letter, and after a sentence's full stop
   * before a capital (`04/8/2017,Quận` to `04/8/2017, Quận`). Default `false`: tokenisation handles
   * these without changing the text.
   */
  spaceAfterPunctuation?: boolean;
}

/** Options with every default filled in. */
export type ResolvedNormalizeOptions = Required<NormalizeOptions>;

/** The defaults, frozen so that no caller can change them for everyone. */
export const DEFAULT_NORMALIZE_OPTIONS: Readonly<ResolvedNormalizeOptions> = Object.freeze({
  tone: "old",
  legacy: true,
  mojibake: true,
  invisibles: true,
  lookalikes: true,
  whitespace: "tidy",
  dashes: "tidy",
  quotes: "tidy",
  spaceAfterPunctuation: false,
});

/** A value as an error message shows it. */
function shown(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "an array" : `a ${typeof v}`;
}

function invalid(name: string, expected: string, got: unknown): BantinError {
  return new BantinError(
    "invalid-option",
    `bantin: option ${name} must be ${expected}, got ${shown(got)}`,
  );
}

function pick<const T extends string>(
  o: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = o[name];
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T))
    throw invalid(name, allowed.map((a) => JSON.stringify(a)).join(", "), value);
  return value as T;
}

function bool(o: Record<string, unknown>, name: string, fallback: boolean): boolean {
  const value = o[name];
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw invalid(name, "true or false", value);
  return value;
}

const LEGACY_NAMES = ["tcvn3", "vni", "viqr", "viscii", "cp1258"] as const;

/**
 * Fills in defaults. An option that is set must have a usable value: anything else (`tone: "weird"`,
 * `legacy: "utf8"`, `mojibake: "yes"`) is a {@link BantinError} (`invalid-option`), thrown before
 * any work, as every bantin option is checked. Options the normaliser does not know are ignored.
 */
export function resolveNormalizeOptions(options?: NormalizeOptions): ResolvedNormalizeOptions {
  if (options !== undefined && (options === null || typeof options !== "object"))
    throw new BantinError(
      "invalid-option",
      `bantin: options must be an object, got ${shown(options)}`,
    );
  const o = (options ?? {}) as Record<string, unknown>;
  const d = DEFAULT_NORMALIZE_OPTIONS;
  return {
    tone: pick(o, "tone", ["old", "new", "keep"], d.tone),
    legacy:
      typeof o.legacy === "string"
        ? pick(o, "legacy", LEGACY_NAMES, "tcvn3")
        : o.legacy === undefined || typeof o.legacy === "boolean"
          ? bool(o, "legacy", d.legacy as boolean)
          : (() => {
              throw invalid("legacy", `true, false or one of ${LEGACY_NAMES.join(", ")}`, o.legacy);
            })(),
    mojibake: bool(o, "mojibake", d.mojibake),
    invisibles: bool(o, "invisibles", d.invisibles),
    lookalikes: bool(o, "lookalikes", d.lookalikes),
    whitespace: pick(o, "whitespace", ["tidy", "keep"], d.whitespace),
    dashes: pick(o, "dashes", ["tidy", "ascii", "keep"], d.dashes),
    quotes: pick(o, "quotes", ["tidy", "ascii", "keep"], d.quotes),
    spaceAfterPunctuation: bool(o, "spaceAfterPunctuation", d.spaceAfterPunctuation),
  };
}
