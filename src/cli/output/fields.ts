/**
 * `--fields`: keeps only the named fields of a result, in the order given. A dotted path keeps one
 * nested field (`normalized.text` gives `{ "normalized": { "text": ... } }`).
 */

type Obj = Record<string, unknown>;

/** `result` with only `fields` (all of it when `fields` is undefined). */
export function pickFields(result: Obj, fields: readonly string[] | undefined): Obj {
  if (fields === undefined) return result;
  const out: Obj = {};
  for (const path of fields) {
    const parts = path.split(".");
    // Find the value first: a missing path adds nothing.
    let value: unknown = result;
    let found = true;
    for (const key of parts) {
      if (typeof value !== "object" || value === null || Array.isArray(value) || !(key in value)) {
        found = false;
        break;
      }
      value = (value as Obj)[key];
    }
    if (!found) continue;
    let to = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const key = parts[i] as string;
      const next = to[key];
      if (typeof next !== "object" || next === null) to[key] = {};
      to = to[key] as Obj;
    }
    to[parts[parts.length - 1] as string] = value;
  }
  return out;
}
