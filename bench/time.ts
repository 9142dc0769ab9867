/**
 * `--suite time`: date (and number) extraction throughput on the news corpus, next to
 * `chrono.vi.parse` on the same texts.
 *
 * Rounds alternate between the measures and the best round of each is kept, so that a machine
 * shared with other work slows every measure alike instead of whichever ran during a spike.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { Doc } from "../src/extract/doc.js";
import { extractQuantitiesFromDoc } from "../src/extract/quantity/index.js";
import { extractDates, extractDatesFromDoc } from "../src/extract/time/index.js";
import { normalize } from "../src/normalize/normalize.js";
import type { BenchRow, BenchSuite } from "./types.js";

interface Article {
  title: string;
  body_paragraphs: string[];
}

function loadTexts(dataDir: string): string[] {
  const lines = readFileSync(join(dataDir, "news", "baomoi-paragraphs.jsonl"), "utf8")
    .trim()
    .split("\n");
  return lines.map((l) => {
    const a = JSON.parse(l) as Article;
    return [a.title, ...a.body_paragraphs].join("\n");
  });
}

/** Best-of-`rounds` time in ms of each measure, run in alternation. */
function bestOf(
  measures: Record<string, () => number>,
  rounds: number,
): Record<string, { ms: number; items: number }> {
  const best: Record<string, { ms: number; items: number }> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(measures)) {
      const t0 = performance.now();
      const items = fn();
      const ms = performance.now() - t0;
      const prev = best[name];
      if (!prev || ms < prev.ms) best[name] = { ms, items };
    }
  }
  return best;
}

export const timeBench: BenchSuite = {
  name: "time",
  run(dataDir): BenchRow[] {
    const texts = loadTexts(dataDir);
    const mb = texts.reduce((s, t) => s + Buffer.byteLength(t, "utf8"), 0) / 1e6;
    const docs = texts.map((t) => Doc.fromNormalized(normalize(t)));
    // chrono needs a reference to parse relative phrases; bantin is given none (as in the corpus
    // run, where it anchors on the article's own date or leaves the date partial).
    const ref = new Date("2017-02-06T00:00:00+07:00");
    const best = bestOf(
      {
        chrono: () => texts.reduce((n, t) => n + chrono.vi.parse(t, ref).length, 0),
        dates: () => texts.reduce((n, t) => n + extractDates(t).length, 0),
        datesDoc: () => docs.reduce((n, d) => n + extractDatesFromDoc(d).length, 0),
        quantitiesDoc: () =>
          docs.reduce((n, d) => {
            const q = extractQuantitiesFromDoc(d, extractDatesFromDoc(d));
            return n + q.numbers.length + q.money.length + q.counts.length;
          }, 0),
      },
      4,
    );
    const row = (name: string, key: string, note: string, baseline?: number): BenchRow => {
      const b = best[key] as { ms: number; items: number };
      const mbPerSec = mb / (b.ms / 1000);
      return {
        name,
        mbPerSec,
        perSec: texts.length / (b.ms / 1000),
        value: b.items,
        ...(baseline !== undefined ? { ratio: mbPerSec / baseline } : {}),
        note,
      };
    };
    const chronoRate = mb / ((best.chrono as { ms: number }).ms / 1000);
    // "Finding more" counts right dates, not matches: each count is weighed by the precision of a
    // hand-checked sample of what each parser finds in the same corpus (scripts/eval/labels).
    const ours = JSON.parse(
      readFileSync(new URL("../scripts/eval/labels/dates-news.json", import.meta.url), "utf8"),
    ) as { correctWhenLabelled: number; labels: unknown[] };
    const theirs = JSON.parse(
      readFileSync(
        new URL("../scripts/eval/labels/dates-news-chrono.json", import.meta.url),
        "utf8",
      ),
    ) as { labels: { verdict: string }[] };
    const pOurs = ours.correctWhenLabelled / ours.labels.length;
    const pTheirs =
      theirs.labels.filter((l) => l.verdict === "right").length / theirs.labels.length;
    const rightOurs = (best.datesDoc as { items: number }).items * pOurs;
    const rightTheirs = (best.chrono as { items: number }).items * pTheirs;
    return [
      row(
        "chrono.vi.parse (baseline)",
        "chrono",
        `value = dates found in ${texts.length} articles, ${mb.toFixed(1)} MB`,
      ),
      row(
        "bantin extractDates(text) (normalise + dates)",
        "dates",
        "ratio = × chrono throughput; value = dates found",
        chronoRate,
      ),
      row("bantin dates on a normalised Doc", "datesDoc", "the pipeline stage alone", chronoRate),
      row(
        "bantin dates + numbers/money/counts on a Doc",
        "quantitiesDoc",
        "value = quantities found",
        chronoRate,
      ),
      {
        name: "chrono.vi right dates (found × hand-checked precision)",
        value: rightTheirs,
        note: `precision ${(pTheirs * 100).toFixed(0)}% on ${theirs.labels.length} checked`,
      },
      {
        name: "bantin right dates (found × hand-checked precision)",
        value: rightOurs,
        ratio: rightOurs / rightTheirs,
        note: `precision ${(pOurs * 100).toFixed(0)}% on ${ours.labels.length} checked; ratio = × chrono`,
      },
    ];
  },
};
