/**
 * Segmentation throughput on the baomoi-paragraphs corpus (2,604 articles rebuilt as archive text:
 * title, blank line, sapo, paragraphs one a line), next to the normaliser alone on the same texts
 * in the same run. `segment` includes normalisation, so its ratio to `normalize` says what
 * segmentation costs on top. Also: the same articles as HTML pages, and the bare tokenizer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readHtml } from "../src/html/index.js";
import { normalize } from "../src/normalize/normalize.js";
import { segment, tokenize } from "../src/segment/index.js";
import { type BenchRow, type BenchSuite, timeIt } from "./types.js";

interface Article {
  title: string;
  body_paragraphs: string[];
  trailing_blocks?: string[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const segmentSuite: BenchSuite = {
  name: "segment",
  run(dataDir) {
    const articles = readFileSync(join(dataDir, "news/baomoi-paragraphs.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Article);
    const texts = articles.map((a) =>
      [a.title, "", a.trailing_blocks?.[0] ?? "", ...a.body_paragraphs].join("\n"),
    );
    const pages = articles.map(
      (a) =>
        `<html><head><title>${escapeHtml(a.title)}</title><script>var x=1;</script></head><body><nav><a href="/">Trang chủ</a></nav><article><h1>${escapeHtml(a.title)}</h1><p class="sapo">${escapeHtml(a.trailing_blocks?.[0] ?? "")}</p>${a.body_paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}</article><footer>© Báo</footer></body></html>`,
    );
    const mb = (xs: string[]) => xs.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1e6;
    const textMB = mb(texts);
    const pageMB = mb(pages);
    const n = texts.length;
    const row = (
      name: string,
      ms: number,
      size: number,
      baseMs?: number,
      note?: string,
    ): BenchRow => ({
      name,
      mbPerSec: size / (ms / 1000),
      perSec: n / (ms / 1000),
      ...(baseMs ? { ratio: baseMs / ms } : {}),
      ...(note ? { note } : {}),
    });
    const tNorm = timeIt(() => {
      for (const t of texts) normalize(t);
    });
    const tSeg = timeIt(() => {
      for (const t of texts) segment(t, { tokens: false });
    });
    const tTok = timeIt(() => {
      for (const t of texts) segment(t, { tokens: true });
    });
    const tWords = timeIt(() => {
      for (const t of texts) segment(t, { tokens: true, words: true });
    });
    const tTokenize = timeIt(() => {
      for (const t of texts) tokenize(t);
    });
    const tReadHtml = timeIt(() => {
      for (const p of pages) readHtml(p);
    });
    const tHtml = timeIt(() => {
      for (const p of pages) segment(p, { tokens: false });
    });
    return [
      row("normalize (baseline)", tNorm, textMB),
      row("segment: sections + sentences", tSeg, textMB, tNorm, "ratio = normalize time / this"),
      row("segment: + tokens", tTok, textMB, tNorm, "ratio = normalize time / this"),
      row("segment: + tokens + words", tWords, textMB, tNorm, "ratio = normalize time / this"),
      row(
        "tokenize (normalise + tokens)",
        tTokenize,
        textMB,
        tNorm,
        "ratio = normalize time / this",
      ),
      row("readHtml (same articles as pages)", tReadHtml, pageMB),
      row(
        "segment HTML pages: sections + sentences",
        tHtml,
        pageMB,
        tNorm,
        "ratio = normalize (text) time / this",
      ),
    ];
  },
};
