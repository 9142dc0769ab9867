import { expect } from "vitest";

/**
 * Walks any result and checks the offset contract on every object that has a `span`: the span lies
 * inside `source`, and where the object also has a string `text`, it equals `source.slice(span)`.
 * Returns how many spans were checked, so that a test can also assert it checked something.
 */
export function expectSpansPointIntoSource(result: unknown, source: string): number {
  let checked = 0;
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) visit(node[i], `${path}[${i}]`);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const obj = node as Record<string, unknown>;
    const span = obj.span as { start?: unknown; end?: unknown } | undefined;
    if (span && typeof span.start === "number" && typeof span.end === "number") {
      checked++;
      expect(span.start, `${path}.span.start`).toBeGreaterThanOrEqual(0);
      expect(span.end, `${path}.span.end`).toBeLessThanOrEqual(source.length);
      expect(span.start, `${path}.span`).toBeLessThanOrEqual(span.end);
      if (typeof obj.text === "string" && !path.startsWith("$.normalized")) {
        expect(obj.text, `${path}.text`).toBe(source.slice(span.start, span.end));
      }
    }
    for (const [k, v] of Object.entries(obj)) visit(v, `${path}.${k}`);
  };
  visit(result, "$");
  return checked;
}
