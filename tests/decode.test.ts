/**
 * `decode(bytes)`: byte-order marks, UTF-16 without one, UTF-8, the legacy charsets (each from the
 * shared tables compiled into src/decode/data), damage instead of exceptions.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CHARSETS, encodeText } from "../src/decode/charsets.js";
import { decode } from "../src/decode/decode.js";
import { DecodeResult } from "../src/schema/normalize.js";

const TEXT =
  "ĐẢNG BỘ QUẬN 9\nSáng ngày 04/8/2017, Quận ủy Quận 9 tổ chức hội nghị chuyên đề về công tác " +
  "tạo nguồn phát triển đảng viên. Ông Cao Văn Minh phát biểu chỉ đạo; các đồng chí đã thẳng thắn " +
  "trao đổi và đề ra nhiều giải pháp hữu hiệu.\n";

function expectDecoded(bytes: Uint8Array, text: string, encoding: string) {
  const d = decode(bytes);
  expect(DecodeResult.parse(d)).toEqual(d);
  expect(d.encoding).toBe(encoding);
  expect(d.text).toBe(text);
  return d;
}

const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => {
  const b = utf16le(s);
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1] as number, b[i] as number];
  return b;
};

describe("Unicode byte encodings", () => {
  test("UTF-8, with and without a BOM", () => {
    expectDecoded(new TextEncoder().encode(TEXT), TEXT, "utf-8");
    const d = expectDecoded(
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]),
      TEXT,
      "utf-8",
    );
    expect(d.bom).toBe(true);
    expect(d.confidence).toBe(1);
  });

  test("UTF-16 LE and BE with a BOM", () => {
    expectDecoded(Uint8Array.from([0xff, 0xfe, ...utf16le(TEXT)]), TEXT, "utf-16le");
    expectDecoded(Uint8Array.from([0xfe, 0xff, ...utf16be(TEXT)]), TEXT, "utf-16be");
  });

  test("UTF-16 LE and BE without a BOM, from the pattern of NUL bytes", () => {
    const le = expectDecoded(utf16le(TEXT), TEXT, "utf-16le");
    expect(le.bom).toBe(false);
    expect(le.confidence).toBeGreaterThan(0.5);
    expectDecoded(utf16be(TEXT), TEXT, "utf-16be");
  });
});

describe("legacy byte charsets", () => {
  test.each(["tcvn3", "vni", "viscii", "cp1258"] as const)("%s", (name) => {
    const bytes = encodeText(CHARSETS[name], TEXT) as Uint8Array;
    const d = decode(bytes);
    expect(d.encoding).toBe(name);
    expect(d.confidence).toBeGreaterThan(0.5);
    // TCVN3 gives capitals with tone marks the lower-case code: the all-caps heading shows them.
    expect(d.text).toBe(TEXT);
    expect(d.damage).toEqual([]);
  });

  test("TCVN3 capitals that nothing shows stay lower case (a known limit of the charset)", () => {
    const d = decode(
      encodeText(CHARSETS.tcvn3, "Du khách Úc đến thăm Hà Nội hôm nay.") as Uint8Array,
    );
    expect(d.text).toBe("Du khách úc đến thăm Hà Nội hôm nay.");
  });

  test("VISCII capitals in C0 positions (RFC 1456) are read", () => {
    const bytes = encodeText(CHARSETS.viscii, "Tôi đi học ở trường mới, ");
    expect(bytes).toBeDefined();
    const d = decode(Uint8Array.from([...(bytes ?? []), 0x02, 0x6e, 0x67]));
    expect(d.text.endsWith("Ẳng")).toBe(true);
  });
});

describe("bad bytes", () => {
  test("invalid UTF-8 that is not Vietnamese in any charset: U+FFFD, reported", () => {
    const d = decode(Uint8Array.from([0x41, 0xc3, 0x28, 0x42, 0xff]));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe("A\ufffd(B\ufffd");
    expect(d.damage.map((x) => x.kind)).toEqual(["undecodable", "undecodable"]);
    expect(d.confidence).toBeLessThan(0.5);
  });

  test("a UTF-8 file with one TCVN3 paragraph: each line in its own encoding", () => {
    const tcvn3 = encodeText(
      CHARSETS.tcvn3,
      "Tôi đi học ở trường Đại học Bách khoa.\n",
    ) as Uint8Array;
    const bytes = Uint8Array.from([...new TextEncoder().encode("Tin mới nhất\n"), ...tcvn3]);
    const d = decode(bytes);
    expect(d.text).toBe("Tin mới nhất\nTôi đi học ở trường Đại học Bách khoa.\n");
    expect(d.encoding).toBe("mixed");
  });

  test("odd-length UTF-16 reports the incomplete last byte", () => {
    const d = decode(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]));
    expect(d.text.startsWith("A")).toBe(true);
    expect(d.damage.some((x) => x.kind === "undecodable")).toBe(true);
  });

  test("never throws on arbitrary bytes, and the result validates", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const d = decode(bytes);
        expect(DecodeResult.safeParse(d).success).toBe(true);
        for (const x of d.damage) {
          expect(x.span.start).toBeGreaterThanOrEqual(0);
          expect(x.span.end).toBeLessThanOrEqual(d.text.length);
        }
      }),
      { numRuns: 500 },
    );
    expect(decode(new Uint8Array(0)).text).toBe("");
    expect(decode("not bytes" as unknown as Uint8Array).text).toBe("");
  });
});
