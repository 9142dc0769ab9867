import { describe, expect, test } from "vitest";
import { DEFAULT_MAX_SIZE, parseArgs } from "../src/cli/args.js";

function options(...argv: string[]) {
  const parsed = parseArgs(argv, 4);
  if (parsed.kind !== "run") throw new Error(`expected a run, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function usageError(...argv: string[]): string {
  const parsed = parseArgs(argv, 4);
  if (parsed.kind !== "usage-error") throw new Error(`expected a usage error, got ${parsed.kind}`);
  return parsed.message;
}

describe("parseArgs", () => {
  test("defaults: stdin, format chosen later, one job", () => {
    const o = options("analyze");
    expect(o).toMatchObject({
      command: "analyze",
      inputs: [],
      format: undefined,
      input: "auto",
      inputEncoding: "auto",
      idField: "id",
      textFields: ["text"],
      htmlField: "html",
      maxSize: DEFAULT_MAX_SIZE,
      jobs: 1,
      pretty: false,
      quiet: false,
      exitZero: false,
    });
  });

  test("options in any position, = forms, short aliases", () => {
    const o = options(
      "-j",
      "2",
      "analyze",
      "a.txt",
      "--format=csv",
      "dir/",
      "-o",
      "out.csv",
      "--bom",
      "-q",
    );
    expect(o.inputs).toEqual(["a.txt", "dir/"]);
    expect(o).toMatchObject({ jobs: 2, format: "csv", out: "out.csv", bom: true, quiet: true });
  });

  test("--jobs auto uses the cores given", () => {
    expect(options("analyze", "--jobs", "auto").jobs).toBe(4);
  });

  test("--max-memory takes megabytes", () => {
    expect(options("analyze", "--max-memory", "160").maxMemory).toBe(160);
    expect(options("analyze").maxMemory).toBeUndefined();
    // A thirty-second of the heap for one article, unless --max-size says otherwise.
    expect(options("analyze", "--max-memory", "160").maxSize).toBe(5 * 1024 * 1024);
    expect(options("analyze", "--max-memory", "160", "--max-size", "1M").maxSize).toBe(1024 * 1024);
    expect(usageError("analyze", "--max-memory", "8")).toMatch(/--max-memory/);
    expect(usageError("analyze", "--max-memory", "1G")).toMatch(/--max-memory/);
  });

  test("JSONL field names and several text fields", () => {
    const o = options(
      "analyze",
      "--id-field",
      "doc_id",
      "--text-field",
      "title, sapo,body",
      "--html-field",
      "raw",
    );
    expect(o).toMatchObject({
      idField: "doc_id",
      textFields: ["title", "sapo", "body"],
      htmlField: "raw",
    });
  });

  test("sizes with units", () => {
    expect(options("analyze", "--max-size", "512k").maxSize).toBe(512 * 1024);
    expect(options("analyze", "--max-size", "2M").maxSize).toBe(2 * 1024 * 1024);
    expect(options("analyze", "--max-size", "1000").maxSize).toBe(1000);
  });

  test("reference dates are checked for a real calendar date", () => {
    expect(options("analyze", "--reference-date", "2017-08-04").referenceDate).toBe("2017-08-04");
    expect(options("analyze", "--reference-date", "2017-08-04T08:00:00+07:00").referenceDate).toBe(
      "2017-08-04T08:00:00+07:00",
    );
    expect(usageError("analyze", "--reference-date", "2017-02-30")).toMatch(/reference-date/);
    expect(usageError("analyze", "--reference-date", "04/08/2017")).toMatch(/ISO date/);
  });

  test("normaliser options: only those given are set (the library's defaults otherwise)", () => {
    expect(options("analyze").normalize).toEqual({});
    expect(
      options(
        "normalize",
        "--legacy",
        "vni",
        "--mojibake",
        "off",
        "--invisibles=on",
        "--lookalikes",
        "off",
        "--whitespace",
        "keep",
        "--dashes",
        "ascii",
        "--quotes",
        "keep",
        "--space-after-punctuation",
      ).normalize,
    ).toEqual({
      legacy: "vni",
      mojibake: false,
      invisibles: true,
      lookalikes: false,
      whitespace: "keep",
      dashes: "ascii",
      quotes: "keep",
      spaceAfterPunctuation: true,
    });
    expect(options("analyze", "--legacy", "auto").normalize).toEqual({ legacy: true });
    expect(options("analyze", "--legacy", "off").normalize).toEqual({ legacy: false });
  });

  test("-- ends options; - is stdin", () => {
    expect(options("analyze", "--", "--weird-name.txt").inputs).toEqual(["--weird-name.txt"]);
    expect(options("normalize", "-").inputs).toEqual(["-"]);
  });

  test("help and version win wherever they are", () => {
    expect(parseArgs(["analyze", "x", "--help"]).kind).toBe("help");
    expect(parseArgs(["--version"]).kind).toBe("version");
    expect(parseArgs(["-v"]).kind).toBe("version");
  });

  test.each([
    [["analyze", "--bogus"], /unknown option --bogus/],
    [[], /no command/],
    [["analyse"], /unknown command analyse/],
    [["analyze", "--format", "xml"], /--format "xml" is not one of json, jsonl, csv, html/],
    [["normalize", "--format", "csv"], /for normalize/],
    [["segment", "--format", "text"], /for segment/],
    [["analyze", "--tone", "loud"], /--tone/],
    [["analyze", "--jobs", "0"], /--jobs/],
    [["analyze", "--jobs", "two"], /--jobs/],
    [["analyze", "--max-size", "lots"], /--max-size/],
    [["analyze", "--format", "jsonl", "--pretty"], /--pretty applies to --format json/],
    [["analyze", "--bom"], /--bom applies to --format csv/],
    [["analyze", "--format"], /--format needs a value/],
    [["analyze", "--fields", ","], /--fields needs at least one name/],
    [["analyze", "--input-encoding", "latin9"], /--input-encoding/],
    [["analyze", "--input", "xml"], /--input/],
    [["analyze", "--quiet=yes"], /unknown option/],
    [["analyze", "--legacy", "latin1"], /--legacy "latin1" is not one of auto, off, tcvn3/],
    [["normalize", "--mojibake", "no"], /--mojibake "no" is not one of on, off/],
    [["normalize", "--dashes", "none"], /--dashes/],
    [["normalize", "--quotes", "smart"], /--quotes/],
    [["normalize", "--whitespace", "strip"], /--whitespace/],
    [["normalize", "--space-after-punctuation=yes"], /unknown option/],
  ])("usage error: %j", (argv, message) => {
    expect(usageError(...argv)).toMatch(message);
  });
});
