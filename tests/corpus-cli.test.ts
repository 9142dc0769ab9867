/**
 * `bantin corpus keywords|dupes|entities|timeline` end to end, from the sources: raw articles and
 * `bantin analyze` JSONL in, JSONL and CSV out, error records, exit codes, worker threads.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jsonLines, runCli } from "../fixtures/cli/run-cli.js";
import {
  ArticleKeywords,
  CooccurrenceEdge,
  DuplicateGroup,
  PersonRow,
  TimelineRow,
} from "../src/index.js";

const ARTICLES = "fixtures/corpus/articles.jsonl";
const NO_STACK = /\n\s+at /;

let dir: string;
let analysed: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bantin-corpus-"));
  // The same articles analysed once, as a pipeline would keep them.
  const r = await runCli(["analyze", ARTICLES, "--exit-zero", "-q"]);
  analysed = join(dir, "analysed.jsonl");
  writeFileSync(analysed, r.stdout);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (buf: Buffer) => jsonLines(buf).map((l) => JSON.parse(l) as Record<string, unknown>);

describe("help and usage", () => {
  test("bantin --help names corpus; corpus --help lists its commands and options", async () => {
    expect((await runCli(["--help"])).stdout.toString()).toContain("corpus");
    const r = await runCli(["corpus", "--help"]);
    expect(r.code).toBe(0);
    for (const s of ["keywords", "dupes", "entities", "timeline", "--threshold", "--by", "--table"])
      expect(r.stdout.toString()).toContain(s);
  });

  test.each([
    [["corpus"], /corpus needs a command/],
    [["corpus", "dedupe", ARTICLES], /unknown corpus command dedupe/],
    [["corpus", "dupes", ARTICLES, "--top", "3"], /--top applies to corpus keywords only/],
    [["corpus", "keywords", ARTICLES, "--format", "html"], /--format "html"/],
    [["corpus", "keywords", ARTICLES, "--fields", "people"], /do not apply to corpus/],
    [["corpus", "dupes", ARTICLES, "--threshold", "2"], /--threshold takes a number/],
    [["corpus", "timeline", ARTICLES, "--by", "week"], /--by "week"/],
  ])("usage errors exit 2 with one message: %j", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe("keywords", () => {
  test("one line per input line, error records in place, exit 1 for the failed lines", async () => {
    const r = await runCli(["corpus", "keywords", ARTICLES, "--top", "5"]);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual([
      "seed",
      "a2017",
      "a2020",
      "tom",
      "seed-repost",
      "bus",
      null,
      "no-text",
    ]);
    expect(out[6]?.error).toMatchObject({ code: "invalid-json", line: 7 });
    expect(out[7]?.error).toMatchObject({ code: "no-text", line: 8 });
    for (const l of out.slice(0, 6)) {
      ArticleKeywords.parse(l);
      expect((l.keywords as unknown[]).length).toBe(5);
    }
    const tom = out[3]?.keywords as { key: string }[];
    expect(tom.map((k) => k.key)).toContain("tôm");
    expect(r.stderr).toMatch(/8 articles .* 2 failed/);
  });

  test("from analyses: the same keywords as from the raw articles", async () => {
    const raw = lines((await runCli(["corpus", "keywords", ARTICLES, "--exit-zero", "-q"])).stdout);
    const fromAnalyses = lines(
      (await runCli(["corpus", "keywords", analysed, "--exit-zero", "-q"])).stdout,
    );
    const kw = (l: Record<string, unknown> | undefined) =>
      (l?.keywords as { key: string; count: number }[] | undefined)?.map((k) => [k.key, k.count]);
    for (let i = 0; i < 6; i++) expect(kw(fromAnalyses[i])).toEqual(kw(raw[i]));
  });

  test("CSV rows and the corpus scope", async () => {
    const csv = await runCli(["corpus", "keywords", ARTICLES, "-f", "csv", "--top", "3", "-q"]);
    const rows = csv.stdout.toString().split("\r\n");
    expect(rows[0]).toBe("id,title,rank,term,key,score,count");
    expect(rows.filter((x) => x.startsWith("seed,")).length).toBe(3);
    const corpus = lines(
      (await runCli(["corpus", "keywords", ARTICLES, "--scope", "corpus", "--limit", "4", "-q"]))
        .stdout,
    );
    expect(corpus.length).toBe(4);
    // The seed and its re-post share their keywords: each counts twice.
    expect(corpus[0]?.articles).toBe(2);
  });
});

describe("dupes", () => {
  test("the re-post is grouped with the seed; the same with two worker threads", async () => {
    const r = await runCli(["corpus", "dupes", ARTICLES, "--exit-zero", "-q"]);
    expect(r.code).toBe(0);
    const groups = lines(r.stdout);
    expect(groups.map((g) => (g.articles as { id: string }[]).map((a) => a.id))).toEqual([
      ["seed", "seed-repost"],
    ]);
    DuplicateGroup.parse(groups[0]);
    const parallel = await runCli(["corpus", "dupes", ARTICLES, "--exit-zero", "-q", "-j", "2"]);
    expect(parallel.stdout.toString()).toBe(r.stdout.toString());
  });

  test("pairs as CSV; analyses give the same pairs", async () => {
    const r = await runCli([
      "corpus",
      "dupes",
      ARTICLES,
      "--pairs",
      "-f",
      "csv",
      "-q",
      "--exit-zero",
    ]);
    const rows = r.stdout.toString().trim().split("\r\n");
    expect(rows[0]).toBe("id,index,duplicateOf,duplicateOfIndex,similarity");
    expect(rows.length).toBe(2);
    expect(rows[1]).toMatch(/^seed-repost,4,seed,0,0\.\d+$/);
    const a = await runCli([
      "corpus",
      "dupes",
      analysed,
      "--pairs",
      "-f",
      "csv",
      "-q",
      "--exit-zero",
    ]);
    expect(a.stdout.toString()).toBe(r.stdout.toString());
  });

  test("files and folders: one article per file", async () => {
    const folder = join(dir, "bulletins");
    const seed = readFileSync("fixtures/seed/seed.txt", "utf8");
    rmSync(folder, { recursive: true, force: true });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.txt"), seed);
    writeFileSync(join(folder, "b.txt"), seed.normalize("NFD").replace("Quận 9:", "Tin Quận 9:"));
    writeFileSync(join(folder, "c.html"), "<p>Một bài khác hẳn về giá vàng hôm nay.</p>");
    const r = await runCli(["corpus", "dupes", folder, "-q"]);
    expect(r.code).toBe(0);
    const g = lines(r.stdout)[0]?.articles as { id: string; similarity: number }[];
    expect(g.map((a) => a.id)).toEqual([join(folder, "a.txt"), join(folder, "b.txt")]);
    expect(g[1]?.similarity).toBeGreaterThan(0.9);
  });
});

describe("entities", () => {
  test("--out DIR writes every table as CSV and JSONL; titles over time are kept", async () => {
    const out = join(dir, "tables");
    const r = await runCli(["corpus", "entities", analysed, "--out", out, "-q", "--exit-zero"]);
    expect(r.code).toBe(0);
    for (const t of ["people", "titles", "organisations", "mentions", "nodes", "edges"]) {
      for (const ext of ["csv", "jsonl"]) expect(existsSync(join(out, `${t}.${ext}`))).toBe(true);
    }
    const people = readFileSync(join(out, "people.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => PersonRow.parse(JSON.parse(l)));
    const an = people.find((p) => p.name === "Nguyễn Văn An");
    expect(an?.titles.map((t) => [t.title, t.firstDate])).toEqual([
      ["Chủ tịch Ủy ban nhân dân huyện Cần Giờ", "2017-03-05"],
      ["Bí thư Huyện ủy Cần Giờ", "2020-06-10"],
    ]);
    const csv = readFileSync(join(out, "people.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe("id,name,articles,mentions,firstDate,lastDate,titles");
    expect(csv).toContain(
      "Chủ tịch Ủy ban nhân dân huyện Cần Giờ [2017-03-05] (1); Bí thư Huyện ủy Cần Giờ [2020-06-10] (1)",
    );
    const edges = readFileSync(join(out, "edges.csv"), "utf8").split("\r\n");
    expect(edges[0]).toBe("Source,Target,Weight,Type,Kind");
    expect(edges).toContain(
      "person:Cao Văn Minh,organisation:Quận ủy Quận 9,2,Undirected,person-organisation",
    );
    for (const l of readFileSync(join(out, "edges.jsonl"), "utf8").trim().split("\n"))
      CooccurrenceEdge.parse(JSON.parse(l));
    expect(readFileSync(join(out, "nodes.csv"), "utf8").split("\r\n")[0]).toBe(
      "Id,Label,Kind,Articles",
    );
  });

  test("one table to stdout; raw articles are analysed; --date-field dates them", async () => {
    const withDates = join(dir, "dated.jsonl");
    writeFileSync(
      withDates,
      `${JSON.stringify({ id: 1, published: "2019-05-01", text: "Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết tỉnh đã tiêm đủ vắc xin." })}\n`,
    );
    const r = await runCli([
      "corpus",
      "entities",
      withDates,
      "--table",
      "titles",
      "--date-field",
      "published",
      "-f",
      "csv",
      "-q",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toContain(",2019-05-01,1\r\n");
  });
});

describe("timeline", () => {
  test("counts per month, and per day, from the text's dates", async () => {
    const r = await runCli(["corpus", "timeline", analysed, "-q", "--exit-zero"]);
    const rows = lines(r.stdout).map((l) => TimelineRow.parse(l));
    expect(rows.map((x) => x.period)).toContain("2020-06");
    expect(rows.find((x) => x.period === "2017-08")).toMatchObject({ articles: 2, events: 2 });
    const days = await runCli([
      "corpus",
      "timeline",
      analysed,
      "--by",
      "day",
      "-f",
      "csv",
      "-q",
      "--exit-zero",
    ]);
    const csv = days.stdout.toString().split("\r\n");
    expect(csv[0]).toBe("period,articles,dates,events,directives,documents,people,organisations");
    expect(csv.some((l) => l.startsWith("2017-08-04,2,"))).toBe(true);
  });

  test("--items streams the dated items; stdin JSONL works", async () => {
    const input = readFileSync(ARTICLES, "utf8").split("\n").slice(0, 2).join("\n");
    const r = await runCli(["corpus", "timeline", "--items", "-q"], input);
    expect(r.code).toBe(0);
    const items = lines(r.stdout);
    expect(items[0]).toMatchObject({ kind: "article", date: "2017-08-04", article: "seed" });
    expect(items.map((i) => i.kind)).toContain("event");
  });
});
