import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { Analysis, analyze, BantinError } from "../src/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

describe("analyze", () => {
  test("the seed article gives a result the schema accepts, with spans into the input", () => {
    const result = analyze(seed);
    expect(Analysis.parse(result)).toEqual(result);
    expect(result.input).toEqual({ kind: "text", format: "plain", length: seed.length });
    expectSpansPointIntoSource(result, seed);
  });

  test("is deterministic: the same input gives byte-identical JSON", () => {
    expect(JSON.stringify(analyze(seed))).toBe(JSON.stringify(analyze(seed)));
  });

  test.each([
    ["empty", ""],
    ["whitespace", " \n\t\u00a0"],
    ["lone surrogates", "a\ud800b\udc00c"],
    ["control characters", "\u0000\u0001\u001f\u007f"],
    [
      "binary junk",
      String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 7919) % 65536)),
    ],
  ])("never throws on %s input", (_name, input) => {
    const result = analyze(input);
    expect(Analysis.safeParse(result).success).toBe(true);
    expectSpansPointIntoSource(result, input);
  });

  test("bytes input: spans point into the decoded text", () => {
    const bytes = new TextEncoder().encode(seed);
    const result = analyze(bytes);
    expect(result.input.kind).toBe("bytes");
    expect(result.input.decodedText).toBe(seed);
    expectSpansPointIntoSource(result, result.input.decodedText ?? "");
  });

  test("a wrong argument type throws a typed error", () => {
    expect(() => analyze(42 as unknown as string)).toThrow(BantinError);
  });
});
