import { expect } from "vitest";
import { type Directive, extractDirectives } from "../../src/index.js";
import { expectSpansPointIntoSource } from "./spans.js";

/** The one directive of `text` (fails when there are none or several), its spans checked. */
export function expectSingle(text: string): Directive {
  const ds = extractDirectives(text);
  expect(ds, JSON.stringify(ds.map((d) => d.text))).toHaveLength(1);
  expectSpansPointIntoSource(ds, text);
  return ds[0] as Directive;
}

/** `text` holds no directive. */
export function expectNone(text: string): void {
  expect(
    extractDirectives(text).map((d) => d.text),
    text,
  ).toEqual([]);
}
