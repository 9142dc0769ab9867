/**
 * Helpers that let the lexicons in this folder read as plain lists: one entry per line (or, for
 * single words, separated by spaces), `#` starting a comment. The result is frozen.
 */

/** Single-word entries separated by spaces or line breaks. */
export function words(list: string): readonly string[] {
  return Object.freeze(
    list
      .split("\n")
      .map((l) => l.replace(/#.*$/u, ""))
      .join(" ")
      .split(/\s+/u)
      .filter((w) => w.length > 0),
  );
}

/** Multi-word entries, one per line; blank lines and `#` comments ignored. */
export function lines(list: string): readonly string[] {
  return Object.freeze(
    list
      .split("\n")
      .map((l) => l.replace(/#.*$/u, "").trim())
      .filter((l) => l.length > 0),
  );
}

/**
 * Entries with fields, one per line, fields separated by `|` (trimmed; empty fields are empty
 * strings), e.g. `Bí thư | secretary`.
 */
export function table(list: string): readonly (readonly string[])[] {
  return Object.freeze(lines(list).map((l) => Object.freeze(l.split("|").map((f) => f.trim()))));
}
