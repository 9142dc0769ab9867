/**
 * The line contract distributed engines rely on, tested the way Hadoop Streaming and Spark's
 * `RDD.pipe` drive a command: many lines through stdin (including empty lines, invalid JSON,
 * invalid UTF-8, a 20 MB line), exactly one output line per input line, in order, failures as
 * error records; output while input still arrives; clean ends on a closed pipe and on SIGINT.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  finish,
  jsonLines,
  measureHeapNeed,
  runCli,
  startCli,
  waitForLines,
} from "../fixtures/cli/run-cli.js";

const enc = new TextEncoder();
const SENTENCES = [
  "Sáng ngày 04/8/2017, Quận ủy Quận 9 tổ chức hội nghị chuyên đề về công tác tạo nguồn phát triển đảng viên.",
  "Tham dự và chủ trì hội nghị có đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy.",
  "Hội nghị cũng đã ghi nhận được 06 ý kiến phát biểu đóng góp của đại diện các cấp ủy.",
];

/** What the engine feeds, and what each line should give. */
interface Case {
  readonly bytes: Uint8Array;
  /** The id the output line must carry, or the error code it must carry. */
  readonly expect: { id: string | number | null; error?: string };
}

function buildInput(bigLineBytes: number): Case[] {
  const cases: Case[] = [];
  const article = (id: string | number, text: string): Case => ({
    bytes: enc.encode(JSON.stringify({ id, text })),
    expect: { id },
  });
  for (let i = 0; i < 240; i++) {
    cases.push(article(i % 7 === 0 ? i : `a${i}`, `${SENTENCES[i % 3]} (${i})`));
    if (i % 40 === 5)
      cases.push({ bytes: enc.encode(""), expect: { id: null, error: "empty-line" } });
    if (i % 40 === 9)
      cases.push({ bytes: enc.encode("   \t"), expect: { id: null, error: "empty-line" } });
    if (i % 40 === 13)
      cases.push({
        bytes: enc.encode('{"id":"broken","text":"no end'),
        expect: { id: null, error: "invalid-json" },
      });
    if (i % 40 === 17)
      cases.push({
        bytes: enc.encode("not json at all"),
        expect: { id: null, error: "invalid-json" },
      });
    if (i % 40 === 21) {
      // Invalid UTF-8 (a lone continuation byte and a truncated sequence) inside the text.
      const bytes = new Uint8Array([
        ...enc.encode(`{"id":"bad-utf8-${i}","text":"Qu`),
        0x80,
        0xe1,
        0xba,
        ...enc.encode('n 9"}'),
      ]);
      cases.push({ bytes, expect: { id: `bad-utf8-${i}` } });
    }
    if (i % 40 === 25)
      cases.push({
        bytes: enc.encode('[{"id":"x"}]'),
        expect: { id: null, error: "not-an-object" },
      });
    if (i % 40 === 29)
      cases.push({
        bytes: enc.encode(`{"id":"no-text-${i}","body":"x"}`),
        expect: { id: `no-text-${i}`, error: "no-text" },
      });
    if (i % 40 === 33)
      cases.push({
        bytes: enc.encode(`{"id":"crlf-${i}","text":"Quận 9"}\r`),
        expect: { id: `crlf-${i}` },
      });
  }
  // A 20 MB line: a real article plus a large field the engine carries along.
  const big = `{"id":"big","text":${JSON.stringify(SENTENCES.join(" "))},"raw":"${"x".repeat(bigLineBytes)}"}`;
  cases.splice(120, 0, { bytes: enc.encode(big), expect: { id: "big" } });
  return cases;
}

function join(cases: readonly Case[]): Uint8Array {
  const total = cases.reduce((n, c) => n + c.bytes.length + 1, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of cases) {
    out.set(c.bytes, at);
    at += c.bytes.length;
    out[at++] = 0x0a;
  }
  return out;
}

function checkContract(stdout: Buffer, cases: readonly Case[]): void {
  const lines = jsonLines(stdout);
  expect(lines.length).toBe(cases.length);
  lines.forEach((line, i) => {
    const c = cases[i] as Case;
    const record = JSON.parse(line);
    expect(record.id, `line ${i + 1}`).toEqual(c.expect.id);
    if (c.expect.error) {
      expect(record.error?.code, `line ${i + 1}`).toBe(c.expect.error);
      expect(record.error.line).toBe(i + 1);
    } else {
      expect(record.error, `line ${i + 1}: ${line.slice(0, 200)}`).toBeUndefined();
      expect(typeof record.schemaVersion).toBe("string");
    }
  });
}

describe("the line contract (Hadoop Streaming / Spark RDD.pipe)", () => {
  const cases = buildInput(20 * 1024 * 1024);
  const input = join(cases);

  test.each([["1"], ["2"]])(
    "--jobs %s: one output line per input line, in order, errors as records, exit 0 with --exit-zero",
    async (jobs) => {
      const r = await runCli(
        [
          "analyze",
          "--input",
          "jsonl",
          "--exit-zero",
          "--quiet",
          "--jobs",
          jobs,
          "--fields",
          "schemaVersion,input",
        ],
        input,
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      checkContract(r.stdout, cases);
      // Lines that were not UTF-8 say that spans index the decoded text.
      const bad = jsonLines(r.stdout)
        .map((l) => JSON.parse(l))
        .find((x) => String(x.id).startsWith("bad-utf8"));
      expect(bad.input.kind).toBe("bytes");
    },
    120_000,
  );

  test("without --exit-zero the failures give exit 1, and the output is the same", async () => {
    const small = cases.slice(0, 60);
    const r = await runCli(
      ["analyze", "--input", "jsonl", "--quiet", "--fields", "schemaVersion"],
      join(small),
    );
    expect(r.code).toBe(1);
    checkContract(r.stdout, small);
  }, 60_000);

  test("a line over --max-size is an error record, not a crash, and the next lines go on", async () => {
    const r = await runCli(
      [
        "analyze",
        "--input",
        "jsonl",
        "--max-size",
        "8M",
        "--exit-zero",
        "--quiet",
        "--fields",
        "schemaVersion",
      ],
      input,
    );
    const records = jsonLines(r.stdout).map((l) => JSON.parse(l));
    expect(records).toHaveLength(cases.length);
    // The line is not handed to a worker, but its id is read from its head.
    expect(records[120]).toMatchObject({ id: "big", error: { code: "too-large", line: 121 } });
    expect(records[121].error).toBeUndefined();
  }, 120_000);

  test("with --max-memory, a line too large for a worker's heap is refused, and the run goes on", async () => {
    const small = (id: string) => JSON.stringify({ id, text: SENTENCES[0] });
    const huge = JSON.stringify({ id: "huge", text: `${SENTENCES[1]} `.repeat(200_000) });
    const r = await runCli(
      [
        "analyze",
        "--input",
        "jsonl",
        "--jobs",
        "2",
        "--max-memory",
        "64",
        "--exit-zero",
        "--quiet",
        "--fields",
        "schemaVersion",
      ],
      `${small("s1")}\n${huge}\n${small("s2")}\n`,
    );
    expect(r.stderr).toBe("");
    const records = jsonLines(r.stdout).map((l) => JSON.parse(l));
    expect(records.map((x) => x.id)).toEqual(["s1", "huge", "s2"]);
    expect(records[1].error).toMatchObject({ code: "too-large", line: 2 });
    expect(records[2].error).toBeUndefined();
    expect(r.code).toBe(0);
  }, 120_000);

  test("with --max-memory, an article whose analysis outgrows a worker's heap ends only that worker", async () => {
    // The limit leaves room for a normal article: twice what the pipeline needs with the seed
    // analysed (live heap plus all one more analysis allocates), as measured in this checkout.
    const need = await measureHeapNeed();
    const limitMb = Math.max(32, Math.ceil(2 * (need.liveMb + need.transientMb)));
    // The large article needs four times the limit at the measured peak growth per character.
    const seedText = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");
    const chars = (4 * limitMb * 2 ** 20) / need.peakBytesPerChar;
    const big = JSON.stringify({
      id: "big",
      text: seedText.repeat(Math.ceil(chars / seedText.length)),
    });
    const small = (id: string) => JSON.stringify({ id, text: seedText });
    const r = await runCli(
      [
        "analyze",
        "--input",
        "jsonl",
        "--jobs",
        "2",
        "--max-memory",
        String(limitMb),
        // Let the large line through to a worker: its heap, not --max-size, must stop it.
        "--max-size",
        String(enc.encode(big).length + 1024),
        "--exit-zero",
        "--quiet",
        "--fields",
        "schemaVersion",
      ],
      `${small("s1")}\n${big}\n${small("s2")}\n${small("s3")}\n`,
    );
    const context = `limit ${limitMb} MB from ${JSON.stringify(need)}; stderr: ${r.stderr}`;
    const records = jsonLines(r.stdout).map((l) => JSON.parse(l));
    expect(
      records.map((x) => x.id),
      context,
    ).toEqual(["s1", "big", "s2", "s3"]);
    for (const i of [0, 2, 3]) expect(records[i].error, context).toBeUndefined();
    // The id of the line whose worker died comes from the main thread's reading of the line.
    expect(records[1].error, context).toMatchObject({ code: "internal", line: 2 });
    expect(records[1].error.message).toMatch(/memory limit.*--max-memory/);
    expect(r.code).toBe(0);
  }, 180_000);

  test("stdin starting with { is read as JSONL without --input", async () => {
    const r = await runCli(
      ["analyze", "--fields", "schemaVersion"],
      '{"id":"s1","text":"a"}\n\n{"id":"s2","text":"b"}\n',
    );
    expect(jsonLines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(["s1", null, "s2"]);
  });
});

describe("streaming and ending", () => {
  test.each([["1"], ["2"]])(
    "--jobs %s: output starts before the input ends",
    async (jobs) => {
      const child = startCli([
        "analyze",
        "--input",
        "jsonl",
        "--jobs",
        jobs,
        "--fields",
        "schemaVersion",
      ]);
      const first = waitForLines(child, 2);
      child.stdin.write(
        `${JSON.stringify({ id: "early-1", text: SENTENCES[0] })}\n${JSON.stringify({ id: "early-2", text: SENTENCES[1] })}\n`,
      );
      const lines = await first;
      expect(lines.map((l) => JSON.parse(l).id)).toEqual(["early-1", "early-2"]);
      const r = await finish(child, `${JSON.stringify({ id: "late", text: SENTENCES[2] })}\n`);
      expect(r.code).toBe(0);
    },
    60_000,
  );

  test("a closed stdout (| head) ends quietly: no stack trace, exit 0", async () => {
    const child = startCli(["analyze", "--input", "jsonl", "--fields", "schemaVersion"]);
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({ id: i, text: SENTENCES[i % 3] }),
    ).join("\n");
    child.stdin.on("error", () => {});
    child.stdin.end(`${lines}\n`);
    const head = await waitForLines(child, 3);
    expect(head).toHaveLength(3);
    child.stdout.destroy(); // what `head` does after its lines
    const errors: Buffer[] = [];
    child.stderr.on("data", (c: Buffer) => errors.push(c));
    const code = await new Promise<number | null>((resolve) =>
      child.on("close", (c) => resolve(c)),
    );
    expect(Buffer.concat(errors).toString()).toBe("");
    expect(code).toBe(0);
  }, 60_000);

  test.each([["1"], ["2"]])(
    "--jobs %s: SIGINT ends cleanly: whole lines only, exit 130, no stack trace",
    async (jobs) => {
      const child = startCli([
        "analyze",
        "--input",
        "jsonl",
        "--jobs",
        jobs,
        "--fields",
        "schemaVersion",
      ]);
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (c: Buffer) => out.push(c));
      child.stderr.on("data", (c: Buffer) => err.push(c));
      const got = waitForLines(child, 5);
      child.stdin.write(
        `${Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: i, text: SENTENCES[i % 3] })).join("\n")}\n`,
      );
      await got;
      child.kill("SIGINT");
      const code = await new Promise<number | null>((resolve) =>
        child.on("close", (c) => resolve(c)),
      );
      expect(code).toBe(130);
      const stdout = Buffer.concat(out).toString();
      expect(stdout.endsWith("\n")).toBe(true);
      for (const line of jsonLines(stdout)) expect(() => JSON.parse(line)).not.toThrow();
      const stderr = Buffer.concat(err).toString();
      expect(stderr).toMatch(/interrupted after 5 articles/);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});
