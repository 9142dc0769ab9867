import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Line, splitLines } from "../src/cli/input/lines.js";

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { ignoreBOM: true });

async function lines(chunks: (string | Uint8Array)[], max = 1 << 20): Promise<Line[]> {
  async function* source() {
    for (const c of chunks) yield typeof c === "string" ? enc.encode(c) : c;
  }
  const out: Line[] = [];
  for await (const l of splitLines(source(), max)) out.push(l);
  return out;
}

const texts = (ls: Line[]) =>
  ls.map((l) => ("bytes" in l ? dec.decode(l.bytes) : { tooLong: l.tooLong }));

describe("splitLines", () => {
  test("LF and CRLF endings, a last line without newline, empty lines kept", async () => {
    expect(texts(await lines(["a\r\nb\n\nc"]))).toEqual(["a", "b", "", "c"]);
    expect((await lines(["a\n\n"])).map((l) => l.number)).toEqual([1, 2]);
  });

  test("a final newline does not add an empty line; empty input has no line", async () => {
    expect(texts(await lines(["x\n"]))).toEqual(["x"]);
    expect(await lines([])).toEqual([]);
    expect(await lines([""])).toEqual([]);
  });

  test("a UTF-8 BOM at the start is dropped, elsewhere kept", async () => {
    expect(texts(await lines(["\ufeffa\n\ufeffb"]))).toEqual(["a", "\ufeffb"]);
  });

  test("lines across chunks, multi-byte characters split between chunks", async () => {
    const bytes = enc.encode("Quận ủy\nhội nghị\n");
    const parts = [bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)];
    expect(texts(await lines(parts))).toEqual(["Quận ủy", "hội nghị"]);
  });

  test("a line longer than the limit is counted, not kept, and the next line is fine", async () => {
    const long = "x".repeat(50);
    expect(texts(await lines([`a\n${long.slice(0, 20)}`, `${long.slice(20)}\nb\n`], 30))).toEqual([
      "a",
      { tooLong: 50 },
      "b",
    ]);
    expect(texts(await lines([`${long}`], 30))).toEqual([{ tooLong: 50 }]);
    expect(texts(await lines([`${"y".repeat(30)}\n`], 30))).toEqual(["y".repeat(30)]);
  });

  test("each line owns its bytes (safe to move to a worker)", async () => {
    const out = await lines([Buffer.from("ab\ncd\n")]);
    for (const l of out)
      if ("bytes" in l) expect(l.bytes.buffer.byteLength).toBe(l.bytes.byteLength);
  });

  test("property: any chunking of any text gives the same lines as split('\\n')", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string(), fc.constantFrom("\n", "\r\n", "ệ", "\n\n")), {
          maxLength: 30,
        }),
        fc.array(fc.nat(20), { maxLength: 10 }),
        async (pieces, cuts) => {
          const text = pieces.join("");
          const bytes = enc.encode(text);
          const chunks: Uint8Array[] = [];
          let at = 0;
          for (const c of cuts) {
            chunks.push(bytes.subarray(at, Math.min(bytes.length, at + c)));
            at = Math.min(bytes.length, at + c);
          }
          chunks.push(bytes.subarray(at));
          const expected = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
          if (expected[expected.length - 1] === "") expected.pop();
          if (expected[0]?.startsWith("\ufeff")) expected[0] = expected[0].slice(1);
          expect(texts(await lines(chunks))).toEqual(
            expected.map((l) => dec.decode(enc.encode(l))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
