import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractDates } from "../src/extract/time/index.js";
import type { DateEntity } from "../src/schema/time.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

interface Example {
  feature: string;
  text: string;
  ref?: string;
  prefer?: "future";
  dates: {
    text: string;
    value: string | null;
    grain: string;
    partOfDay?: string;
    calendar?: string;
  }[];
}

const corpus = JSON.parse(
  readFileSync(new URL("../fixtures/time/corpus.json", import.meta.url), "utf8"),
) as { examples: Example[] };
const negatives = JSON.parse(
  readFileSync(new URL("../fixtures/time/negative.json", import.meta.url), "utf8"),
) as { texts: string[] };

/** The compact form the corpus writes values in: an ISO instant or `from..to`. */
function compact(d: DateEntity) {
  const v = d.value;
  const value =
    v === undefined
      ? null
      : v.type === "value"
        ? v.value
        : `${v.from?.value ?? ""}..${v.to?.value ?? ""}`;
  return {
    text: d.text,
    value,
    grain: d.grain,
    ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}),
    ...(d.calendar === "lunar" ? { calendar: "lunar" } : {}),
  };
}

describe("date corpus (fixtures/time/corpus.json)", () => {
  test.each(corpus.examples.map((e) => [`${e.feature}: ${e.text}`, e] as const))("%s", (_n, e) => {
    const options = {
      ...(e.ref ? { referenceDate: e.ref } : {}),
      ...(e.prefer ? { prefer: e.prefer } : {}),
    };
    const found = extractDates(e.text, options);
    expect(found.map(compact)).toEqual(e.dates);
    expectSpansPointIntoSource(found, e.text);
  });

  test("covers every family the issue lists", () => {
    const features = new Set(corpus.examples.map((e) => e.feature));
    for (const f of [
      "numeric dates",
      "word dates",
      "weekdays",
      "times",
      "relative days",
      "quarters",
      "ranges",
      "lunar calendar",
    ]) {
      expect(features).toContain(f);
    }
  });
});

describe("negative corpus (fixtures/time/negative.json)", () => {
  test.each(negatives.texts)("no date in %j", (text) => {
    expect(extractDates(text, { referenceDate: "2017-08-04" })).toEqual([]);
  });
});
