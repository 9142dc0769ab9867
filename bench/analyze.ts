/**
 * `--suite analyze`: throughput of the whole `analyze` on the news corpus, next to the normaliser
 * alone on the same texts (the first stage, and the floor every other stage adds to), with the
 * entity stage measured on its own.
 *
 * Rounds alternate between the measures and the best round of each is kept, so that a machine
 * shared with other work slows every measure alike instead of whichever ran during a spike. Each
 * measure is warmed up once first (the catalogue and lexicons are built on first use; that one-off
 * cost is reported on its own line).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/analyze.js";
import { Doc } from "../src/extract/doc.js";
import { extractEntities } from "../src/extract/entities/index.js";
import { lexicons } from "../src/extract/entities/lexicons.js";
import { gazetteer } from "../src/extract/place/gazetteer.js";
import { normalize } from "../src/normalize/normalize.js";
import { segmentDoc } from "../src/segment/index.js";
import type { BenchRow, BenchSuite } from "./types.js";

interface Article {
  title: string;
  body_paragraphs: string[];
  trailing_blocks?: string[];
}

/** The articles as an archive stores them: title, blank line, sapo, paragraphs. */
function loadTexts(dataDir: string): string[] {
  const lines = readFileSync(join(dataDir, "news", "baomoi-paragraphs.jsonl"), "utf8")
    .trim()
    .split("\n");
  return lines.map((l) => {
    const a = JSON.parse(l) as Article;
    const sapo = a.trailing_blocks?.[0]?.trim();
    return [a.title, "", ...(sapo ? [sapo] : []), ...a.body_paragraphs].join("\n");
  });
}

/** Best-of-`rounds` time in ms of each measure, run in alternation after one warm-up each. */
function bestOf(
  measures: Record<string, () => number>,
  rounds: number,
): Record<string, { ms: number; items: number }> {
  for (const fn of Object.values(measures)) fn();
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

export const analyzeSuite: BenchSuite = {
  name: "analyze",
  run(dataDir): BenchRow[] {
    const texts = loadTexts(dataDir);
    const mb = texts.reduce((s, t) => s + Buffer.byteLength(t, "utf8"), 0) / 1e6;

    // The one-off cost of the entity data, paid by the first article of a process.
    const t0 = performance.now();
    gazetteer();
    lexicons();
    const setupMs = performance.now() - t0;

    // The entity stage alone, on documents already normalised and segmented.
    const prepared = texts.map((t) => {
      const doc = Doc.fromNormalized(normalize(t));
      return { doc, sections: segmentDoc(doc).sections };
    });
    const best = bestOf(
      {
        normalize: () => texts.reduce((n, t) => n + normalize(t).text.length, 0),
        entities: () =>
          prepared.reduce((n, p) => n + extractEntities(p.doc, p.sections).people.length, 0),
        analyze: () => texts.reduce((n, t) => n + analyze(t).people.length, 0),
      },
      3,
    );
    const row = (name: string, key: string, note: string): BenchRow => {
      const b = best[key] as { ms: number };
      const base = best.normalize as { ms: number };
      return {
        name,
        mbPerSec: mb / (b.ms / 1000),
        perSec: texts.length / (b.ms / 1000),
        ratio: base.ms / b.ms,
        note,
      };
    };
    return [
      row("normalize (the baseline)", "normalize", `${texts.length} articles, ${mb.toFixed(2)} MB`),
      row("analyze (every stage)", "analyze", "ratio = analyze speed / normalize speed"),
      row(
        "entities stage only (people, orgs, places)",
        "entities",
        "on normalised, segmented docs; ratio to normalize",
      ),
      {
        name: "entity data setup, once per process",
        value: setupMs,
        note: "ms: catalogue and lexicons",
      },
    ];
  },
};
