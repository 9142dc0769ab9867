/**
 * The `bantin` command end to end, run from the sources as a user runs it: commands, inputs (files,
 * folders, stdin, JSONL, gzip, other encodings), formats, exit codes and messages.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jsonLines, runCli } from "../fixtures/cli/run-cli.js";
import { Analysis, NormalizeResult } from "../src/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const SEED_PATH = "fixtures/seed/seed.txt";
const seed = readFileSync(new URL(`../${SEED_PATH}`, import.meta.url), "utf8");
const NO_STACK = /\n\s+at |Error: .*\n\s+at /;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bantin-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("start-up, help and usage", () => {
  test("--version prints the version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/^(?:\d+\.\d+\.\d+|dev)\n$/);
  });

  test("--help lists commands, formats, exit codes and examples", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    const help = r.stdout.toString();
    for (const s of [
      "analyze",
      "normalize",
      "segment",
      "--format",
      "--jobs",
      "--input-encoding",
      "Exit codes",
      "Examples",
      "hadoop",
      "pipe(",
    ]) {
      expect(help).toContain(s);
    }
  });

  test.each([
    [["analyse", SEED_PATH], /unknown command analyse/],
    [["analyze", "--format", "xml"], /--format "xml"/],
    [[], /no command/],
    [["analyze", "fixtures/seed", "--format", "html"], /add --out DIR/],
    [["analyze", SEED_PATH, "--fields", "people,nonsense"], /unknown field nonsense/],
    [["analyze", "-", "-"], /stdin \(-\) can be named only once/],
  ])("usage errors exit 2 with one clear message: %j", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("bantin --help");
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.stdout.length).toBe(0);
  });
});

describe("one article", () => {
  test("analyze a file: the JSON the schema accepts, spans into the file's text", async () => {
    const r = await runCli(["analyze", SEED_PATH]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const analysis = JSON.parse(r.stdout.toString());
    expect(Analysis.parse(analysis)).toEqual(analysis);
    expect(analysis.input.length).toBe(seed.length);
    expectSpansPointIntoSource(analysis, seed);
  });

  test("stdin when no file is given; --pretty indents", async () => {
    const r = await runCli(["analyze", "--pretty"], seed);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/^\{\n {2}"schemaVersion"/);
    expect(JSON.parse(r.stdout.toString()).input.length).toBe(seed.length);
  });

  test("normalize prints the text; --format json gives the NormalizeResult", async () => {
    const text = await runCli(["normalize"], "Quận uỷ\n");
    expect(text.stdout.toString()).toBe("Quận ủy\n");
    const json = await runCli(["normalize", "--format", "json"], "Quận uỷ");
    expect(NormalizeResult.safeParse(JSON.parse(json.stdout.toString())).success).toBe(true);
  });

  test("segment gives sections and metadata", async () => {
    const r = await runCli(["segment", SEED_PATH]);
    expect(Object.keys(JSON.parse(r.stdout.toString()))).toEqual([
      "schemaVersion",
      "input",
      "metadata",
      "sections",
    ]);
  });

  test("--fields keeps only the named fields", async () => {
    const r = await runCli(["analyze", SEED_PATH, "--fields", "sections,normalized.text"]);
    expect(Object.keys(JSON.parse(r.stdout.toString()))).toEqual(["sections", "normalized"]);
  });

  test("pipeline options pass through: --reference-date resolves relative dates, --tone", async () => {
    const r = await runCli(
      ["analyze", "--reference-date", "2017-08-10", "--fields", "dates"],
      "Hôm qua trời mưa.",
    );
    const [date] = JSON.parse(r.stdout.toString()).dates;
    expect(date.text).toBe("Hôm qua");
    expect(JSON.stringify(date.value)).toContain("2017-08-09");
    const tone = await runCli(["normalize", "--tone", "new"], "Quận ủy hòa bình");
    expect(tone.stdout.toString()).toBe("Quận uỷ hoà bình\n");
  });

  test("normaliser options pass through: --space-after-punctuation, --dashes, --legacy; exit 2 on a bad value", async () => {
    const spaced = await runCli(
      ["normalize", "--space-after-punctuation", "--dashes", "ascii"],
      "Ngày 04/8/2017,Quận ủy họp – kết luận",
    );
    expect(spaced.stdout.toString()).toBe("Ngày 04/8/2017, Quận ủy họp - kết luận\n");
    // Pasted legacy text: read as VNI when named; left alone with off.
    expect((await runCli(["normalize", "--legacy", "vni"], "Toâi ñi hoïc")).stdout.toString()).toBe(
      "Tôi đi học\n",
    );
    const tcvn3 = "T«i ®i häc";
    expect((await runCli(["normalize"], tcvn3)).stdout.toString()).toBe("Tôi đi học\n");
    expect((await runCli(["normalize", "--legacy", "off"], tcvn3)).stdout.toString()).toBe(
      `${tcvn3}\n`,
    );
    const bad = await runCli(["normalize", "--legacy", "latin1"], tcvn3);
    expect(bad.code).toBe(2);
    expect(bad.stderr.toString()).toMatch(/--legacy "latin1" is not one of/);
  }, 120_000);

  test("a missing file: exit 1, one message, no stack trace", async () => {
    const r = await runCli(["analyze", "no/such/file.txt"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/file\.txt.*no such file/);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.stdout.length).toBe(0);
  });

  test("UTF-16 bytes are detected; spans index input.decodedText", async () => {
    const file = join(dir, "utf16.txt");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, "utf16le")]));
    const r = await runCli(["analyze", file]);
    const analysis = JSON.parse(r.stdout.toString());
    expect(analysis.input.kind).toBe("bytes");
    expect(analysis.input.decodedText).toBe(seed);
    expectSpansPointIntoSource(analysis, analysis.input.decodedText);
  });

  test("--input-encoding utf-16le reads BOM-less UTF-16", async () => {
    const file = join(dir, "utf16-nobom.txt");
    writeFileSync(file, Buffer.from("Quận ủy Quận 9", "utf16le"));
    const r = await runCli(["normalize", file, "--input-encoding", "utf-16le"]);
    expect(r.stdout.toString()).toBe("Quận ủy Quận 9\n");
  });

  test("an HTML file goes in as HTML (format option passed to the pipeline)", async () => {
    const file = join(dir, "a.html");
    writeFileSync(file, "<html><body><h1>Quận 9</h1><p>Sáng ngày 04/8/2017</p></body></html>");
    const r = await runCli(["analyze", file]);
    expect(r.code).toBe(0);
    expect(Analysis.safeParse(JSON.parse(r.stdout.toString())).success).toBe(true);
  });
});

describe("many articles", () => {
  let folder: string;
  beforeAll(() => {
    folder = join(dir, "corpus");
    mkdirSync(join(folder, "b"), { recursive: true });
    mkdirSync(join(folder, ".git"), { recursive: true });
    writeFileSync(join(folder, "a.txt"), seed);
    writeFileSync(join(folder, "b", "c.html"), "<p>Quận ủy Quận 9</p>");
    writeFileSync(
      join(folder, "d.jsonl"),
      '{"id":"d1","text":"Bản tin quận 9"}\n{"id":"d2","text":"Hội nghị"}\n',
    );
    writeFileSync(join(folder, "e.txt.gz"), gzipSync(Buffer.from("Tin nén gzip")));
    writeFileSync(join(folder, ".hidden.txt"), "skip me");
    writeFileSync(join(folder, ".git", "x.txt"), "skip me");
    writeFileSync(join(folder, "image.png"), Buffer.from([0x89, 0x50]));
  });

  test("a folder is walked in name order (hidden files and other extensions skipped), one JSONL line each", async () => {
    const r = await runCli(["analyze", folder, "--fields", "input"]);
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout).map((l) => JSON.parse(l));
    expect(records.map((x) => x.id)).toEqual([
      join(folder, "a.txt"),
      join(folder, "b", "c.html"),
      "d1",
      "d2",
      join(folder, "e.txt.gz"),
    ]);
    expect(records[0].input.length).toBe(seed.length);
    expect(r.stderr).toMatch(/5 articles in .* 0 failed/);
  });

  test("--format json gives one JSON array with ids; the run is deterministic", async () => {
    const a = await runCli(["analyze", folder, "--format", "json"]);
    const b = await runCli(["analyze", folder, "--format", "json", "-j", "2"]);
    const array = JSON.parse(a.stdout.toString());
    expect(Array.isArray(array)).toBe(true);
    expect(array).toHaveLength(5);
    expect(array[2].id).toBe("d1");
    expect(b.stdout.equals(a.stdout)).toBe(true);
  });

  test("--format csv: a header and RFC 4180 rows, CRLF, optional BOM", async () => {
    const r = await runCli(["analyze", folder, "--format", "csv", "--bom"]);
    const text = r.stdout.toString("utf8");
    expect(text.startsWith("\ufeffid,type,text,value,start,end\r\n")).toBe(true);
    for (const row of text.slice(1).split("\r\n").slice(1, -1))
      expect(row.split(",").length).toBeGreaterThanOrEqual(6);
  });

  test("--format html --out DIR writes an index linking one page per article", async () => {
    const out = join(dir, "report");
    const r = await runCli(["analyze", folder, "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    const pages = readdirSync(join(out, "articles")).sort();
    expect(pages).toHaveLength(5);
    expect(pages[0]).toBe("000001-a.html");
    const index = readFileSync(join(out, "index.html"), "utf8");
    for (const p of pages) expect(index).toContain(`href="articles/${p}"`);
    const page = readFileSync(join(out, "articles", pages[0] as string), "utf8");
    expect(page).toContain('href="../index.html"');
    expect(page).toContain("Phát biểu chỉ đạo");
  });

  test("a failing input gives exit 1 and an error record; the others are still done", async () => {
    const file = join(dir, "mixed.jsonl");
    writeFileSync(file, '{"id":1,"text":"a"}\n{oops\n{"id":3,"text":"c"}\n');
    const r = await runCli(["analyze", file, "--fields", "input"]);
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout).map((l) => JSON.parse(l));
    expect(records.map((x) => x.id)).toEqual([1, null, 3]);
    expect(records[1].error).toMatchObject({ code: "invalid-json", line: 2, file });
    expect(r.stderr).toMatch(/mixed\.jsonl:2: invalid JSON/);
    expect(r.stderr).toMatch(/3 articles .* 1 failed/);
    expect(r.stderr).not.toMatch(NO_STACK);
    const zero = await runCli(["analyze", file, "--exit-zero", "--quiet"]);
    expect(zero.code).toBe(0);
    expect(zero.stderr).toBe("");
  });

  test("--out writes a file instead of stdout", async () => {
    const out = join(dir, "out.jsonl");
    const r = await runCli(["analyze", folder, "--out", out, "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(0);
    expect(jsonLines(readFileSync(out))).toHaveLength(5);
  });
});
