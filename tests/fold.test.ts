import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fold } from "../src/fold/fold.js";
import { FoldResult } from "../src/schema/normalize.js";

function expectFolded(input: string, expected: string) {
  const f = fold(input);
  expect(f.text).toBe(expected);
  expect(FoldResult.parse(JSON.parse(JSON.stringify(f)))).toEqual({
    text: f.text,
    alignment: f.alignment,
  });
  return f;
}

describe("fold", () => {
  test.each([
    ["Quận ủy", "Quan uy"],
    ["Đà Nẵng", "Da Nang"],
    ["đường Nguyễn Trãi", "duong Nguyen Trai"],
    ["ĐẢNG CỘNG SẢN", "DANG CONG SAN"],
    ["Müller, café, François", "Muller, cafe, Francois"],
    ["ðại", "dai"],
    ["No change at all, 2017.", "No change at all, 2017."],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expectFolded(input, expected);
  });

  test("NFD input folds the same, each letter mapped to the letter and its marks", () => {
    const input = "Quận ủy".normalize("NFD");
    const f = expectFolded(input, "Quan uy");
    const span = f.spanToInput({ start: 5, end: 7 });
    expect(input.slice(span.start, span.end)).toBe("ủy".normalize("NFD"));
  });

  test("spans of the folded text map back to the original words", () => {
    const input = "Ủy ban nhân dân Quận 9";
    const f = fold(input);
    const at = f.text.indexOf("nhan dan");
    const span = f.spanToInput({ start: at, end: at + 8 });
    expect(input.slice(span.start, span.end)).toBe("nhân dân");
  });

  test("folding is idempotent, never longer, and agrees with NFD-and-strip on Vietnamese", () => {
    const letter = fc.constantFrom(
      ..."aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ bcgđĐHNQ .,",
    );
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 60 }), (chars) => {
        const s = chars.join("");
        const f = fold(s);
        expect(fold(f.text).text).toBe(f.text);
        expect(f.text.length).toBeLessThanOrEqual(s.length);
        const oracle = s
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/gu, "")
          .replace(/đ/gu, "d")
          .replace(/Đ/gu, "D");
        expect(f.text).toBe(oracle);
      }),
      { numRuns: 500 },
    );
  });

  test("never throws on arbitrary strings; spans stay inside the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
        const f = fold(s);
        const span = f.spanToInput({ start: 0, end: f.text.length });
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(s.length);
      }),
    );
  });
});
