/**
 * Throughput of the discourse stage (directives, events, document references) on the
 * baomoi-paragraphs corpus (2,604 articles: title and paragraphs, one a line), next to the
 * normaliser alone on the same texts in the same run. The issue names no baseline; normalisation is
 * the stage every analysis pays for, so the ratio says what this stage costs on top of it. Every
 * row starts from the raw text (holding 2,604 normalised documents in memory made the garbage
 * collector, not the stage, the thing measured); the stage's own speed is the difference between
 * "normalise + stage" and the normaliser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDiscourse } from "../src/extract/discourse/index.js";
import { Doc } from "../src/extract/doc.js";
import { extractDirectives, extractDocuments, extractEvents } from "../src/index.js";
import { normalize } from "../src/normalize/normalize.js";
import { type BenchRow, type BenchSuite, timeIt } from "./types.js";

interface Article {
  title: string;
  body_paragraphs: string[];
}

export const discourseSuite: BenchSuite = {
  name: "discourse",
  run(dataDir) {
    const texts = readFileSync(join(dataDir, "news/baomoi-paragraphs.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Article)
      .map((a) => [a.title, ...a.body_paragraphs].join("\n"));
    const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1e6;
    const n = texts.length;
    const row = (name: string, ms: number, baseMs?: number, note?: string): BenchRow => ({
      name,
      mbPerSec: mb / (ms / 1000),
      perSec: n / (ms / 1000),
      ...(baseMs ? { ratio: baseMs / ms } : {}),
      ...(note ? { note } : {}),
    });
    const tNorm = timeIt(() => {
      for (const t of texts) normalize(t);
    });
    const tStage = timeIt(() => {
      for (const t of texts) extractDiscourse(Doc.fromNormalized(normalize(t)));
    });
    const tDocs = timeIt(() => {
      for (const t of texts) extractDocuments(t);
    });
    const tDirectives = timeIt(() => {
      for (const t of texts) extractDirectives(t);
    });
    const tEvents = timeIt(() => {
      for (const t of texts) extractEvents(t);
    });
    const ratio = "ratio = normalize time / this";
    return [
      row("normalize (baseline)", tNorm),
      row("normalise + discourse stage", tStage, tNorm, ratio),
      row(
        "discourse stage alone (difference)",
        Math.max(tStage - tNorm, 1e-3),
        tNorm,
        "stage time = (normalise + stage) - normalise",
      ),
      row("extractDocuments (normalise + documents)", tDocs, tNorm, ratio),
      row("extractDirectives (normalise + stage)", tDirectives, tNorm, ratio),
      row("extractEvents (normalise + stage)", tEvents, tNorm, ratio),
    ];
  },
};
