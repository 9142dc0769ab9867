import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { analyze } from "../src/analyze.js";
import { BantinError } from "../src/errors.js";
import {
  extractCounts,
  extractMoney,
  extractNumbers,
  extractQuantities,
} from "../src/extract/quantity/index.js";
import { parseFigure, parseNumberText } from "../src/extract/quantity/numerals.js";
import { CountEntity, MoneyEntity, NumberEntity } from "../src/schema/quantity.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

function expectSingleCount(text: string): CountEntity {
  const counts = extractCounts(text);
  expect(counts, JSON.stringify(counts.map((c) => c.text))).toHaveLength(1);
  const c = counts[0] as CountEntity;
  expect(CountEntity.parse(c)).toEqual(c);
  expect(text.slice(c.unitPhrase.span.start, c.unitPhrase.span.end)).toBe(c.unitPhrase.text);
  expect(c.unitPhrase.text).toBe(c.unit);
  return c;
}

describe("the number grammar", () => {
  test.each([
    ["mười lăm", 15],
    ["hai mươi mốt", 21],
    ["hai mốt", 21],
    ["một trăm linh năm", 105],
    ["ba nghìn tỷ", 3e12],
    ["hai triệu rưỡi", 2.5e6],
    ["2 tỷ 500 triệu", 2.5e9],
    ["1,5 triệu", 1.5e6],
    ["hai phẩy 23", 2.23],
    ["bảy trăm hai mươi mốt nghìn không trăm mười hai", 721012],
  ])("%s = %d", (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  test("`mười năm` is ten years, not fifteen", () => {
    expect(parseNumberText("mười năm")).toBeUndefined();
  });

  test("figures: Vietnamese separators, English copy, versions", () => {
    expect(parseFigure("1.234.567")?.value).toBe(1234567);
    expect(parseFigure("2,5")?.value).toBe(2.5);
    expect(parseFigure("06")).toMatchObject({ value: 6, zeroPadded: true });
    expect(parseFigure("1,234,567")?.value).toBe(1234567);
    expect(parseFigure("2.5")?.value).toBe(2.5);
    expect(parseFigure("1.2.3")).toBeUndefined();
  });
});

describe("counts", () => {
  test("06 ý kiến phát biểu: six comments, the unit trimmed to the noun phrase", () => {
    const c = expectSingleCount("Hội nghị ghi nhận được 06 ý kiến phát biểu đóng góp của đại diện");
    expect(c).toMatchObject({
      value: 6,
      unit: "ý kiến phát biểu",
      kind: "count",
      text: "06 ý kiến phát biểu",
    });
  });

  test("qualifiers are kept", () => {
    expect(expectSingleCount("hơn 200 đại biểu tham dự").qualifier).toEqual({
      word: "hơn",
      meaning: "over",
    });
    expect(expectSingleCount("gần 1.000 hộ dân").qualifier).toEqual({
      word: "gần",
      meaning: "nearly",
    });
    expect(expectSingleCount("khoảng 30%")).toMatchObject({
      kind: "percent",
      value: 30,
      unit: "%",
    });
    expect(expectSingleCount("hàng trăm người")).toMatchObject({
      value: 100,
      qualifier: { meaning: "order-of" },
    });
    expect(expectSingleCount("trên 3.000 người")).toMatchObject({
      qualifier: { word: "trên", meaning: "over" },
    });
    expect(expectSingleCount("dưới 5 người").qualifier?.meaning).toBe("under");
    expect(expectSingleCount("ít nhất 12 người").qualifier?.meaning).toBe("at-least");
  });

  test("a classifier takes its noun; names are not units", () => {
    expect(expectSingleCount("3 con giáp may mắn").unit).toBe("con giáp");
    expect(expectSingleCount("2 chiếc xe máy bị hư").unit).toBe("chiếc xe máy");
    expect(extractCounts("6 chiếc Type 45")[0]?.unit).toBe("chiếc");
  });

  test("`một số` (some), `hai bên`, `năm nay` are not counts; `năm người` is", () => {
    expect(extractCounts("một số người")).toEqual([]);
    expect(extractCounts("hai bên")).toEqual([]);
    expect(extractCounts("năm nay")).toEqual([]);
    expect(expectSingleCount("năm người").value).toBe(5);
  });

  test("a verb that starts like a unit is not one", () => {
    expect(extractCounts("Legacy 2018 trang bị hệ thống phanh")).toEqual([]);
  });
});

describe("money", () => {
  test.each([
    ["5 tỷ đồng", 5e9, "VND"],
    ["10.000đ", 10000, "VND"],
    ["1000 VNĐ", 1000, "VND"],
    ["100 USD", 100, "USD"],
    ["mười đô la", 10, "$"],
    ["20€", 20, "EUR"],
    ["10K$", 10000, "$"],
  ])("%s", (text, value, currency) => {
    const m = extractMoney(text);
    expect(m).toHaveLength(1);
    expect(MoneyEntity.parse(m[0])).toMatchObject({ value, currency, text });
  });

  test("ranges, per-unit prices and bounds", () => {
    expect(extractMoney("giá 36,6-37 triệu đồng/lượng")[0]).toMatchObject({
      value: 36.6e6,
      upper: 37e6,
      per: "lượng",
    });
    expect(extractMoney("từ 300.000 đến 2,4 triệu đồng")[0]).toMatchObject({
      value: 300000,
      upper: 2.4e6,
    });
    expect(extractMoney("không quá 7.000 đồng")[0]?.qualifier?.meaning).toBe("at-most");
  });

  test("`3 đồng chí` is three comrades, not three đồng", () => {
    expect(extractMoney("3 đồng chí")).toEqual([]);
  });
});

describe("numbers", () => {
  test("ordinals", () => {
    const n = extractNumbers("lần thứ 3, thứ nhất, người đầu tiên").filter(
      (x) => x.kind === "ordinal",
    );
    expect(n.map((x) => [x.text, x.value])).toEqual([
      ["thứ 3", 3],
      ["thứ nhất", 1],
      ["đầu tiên", 1],
    ]);
  });

  test("a weekday is a date, not an ordinal", () => {
    expect(extractNumbers("vào thứ Hai (6/2)")).toEqual([]);
  });

  test("lone ambiguous words only in latent mode", () => {
    expect(extractNumbers("không")).toEqual([]);
    expect(extractNumbers("không", { latent: true })[0]?.value).toBe(0);
    expect(extractNumbers("mạng 4G")).toEqual([]);
    expect(extractNumbers("3M", { latent: true })[0]?.value).toBe(3e6);
  });

  test("scores, phone numbers and figures inside dates are not numbers", () => {
    expect(extractNumbers("thắng 2-1, gọi 0912 345 678 lúc 10h30 ngày 4/8/2017")).toEqual([]);
  });

  test("how a number was written", () => {
    const n = extractNumbers("12 người, mười hai người, 1,5 triệu đồng");
    expect(n.map((x) => x.written)).toEqual(["figure", "words", "mixed"]);
    for (const x of n) expect(NumberEntity.parse(x)).toEqual(x);
  });
});

describe("halves: nửa and rưỡi", () => {
  test("nửa before a multiplier halves it (21478363: `nửa tỷ đồng/phút`)", () => {
    const m = extractMoney("giá quảng cáo là nửa tỷ đồng/phút");
    expect(m.map((x) => [x.text, x.value, x.per])).toEqual([["nửa tỷ đồng/phút", 5e8, "phút"]]);
    const c = expectSingleCount("nửa triệu người");
    expect([c.value, c.unit]).toEqual([5e5, "người"]);
  });

  test("rưỡi after a multiplier adds half of it", () => {
    expect(expectSingleCount("một triệu rưỡi người").value).toBe(1.5e6);
    expect(extractMoney("2 tỷ rưỡi đồng")[0]?.value).toBe(2.5e9);
  });

  test("nửa with a unit of time is half of it; midnight and shares are not counted", () => {
    const c = expectSingleCount("sau nửa tháng thi công");
    expect([c.kind, c.value, c.unit]).toEqual(["duration", 0.5, "tháng"]);
    expect(extractCounts("đến nửa đêm mới về")).toEqual([]);
    expect(extractCounts("một nửa số hộ đã thoát nghèo")).toEqual([]);
  });
});

describe("percentages", () => {
  test("a time word after % says when, not what the share is of (21474236)", () => {
    const c = expectSingleCount("chỉ số giảm 5,4% ngày thứ sáu");
    expect([c.text, c.unit, c.unitPhrase.rule]).toEqual(["5,4%", "%", "percent-sign"]);
    expect(expectSingleCount("GDP tăng 6,2% năm 2016").unit).toBe("%");
    expect(expectSingleCount("tăng 7% tháng trước").unit).toBe("%");
  });

  test("a counted noun after % is what the share is of", () => {
    const c = expectSingleCount("100% chi bộ đạt trong sạch vững mạnh");
    expect([c.unit, c.unitPhrase.rule]).toEqual(["chi bộ", "unit"]);
  });
});

describe("scores are neither ranges nor dates", () => {
  test.each(["thua 1-2 trước Sevilla", "đội nhà thắng đậm 6-3", "với tỷ số 2-2", "Dự đoán: 1-1"])(
    "%s",
    (text) => {
      const q = extractQuantities(text);
      expect([...q.numbers, ...q.counts].map((x) => x.text)).toEqual([]);
    },
  );

  test("a name that looks like a result is not a score cue: `Hữu Thắng 2-3 lần`", () => {
    expect(extractCounts("HLV Hữu Thắng 2-3 lần nhắc nhở")[0]?.value).toBe(2);
  });
});

describe("ids and sub-items", () => {
  test("every item has an id in order of position, and unit phrases their rule", () => {
    const q = extractQuantities(
      "Hơn 200 đại biểu, 3 chiếc xe máy, 75ha lúa và 5 tỷ đồng; 30% hộ dân",
    );
    expect(q.counts.map((c) => c.id)).toEqual(["count-1", "count-2", "count-3", "count-4"]);
    expect(q.counts.map((c) => c.unitPhrase.rule)).toEqual([
      "unit",
      "classifier",
      "glued-unit",
      "unit",
    ]);
    expect(q.money.map((m) => m.id)).toEqual(["money-1"]);
    expect(q.numbers.map((n) => n.id)).toEqual(q.numbers.map((_, i) => `number-${i + 1}`));
  });
});

describe("options", () => {
  test("an unusable option value is a BantinError before any work", () => {
    // @ts-expect-error: a mistyped option, as plain JavaScript may pass it
    expect(() => extractCounts("5 người", { latent: "yes" })).toThrow(BantinError);
    // @ts-expect-error: options must be an object
    expect(() => extractQuantities("5 người", 3)).toThrow(/invalid|options/);
    try {
      // @ts-expect-error: a mistyped option
      extractNumbers("", { latent: 1 });
    } catch (e) {
      expect((e as BantinError).code).toBe("invalid-option");
    }
    expect.assertions(3);
  });
});

describe("offsets and robustness", () => {
  test("the seed through analyze: the six comments are counted", () => {
    const result = analyze(seed);
    expect(result.counts.map((c) => [c.text, c.value, c.unit])).toContainEqual([
      "06 ý kiến phát biểu",
      6,
      "ý kiến phát biểu",
    ]);
    expectSpansPointIntoSource(result, seed);
  });

  test("NFD input", () => {
    const text = "gần 1.000 hộ dân và 5 tỷ đồng".normalize("NFD");
    const q = extractQuantities(text);
    expect(q.counts).toHaveLength(1);
    expect(q.money).toHaveLength(1);
    expect(expectSpansPointIntoSource(q, text)).toBeGreaterThan(3);
  });

  test.each([
    ["empty", ""],
    ["digits", "1234567890".repeat(50)],
    ["separators", "1.2,3-4/5%6 7 8đ 9$".repeat(20)],
    ["junk", String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536))],
  ])("never throws on %s", (_n, text) => {
    const q = extractQuantities(text);
    expectSpansPointIntoSource(q, text);
  });

  test("deterministic", () => {
    expect(JSON.stringify(extractQuantities(seed))).toBe(JSON.stringify(extractQuantities(seed)));
  });
});
