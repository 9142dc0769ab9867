import fc from "fast-check";
import unorm from "unorm";
import { describe, expect, test } from "vitest";
import { normalize } from "../src/normalize/normalize.js";
import { resolveNormalizeOptions } from "../src/normalize/options.js";
import { nfcPass } from "../src/normalize/passes/nfc.js";

const OPTIONS = resolveNormalizeOptions();

describe("Unicode NFC", () => {
  test("NFD Vietnamese becomes NFC and each letter maps back to its decomposed form", () => {
    const input = "Vie\u0323\u0302t Nam";
    const n = normalize(input);
    expect(n.text).toBe("Việt Nam");
    expect(n.changes.map((c) => [c.before, c.after])).toEqual([["e\u0323\u0302", "ệ"]]);
    const span = n.spanToInput({ start: 0, end: 4 });
    expect(input.slice(span.start, span.end)).toBe("Vie\u0323\u0302t");
  });

  test("combining marks in an unusual order compose the same way", () => {
    // Dot below then circumflex, and circumflex then dot below: both are ệ.
    expect(normalize("Vie\u0302\u0323t").text).toBe("Việt");
    expect(normalize("Vie\u0323\u0302t").text).toBe("Việt");
  });

  test("the NFC pass agrees with unorm (an independent implementation) on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 50 }), (s) => {
        expect(nfcPass.run(s, OPTIONS).text).toBe(unorm.nfc(s));
      }),
      { numRuns: 500 },
    );
  });

  test("the NFC pass agrees with unorm on Vietnamese built from base letters and marks", () => {
    const letter = fc.constantFrom(..."aăâeêioôơuưyAĂÂEÊIOÔƠUƯY dđnghq");
    const mark = fc.constantFrom(
      "\u0300",
      "\u0301",
      "\u0303",
      "\u0309",
      "\u0323",
      "\u0302",
      "\u0306",
      "\u031b",
    );
    const piece = fc
      .tuple(letter, fc.array(mark, { maxLength: 3 }))
      .map(([l, m]) => l + m.join(""));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const s = pieces.join("");
        expect(nfcPass.run(s, OPTIONS).text).toBe(unorm.nfc(s));
      }),
      { numRuns: 500 },
    );
  });

  test("whatever else it does, normalize returns NFC text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 80 }), (s) => {
        const out = normalize(s).text;
        expect(unorm.nfc(out)).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});
