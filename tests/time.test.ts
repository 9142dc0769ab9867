import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { analyze } from "../src/analyze.js";
import { BantinError } from "../src/errors.js";
import { Doc } from "../src/extract/doc.js";
import { extractDates, extractDatesFromDoc } from "../src/extract/time/index.js";
import { normalize } from "../src/normalize/normalize.js";
import { DateEntity } from "../src/schema/time.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const REF = "2017-08-04"; // a Friday
const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

/** The one date in `text`; fails when there are none or several. */
function expectSingle(
  text: string,
  options: Parameters<typeof extractDates>[1] = { referenceDate: REF },
) {
  const found = extractDates(text, options);
  expect(found, JSON.stringify(found.map((d) => d.text))).toHaveLength(1);
  const d = found[0] as DateEntity;
  expect(DateEntity.parse(d)).toEqual(d);
  expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  return d;
}

function expectNone(text: string) {
  expect(extractDates(text, { referenceDate: REF })).toEqual([]);
}

const isoOf = (d: DateEntity) =>
  d.value?.type === "value"
    ? d.value.value
    : d.value
      ? `${d.value.from?.value}..${d.value.to?.value}`
      : undefined;

describe("what each date says", () => {
  test("a morning on 2017-08-04, with fields stated and the part of day", () => {
    const d = expectSingle("Sáng ngày 04/8/2017,Quận ủy Quận 9 tổ chức hội nghị", {});
    expect(d.text).toBe("Sáng ngày 04/8/2017");
    expect(d.partOfDay).toBe("morning");
    expect(d.stated).toEqual({ year: 2017, month: 8, day: 4 });
    expect(d.inferred).toEqual([]);
    expect(d.anchor).toBeUndefined();
    expect(isoOf(d)).toBe("2017-08-04T04:00:00.000+07:00..2017-08-04T12:00:00.000+07:00");
  });

  test("a partial date records the year as inferred and where it came from", () => {
    const d = expectSingle("ngày 4/8");
    expect(d.stated).toEqual({ month: 8, day: 4 });
    expect(d.inferred).toEqual(["year"]);
    expect(d.anchor).toBe("reference");
    expect(isoOf(d)).toBe("2017-08-04T00:00:00.000+07:00");
  });

  test("without a reference, a partial date stays partial (never today's date)", () => {
    const d = expectSingle("hôm qua, trời mưa", {});
    expect(d.text).toBe("hôm qua");
    expect(d.value).toBeUndefined();
    expect(d.relative).toBe(true);
    const both = extractDates("ngày 4/8");
    expect(both[0]?.value).toBeUndefined();
    expect(both[0]?.stated).toEqual({ month: 8, day: 4 });
  });

  test("the article's own date anchors the rest when no reference is given", () => {
    const text =
      "Sáng ngày 04/8/2017, Quận ủy tổ chức hội nghị.\nChiều cùng ngày, đoàn đến xã. Hôm qua, trời mưa.";
    const found = extractDates(text);
    expect(found.map((d) => [d.text, isoOf(d), d.anchor])).toEqual([
      [
        "Sáng ngày 04/8/2017",
        "2017-08-04T04:00:00.000+07:00..2017-08-04T12:00:00.000+07:00",
        undefined,
      ],
      [
        "Chiều cùng ngày",
        "2017-08-04T12:00:00.000+07:00..2017-08-04T19:00:00.000+07:00",
        "previous-date",
      ],
      ["Hôm qua", "2017-08-03T00:00:00.000+07:00", "article"],
    ]);
  });

  test("the publication date segmentation read anchors the article's dates", () => {
    const doc = Doc.fromNormalized(normalize("Hôm qua, trời mưa."));
    const [d] = extractDatesFromDoc(doc, {}, "2017-08-04");
    expect(d?.anchor).toBe("article");
    expect(isoOf(d as DateEntity)).toBe("2017-08-03T00:00:00.000+07:00");
    // A reference date given by the caller wins.
    expect(
      isoOf(
        extractDatesFromDoc(doc, { referenceDate: "2020-01-10" }, "2017-08-04")[0] as DateEntity,
      ),
    ).toBe("2020-01-09T00:00:00.000+07:00");
  });

  test("a document date inside a sentence is not taken as the article's date", () => {
    const found = extractDates(
      "Theo Thông tư 15/2014/TT-BCA ngày 4/4/2014 của Bộ Công an, hôm qua ...",
    );
    expect(found.find((d) => d.text === "hôm qua")?.value).toBeUndefined();
  });

  test("times: 10h30, 14g, 8 giờ 30 phút, 3 giờ chiều", () => {
    expect(isoOf(expectSingle("lúc 10h30"))).toBe("2017-08-04T10:30:00.000+07:00");
    expect(isoOf(expectSingle("lúc 14g"))).toBe("2017-08-04T14:00:00.000+07:00");
    expect(isoOf(expectSingle("8 giờ 30 phút"))).toBe("2017-08-04T08:30:00.000+07:00");
    const d = expectSingle("3 giờ chiều");
    expect(d.stated).toEqual({ hour: 15 });
    expect(d.partOfDay).toBe("afternoon");
  });

  test("grams and hectares are not times", () => {
    expectNone("800g thịt");
    expectNone("14g đường");
    expectNone("75.373ha");
  });

  test("thứ Sáu (4/8): weekday and date, with the bracket", () => {
    const d = expectSingle("vào thứ Sáu (4/8) tới");
    expect(d.text).toBe("thứ Sáu (4/8)");
    expect(d.stated).toEqual({ month: 8, day: 4, weekday: 5 });
  });

  test("lower-case weekday needs a cue; an ordinal never is one", () => {
    expect(expectSingle("vào thứ hai").stated).toEqual({ weekday: 1 });
    expectNone("lần thứ hai");
    expectNone("Thứ hai, cần chú ý");
  });

  test("ranges end after their last day", () => {
    expect(isoOf(expectSingle("từ ngày 1 đến 5/8"))).toBe(
      "2017-08-01T00:00:00.000+07:00..2017-08-06T00:00:00.000+07:00",
    );
    const d = expectSingle("giai đoạn 2016-2020");
    expect(d.text).toBe("2016-2020");
    expect(d.stated).toEqual({ year: 2016 });
    expect(d.statedEnd).toEqual({ year: 2020 });
  });

  test("lunar dates carry the lunar date and the solar value", () => {
    const d = expectSingle("rằm tháng Giêng", { referenceDate: "2017-02-06" });
    expect(d.calendar).toBe("lunar");
    expect(d.stated).toEqual({ month: 1, day: 15 });
    expect(d.lunar).toEqual({ year: 2017, month: 1, day: 15, leap: false });
    expect(isoOf(d)).toBe("2017-02-11T00:00:00.000+07:00");
  });

  test("approximate times are marked", () => {
    expect(expectSingle("khoảng 3 giờ chiều").approximate).toBe(true);
  });
});

describe("options", () => {
  test("referenceDate as a Date, an ISO date or an ISO date-time with offset", () => {
    const a = expectSingle("hôm qua", { referenceDate: new Date("2017-08-04T10:00:00+07:00") });
    const b = expectSingle("hôm qua", { referenceDate: "2017-08-04" });
    const c = expectSingle("hôm qua", { referenceDate: "2017-08-04T10:00:00+07:00" });
    expect(isoOf(a)).toBe("2017-08-03T00:00:00.000+07:00");
    expect(isoOf(b)).toBe(isoOf(a));
    expect(isoOf(c)).toBe(isoOf(a));
  });

  test("the offset comes from the reference string, or the utcOffset option", () => {
    expect(isoOf(expectSingle("hôm qua", { referenceDate: "2017-02-02T03:55:00-02:00" }))).toBe(
      "2017-02-01T00:00:00.000-02:00",
    );
    expect(
      isoOf(expectSingle("hôm qua", { referenceDate: "2017-08-04", utcOffset: "+09:00" })),
    ).toBe("2017-08-03T00:00:00.000+09:00");
  });

  test("prefer: future reads partial dates forward, as Duckling does", () => {
    expect(isoOf(expectSingle("ngày 1/8", { referenceDate: REF }))).toBe(
      "2017-08-01T00:00:00.000+07:00",
    );
    expect(isoOf(expectSingle("ngày 1/8", { referenceDate: REF, prefer: "future" }))).toBe(
      "2018-08-01T00:00:00.000+07:00",
    );
  });

  test("an unusable option is a BantinError, not a crash", () => {
    expect(() => extractDates("hôm qua", { referenceDate: "04/08/2017" })).toThrow(BantinError);
    expect(() => extractDates("hôm qua", { referenceDate: new Date(Number.NaN) })).toThrow(
      BantinError,
    );
    expect(() => extractDates("hôm qua", { utcOffset: "7h" })).toThrow(BantinError);
  });

  test.each([
    ["an impossible referenceDate", { referenceDate: "2017-02-30" }],
    ["a referenceDate with an impossible time", { referenceDate: "2017-02-03T25:00" }],
    ["a utcOffset out of range", { utcOffset: 1000 }],
    ["a utcOffset in fractions of a minute", { utcOffset: 420.5 }],
    ["a misspelt prefer", { prefer: "futur" }],
    ["articleDate not a boolean", { articleDate: "no" }],
    ["options not an object", "future"],
  ])("%s is a BantinError invalid-option, thrown before any work", (_n, options) => {
    for (const run of [
      () => extractDates("hôm qua", options as never),
      () => analyze("hôm qua", options as never),
    ]) {
      expect(run).toThrow(BantinError);
      try {
        run();
      } catch (e) {
        expect((e as BantinError).code).toBe("invalid-option");
        expect((e as Error).message).toMatch(/^bantin: option/);
      }
    }
  });
});

describe("ids", () => {
  test("date-1, date-2... in order of position", () => {
    const found = extractDates("Sáng 6/2, hội nghị; chiều 7/2 và ngày 8/2/2017 bế mạc.");
    expect(found.map((d) => [d.id, d.text])).toEqual([
      ["date-1", "Sáng 6/2"],
      ["date-2", "chiều 7/2"],
      ["date-3", "ngày 8/2/2017"],
    ]);
  });
});

describe("offsets into the original input", () => {
  test("the seed article", () => {
    const found = extractDates(seed);
    expect(found.map((d) => d.text)).toEqual(["Sáng ngày 04/8/2017", "năm 2017"]);
    expect(expectSpansPointIntoSource(found, seed)).toBe(2);
  });

  test("NFD input: spans cover the decomposed text", () => {
    const nfd = "Sáng ngày 04/8/2017, chiều cùng ngày".normalize("NFD");
    const found = extractDates(nfd);
    expect(found).toHaveLength(2);
    expect(found[0]?.text).toBe("Sáng ngày 04/8/2017".normalize("NFD"));
    expectSpansPointIntoSource(found, nfd);
  });

  test("NBSP, zero-width and tab spacing", () => {
    const text = "Sáng\u00a0ngày\u200b 04/8/2017\tlúc\u00a010h30";
    const found = extractDates(text);
    expect(found).toHaveLength(1);
    expectSpansPointIntoSource(found, text);
  });

  test("old tone placement (hoà-style) and upper case", () => {
    const found = extractDates("SÁNG NGÀY 04/8/2017, THỨ SÁU", { referenceDate: REF });
    expect(found[0]?.text).toBe("SÁNG NGÀY 04/8/2017");
  });
});

describe("robustness", () => {
  test.each([
    ["empty", ""],
    ["lone surrogates", "ngày 4/8\ud800 lúc 10h"],
    [
      "binary junk",
      String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)),
    ],
    ["digits and separators", "1/2/3/4/5/6/7/8/9/10-11-12.13.14:15:16h17g18"],
  ])("never throws on %s", (_n, text) => {
    const found = extractDates(text, { referenceDate: REF });
    for (const d of found) expect(DateEntity.safeParse(d).success).toBe(true);
    expectSpansPointIntoSource(found, text);
  });

  test("deterministic", () => {
    expect(JSON.stringify(extractDates(seed, { referenceDate: REF }))).toBe(
      JSON.stringify(extractDates(seed, { referenceDate: REF })),
    );
  });
});
