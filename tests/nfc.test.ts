import fc from "fast-check";
import unorm from "unorm";
import { describe, expect, test } from "vitest";
import { normalize } from "../src/normalize/normalize.js";

describe("Unicode NFC", () => {
  test("NFD Vietnamese becomes NFC and each letter maps back to its decomposed form", () => {
    const input = "Vie\u0323\u0302t Nam";
    const n = normalize(input);
    expect(n.text).toBe("Việt Nam");
    expect(n.changes.map((c) => [c.before, c.after])).toEqual([["e\u0323\u0302", "ệ"]]);
    expect(
      input.slice(
        n.spanToInput({ start: 0, end: 4 }).start,
        n.spanToInput({ start: 0, end: 4 }).end,
      ),
    ).toBe("Vie\u0323\u0302t");
  });

  test("NFC agrees with unorm on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 50 }), (s) => {
        expect(normalize(s).text).toBe(unorm.nfc(s));
      }),
    );
  });
});
