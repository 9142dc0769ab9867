/**
 * `--suite time`: dates and times.
 *
 * 1. Duckling's Vietnamese time corpus, scored as Duckling's own tests do: an example passes when
 *    one entity covers the whole phrase and has the expected value and grain (or interval), with
 *    the corpus' reference time (2017-02-02T03:55 at UTC-2) and Duckling's future-first reading.
 * 2. chrono-node's Vietnamese parser (`chrono.vi`) on the same corpus with the same rule, side by
 *    side (chrono has no grain: it is read from the components chrono knows).
 * 3. Precision on real news: a fixed sample of 100 dates bantin extracts from the baomoi articles,
 *    each checked by hand against its context (scripts/eval/labels/dates-news.json).
 * 4. Precision of bare day/month dates (`6/2`, `6-2`, `6.2` with no year and no `ngày` before),
 *    the figures news also uses for shares, scores and scales, on their own hand-checked sample
 *    (scripts/eval/labels/dates-bare-news.json, see time-bare.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { extractDates } from "../../src/extract/time/index.js";
import type { DateEntity } from "../../src/schema/time.js";
import { type BareLabel, scoreBareLabels } from "./time-bare.js";
import { type DateLabel, type NewsArticle, newsText, scoreNewsLabels } from "./time-news.js";
import { type EvalSuite, ratio, type Score } from "./types.js";

interface DucklingPoint {
  value: string;
  grain: string;
}
type DucklingValue =
  | ({ type: "value" } & DucklingPoint)
  | { type: "interval"; from?: DucklingPoint; to?: DucklingPoint };
interface TimeCorpus {
  reference_time: { iso: string; utc_offset: string };
  examples: { text: string; expected: DucklingValue }[];
  negative_examples?: string[];
}

/** Same value as Duckling's: type, ISO strings and grains (Duckling's `values` list is ignored). */
export function sameValue(a: DucklingValue | undefined, b: DucklingValue): boolean {
  if (!a || a.type !== b.type) return false;
  if (a.type === "value" && b.type === "value") return a.value === b.value && a.grain === b.grain;
  if (a.type === "interval" && b.type === "interval") {
    const eq = (x?: DucklingPoint, y?: DucklingPoint) =>
      (!x && !y) || (!!x && !!y && x.value === y.value && x.grain === y.grain);
    return eq(a.from, b.from) && eq(a.to, b.to);
  }
  return false;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** An instant as Duckling prints it, in a fixed offset (minutes). */
export function isoAt(d: Date, offset: number): string {
  const t = new Date(d.getTime() + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}.${pad(t.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** The grain chrono implies: the finest component it knows (a weekday alone is a day). */
function chronoGrain(c: chrono.ParsedComponents): string {
  for (const [k, g] of [
    ["second", "second"],
    ["minute", "minute"],
    ["hour", "hour"],
    ["day", "day"],
    ["weekday", "day"],
    ["month", "month"],
    ["year", "year"],
  ] as const) {
    if (c.isCertain(k)) return g;
  }
  return "day";
}

/**
 * chrono fills the fields a phrase leaves out from the reference (`hôm qua` is yesterday at 03:55);
 * to compare like with like, its date is cut to the start of the grain it knows, as Duckling's is.
 */
function truncate(d: Date, grain: string, offset: number): Date {
  const t = new Date(d.getTime() + offset * 60_000);
  const order = ["second", "minute", "hour", "day", "month", "year"];
  const g = order.indexOf(grain);
  if (g >= 1) t.setUTCSeconds(0, 0);
  if (g >= 2) t.setUTCMinutes(0);
  if (g >= 3) t.setUTCHours(0);
  if (g >= 4) t.setUTCDate(1);
  if (g >= 5) t.setUTCMonth(0);
  return new Date(t.getTime() - offset * 60_000);
}

function chronoValue(text: string, ref: Date, offset: number): DucklingValue | undefined {
  const results = chrono.vi.parse(text, { instant: ref, timezone: offset });
  const whole = results.find((r) => r.index === 0 && r.text.length === text.length);
  if (!whole) return undefined;
  const point = (c: chrono.ParsedComponents) => {
    const grain = chronoGrain(c);
    return { value: isoAt(truncate(c.date(), grain, offset), offset), grain };
  };
  const from = point(whole.start);
  if (whole.end) return { type: "interval", from, to: point(whole.end) };
  return { type: "value", ...from };
}

function offsetMinutes(s: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(s);
  if (!m) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -v : v;
}

const show = (v: DucklingValue | undefined) =>
  v === undefined
    ? "nothing"
    : v.type === "value"
      ? `${v.value} ${v.grain}`
      : `${v.from?.value ?? "…"}..${v.to?.value ?? "…"} ${v.from?.grain ?? v.to?.grain}`;

/** Scores bantin and chrono on Duckling's corpus. */
export function scoreDucklingTime(dataDir: string): Score[] {
  const corpus = JSON.parse(
    readFileSync(join(dataDir, "duckling-vi", "time.json"), "utf8"),
  ) as TimeCorpus;
  const ref = corpus.reference_time.iso;
  const offset = offsetMinutes(corpus.reference_time.utc_offset);
  let ours = 0;
  let theirs = 0;
  const oursFailures: string[] = [];
  const chronoFailures: string[] = [];
  for (const ex of corpus.examples) {
    const dates = extractDates(ex.text, { referenceDate: ref, prefer: "future" });
    const whole = dates.filter(
      (d: DateEntity) => d.span.start === 0 && d.span.end === ex.text.length,
    );
    if (whole.some((d) => sameValue(d.value as DucklingValue | undefined, ex.expected))) ours++;
    else {
      const got = whole[0]?.value ?? dates[0]?.value;
      oursFailures.push(
        `${ex.text}: expected ${show(ex.expected)}, got ${whole.length ? "" : "(no whole-phrase entity) "}${show(got as DucklingValue | undefined)}`,
      );
    }
    const c = chronoValue(ex.text, new Date(ref), offset);
    if (sameValue(c, ex.expected)) theirs++;
    else chronoFailures.push(`${ex.text}: expected ${show(ex.expected)}, got ${show(c)}`);
  }
  let negOk = 0;
  const negFailures: string[] = [];
  for (const neg of corpus.negative_examples ?? []) {
    const found = extractDates(neg, { referenceDate: ref, prefer: "future" });
    if (found.length === 0) negOk++;
    else negFailures.push(`${neg}: found ${found.map((f) => f.text).join(", ")}`);
  }
  const n = corpus.examples.length;
  return [
    ratio("duckling-time (bantin)", ours, n, oursFailures),
    ratio("duckling-time (chrono.vi, baseline)", theirs, n, chronoFailures.slice(0, 5)),
    ratio(
      "duckling-time negatives (bantin)",
      negOk,
      corpus.negative_examples?.length ?? 0,
      negFailures,
    ),
  ];
}

/** Precision on the hand-checked news sample (labels/dates-news.json). */
export function scoreNews(dataDir: string): Score[] {
  const articles = readFileSync(join(dataDir, "news", "baomoi-paragraphs.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as NewsArticle);
  const file = JSON.parse(
    readFileSync(new URL("./labels/dates-news.json", import.meta.url), "utf8"),
  ) as { labels: DateLabel[] };
  const r = scoreNewsLabels(articles, file.labels);
  // chrono on its own hand-checked sample: the verdicts are stored; chrono is re-run to check that
  // it still finds the same phrases (a new chrono version would need new labels).
  const chronoFile = JSON.parse(
    readFileSync(new URL("./labels/dates-news-chrono.json", import.meta.url), "utf8"),
  ) as { labels: { id: string; start: number; end: number; verdict: "right" | "wrong" }[] };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ref = new Date("2017-02-06T00:00:00+07:00");
  let chronoFound = 0;
  let chronoRight = 0;
  for (const l of chronoFile.labels) {
    const a = byId.get(l.id);
    if (!a) continue;
    const hit = chrono.vi
      .parse(newsText(a), ref)
      .some((x) => x.index === l.start && x.index + x.text.length === l.end);
    if (!hit) continue;
    chronoFound++;
    if (l.verdict === "right") chronoRight++;
  }
  const bareFile = JSON.parse(
    readFileSync(new URL("./labels/dates-bare-news.json", import.meta.url), "utf8"),
  ) as { labels: BareLabel[] };
  const bare = scoreBareLabels(articles, bareFile.labels);
  return [
    ratio("news dates: precision on the hand-checked sample", r.correct, r.found, r.failures),
    ratio("news dates: hand-checked right dates still found right", r.keptRight, r.labelledRight),
    ratio(
      "news dates: chrono.vi precision on its hand-checked sample (baseline)",
      chronoRight,
      chronoFound,
    ),
    ratio(
      "news bare d/m dates: precision on the hand-checked sample",
      bare.correct,
      bare.found,
      bare.failures,
    ),
    ratio(
      "news bare d/m dates: precision of those standing alone (no cue merged)",
      bare.correctStandalone,
      bare.foundStandalone,
    ),
    ratio(
      "news bare d/m dates: hand-checked right ones still found right",
      bare.keptRight,
      bare.labelledRight,
    ),
  ];
}

export const timeSuite: EvalSuite = {
  name: "time",
  description:
    "dates on Duckling's Vietnamese time corpus (bantin vs chrono.vi, same rule) and precision on news",
  run(dataDir) {
    return [...scoreDucklingTime(dataDir), ...scoreNews(dataDir)];
  },
};
