import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractQuantities } from "../src/extract/quantity/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

interface Example {
  feature: string;
  text: string;
  latent?: boolean;
  numbers: unknown[];
  money: unknown[];
  counts: unknown[];
}

const corpus = JSON.parse(
  readFileSync(new URL("../fixtures/quantity/corpus.json", import.meta.url), "utf8"),
) as { examples: Example[] };
const negatives = JSON.parse(
  readFileSync(new URL("../fixtures/quantity/negative.json", import.meta.url), "utf8"),
) as { texts: string[] };

describe("quantity corpus (fixtures/quantity/corpus.json)", () => {
  test.each(corpus.examples.map((e) => [`${e.feature}: ${e.text}`, e] as const))("%s", (_n, e) => {
    const q = extractQuantities(e.text, e.latent ? { latent: true } : {});
    expect(
      q.numbers.map((n) => ({
        text: n.text,
        kind: n.kind,
        value: n.value,
        ...(n.upper !== undefined ? { upper: n.upper } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier.word } : {}),
      })),
    ).toEqual(e.numbers);
    expect(
      q.money.map((m) => ({
        text: m.text,
        value: m.value,
        ...(m.upper !== undefined ? { upper: m.upper } : {}),
        currency: m.currency,
        ...(m.per ? { per: m.per } : {}),
        ...(m.qualifier ? { qualifier: m.qualifier.meaning } : {}),
      })),
    ).toEqual(e.money);
    expect(
      q.counts.map((c) => ({
        text: c.text,
        kind: c.kind,
        value: c.value,
        ...(c.upper !== undefined ? { upper: c.upper } : {}),
        unit: c.unit,
        ...(c.qualifier ? { qualifier: c.qualifier.meaning } : {}),
      })),
    ).toEqual(e.counts);
    expectSpansPointIntoSource(q, e.text);
  });
});

describe("negative corpus (fixtures/quantity/negative.json)", () => {
  test.each(negatives.texts)("nothing in %j", (text) => {
    const q = extractQuantities(text);
    expect([...q.numbers, ...q.money, ...q.counts].map((x) => x.text)).toEqual([]);
  });
});
