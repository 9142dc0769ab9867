/**
 * Large data files (the gazetteer, the word list) are imported as JSON modules. The published bundle
 * carries each as one JSON string (see the `json-as-string` plugin in tsup.config.ts), parsed with
 * `JSON.parse` on first use: V8 scans a string literal far faster than it compiles an object literal
 * of the same size, and nothing is parsed until a stage needs the data. Run from source (tsx,
 * vitest), the import is the parsed object already.
 */
export function jsonData<T>(imported: unknown): T {
  return (typeof imported === "string" ? JSON.parse(imported) : imported) as T;
}
