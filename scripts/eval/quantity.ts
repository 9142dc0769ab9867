/**
 * `--suite quantity`: numbers, ordinals and money on Duckling's Vietnamese corpora, scored as
 * Duckling's tests do (one entity covering the whole phrase, with the expected value and unit).
 *
 * Duckling's numeral corpus includes lone words (`không`, `một`, `trăm`) and SI suffixes (`3M`)
 * that bantin reports only in `latent` mode, since in running text they are usually not numbers
 * (`không` is "not", `một` is "a", `4G` a phone network): the corpus is scored in that mode, and
 * the default mode's score is printed next to it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractCounts, extractQuantities } from "../../src/extract/quantity/index.js";
import type { MoneyEntity } from "../../src/schema/quantity.js";
import { describeCount, type NewsArticle, newsText } from "./time-news.js";
import { type EvalSuite, ratio, type Score } from "./types.js";

interface Example<T> {
  text: string;
  expected: T;
}
interface Corpus<T> {
  examples: Example<T>[];
}
type NumeralValue = { type: "value"; value: number };
type MoneyPoint = { value: number; unit: string };
type MoneyValue =
  | ({ type: "value" } & MoneyPoint)
  | { type: "interval"; from?: MoneyPoint; to?: MoneyPoint };

const load = <T>(dataDir: string, file: string) =>
  JSON.parse(readFileSync(join(dataDir, "duckling-vi", file), "utf8")) as Corpus<T>;

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));

/** A money entity as Duckling would give it: a value, a range, or an open interval. */
export function ducklingMoney(m: MoneyEntity): MoneyValue {
  const unit = m.currency;
  if (m.upper !== undefined) {
    return { type: "interval", from: { value: m.value, unit }, to: { value: m.upper, unit } };
  }
  const meaning = m.qualifier?.meaning;
  if (meaning === "under" || meaning === "at-most")
    return { type: "interval", to: { value: m.value, unit } };
  if (meaning === "over" || meaning === "at-least")
    return { type: "interval", from: { value: m.value, unit } };
  return { type: "value", value: m.value, unit };
}

function sameMoney(a: MoneyValue, b: MoneyValue): boolean {
  if (a.type !== b.type) return false;
  const eq = (x?: MoneyPoint, y?: MoneyPoint) =>
    (!x && !y) || (!!x && !!y && close(x.value, y.value) && x.unit === y.unit);
  if (a.type === "value" && b.type === "value") return eq(a, b);
  if (a.type === "interval" && b.type === "interval") return eq(a.from, b.from) && eq(a.to, b.to);
  return false;
}

const whole = (text: string) => (e: { span: { start: number; end: number } }) =>
  e.span.start === 0 && e.span.end === text.length;

function scoreNumerals(dataDir: string, latent: boolean): Score {
  const c = load<NumeralValue>(dataDir, "numeral.json");
  let ok = 0;
  const failures: string[] = [];
  for (const ex of c.examples) {
    const found = extractQuantities(ex.text, { latent }).numbers.filter(whole(ex.text));
    if (found.some((n) => n.kind === "cardinal" && close(n.value, ex.expected.value))) ok++;
    else
      failures.push(
        `${ex.text}: expected ${ex.expected.value}, got ${found.map((n) => n.value).join(", ") || "nothing"}`,
      );
  }
  return ratio(
    `duckling-numeral${latent ? " (latent mode)" : " (default mode)"}`,
    ok,
    c.examples.length,
    failures,
  );
}

function scoreOrdinals(dataDir: string): Score {
  const c = load<NumeralValue>(dataDir, "ordinal.json");
  let ok = 0;
  const failures: string[] = [];
  for (const ex of c.examples) {
    const found = extractQuantities(ex.text).numbers.filter(whole(ex.text));
    if (found.some((n) => n.kind === "ordinal" && n.value === ex.expected.value)) ok++;
    else failures.push(`${ex.text}: expected ${ex.expected.value}`);
  }
  return ratio("duckling-ordinal", ok, c.examples.length, failures);
}

function scoreMoney(dataDir: string): Score {
  const c = load<MoneyValue>(dataDir, "amount-of-money.json");
  let ok = 0;
  const failures: string[] = [];
  for (const ex of c.examples) {
    const found = extractQuantities(ex.text).money.filter(whole(ex.text));
    if (found.some((m) => sameMoney(ducklingMoney(m), ex.expected))) ok++;
    else {
      const got = extractQuantities(ex.text).money.map(
        (m) => `${m.text} → ${JSON.stringify(ducklingMoney(m))}`,
      );
      failures.push(
        `${ex.text}: expected ${JSON.stringify(ex.expected)}, got ${got.join("; ") || "nothing"}`,
      );
    }
  }
  return ratio("duckling-amount-of-money", ok, c.examples.length, failures);
}

/** Counts on real news: the hand-checked sample in labels/counts-news.json. */
function scoreCounts(dataDir: string): Score[] {
  const articles = readFileSync(join(dataDir, "news", "baomoi-paragraphs.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as NewsArticle);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const file = JSON.parse(
    readFileSync(new URL("./labels/counts-news.json", import.meta.url), "utf8"),
  ) as { labels: { id: string; start: number; end: number; text: string; expected: string }[] };
  let found = 0;
  let right = 0;
  let labelledRight = 0;
  const failures: string[] = [];
  for (const l of file.labels) {
    if (l.expected !== "wrong") labelledRight++;
    const a = byId.get(l.id);
    if (!a) continue;
    // The count that starts where the labelled one did (a fix may have made it longer).
    const c = extractCounts(newsText(a)).find((x) => x.span.start === l.start);
    if (!c) {
      if (l.expected !== "wrong") failures.push(`${l.id} ${l.text}: no longer found`);
      continue;
    }
    found++;
    const got = describeCount(c);
    if (got === l.expected) right++;
    else failures.push(`${l.id} ${l.text}: expected ${l.expected}, got ${got}`);
  }
  return [
    ratio("news counts: precision on the hand-checked sample", right, found, failures),
    ratio("news counts: hand-checked right counts still found right", right, labelledRight),
  ];
}

export const quantitySuite: EvalSuite = {
  name: "quantity",
  description: "numbers, ordinals and money on Duckling's Vietnamese corpora; counts on news",
  run(dataDir) {
    return [
      scoreNumerals(dataDir, true),
      scoreNumerals(dataDir, false),
      scoreOrdinals(dataDir),
      scoreMoney(dataDir),
      ...scoreCounts(dataDir),
    ];
  },
};
