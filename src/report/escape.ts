/**
 * Escaping for the three contexts the report writes text into. Every string from an article goes
 * through one of these: an article containing `<script>` must stay text.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
});

/** Text content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON inside `<script type="application/json">`: `<`, `>` and `&` as `\u` escapes so that no
 * `</script>` or `<!--` can end or change the element, and U+2028/U+2029 escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Lone surrogates (not encodable in UTF-8) and C0 controls other than tab and line ends (not allowed
 * in HTML text).
 */
const NOT_SHOWABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The text with what a page cannot show replaced by U+FFFD (one code unit for one). */
export function wellFormed(text: string): string {
  return text.replace(NOT_SHOWABLE, "\ufffd");
}
