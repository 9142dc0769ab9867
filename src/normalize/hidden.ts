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
