/**
 * Segmentation on real data (`--suite segment`):
 *
 * 1. The 2,604 baomoi-paragraphs articles rebuilt as an archive stores them (title line, blank line,
 *    then the paragraphs one a line; and a second layout with blank lines between paragraphs):
 *    title found, no paragraph lost or merged, trailing credit lines ("Theo ...", "TTXVN", "PV.",
 *    "(Tổng hợp)", "Nguồn: ...") found as byline/source, paragraphs with a photo cue ("Ảnh:",
 *    "Ảnh minh họa") found as captions.
 * 2. Hand labels (scripts/eval/labels/sections.json, 50 articles read by a person): precision and
 *    recall per kind (caption, byline, source, credits = byline or source, heading), on the
 *    articles used while tuning (dev) and on a second batch not tuned on (test).
 * 3. The tokenizer, sentence splitter and word segmenter against underthesea's and vntk's expected
 *    outputs (peer-tests): exact matches and boundary F1.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SectionKind, SegmentResult } from "../../src/schema/sections.js";
import { segment, splitSentences, tokenize } from "../../src/segment/index.js";
import { type EvalSuite, ratio, type Score } from "./types.js";

interface Article {
  id: string;
  title: string;
  body_paragraphs: string[];
  /** The sapo, which the crawl moved after the body. */
  trailing_blocks?: string[];
}

interface Rebuilt {
  text: string;
  /** Span of each body paragraph (trimmed) in `text`; null for empty paragraphs. */
  spans: ({ start: number; end: number } | null)[];
  titleSpan: { start: number; end: number };
  /** Span of the sapo, placed after the title as archives print it, when the article has one. */
  sapoSpan: { start: number; end: number } | null;
}

/** Title, blank line, paragraphs joined by `sep` (trimmed; empty ones kept as empty lines). */
export function rebuild(a: Article, sep: string, withSapo = true): Rebuilt {
  const title = a.title.trim();
  let text = `${title}\n\n`;
  const spans: Rebuilt["spans"] = [];
  const sapo = withSapo
    ? (a.trailing_blocks?.[0] ?? "")
        .replace(/[\r\n]+/g, " ")
        .replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu, "")
    : "";
  let sapoSpan: Rebuilt["sapoSpan"] = null;
  if (sapo) {
    sapoSpan = { start: text.length, end: text.length + sapo.length };
    text += sapo + sep;
  }
  a.body_paragraphs.forEach((p, i) => {
    if (i > 0) text += sep;
    const t = p.replace(/[\r\n]+/g, " ").replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu, "");
    spans.push(t ? { start: text.length, end: text.length + t.length } : null);
    text += t;
  });
  return { text, spans, titleSpan: { start: 0, end: title.length }, sapoSpan };
}

const escapeHtml = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The same article as a web page: navigation, scripts and a footer around an `<article>` with an
 * `<h1>`, a `<p class="sapo">` and one `<p>` per paragraph (text HTML-escaped, so `&` becomes
 * `&amp;` and spans must map entities back).
 */
export function rebuildHtml(a: Article): Rebuilt {
  const clean = (t: string) =>
    t.replace(/[\r\n]+/g, " ").replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu, "");
  let text = `<!DOCTYPE html><html><head><title>${escapeHtml(clean(a.title))} - Báo</title><script>var a = "<p>x</p>";</script></head><body>\n<nav class="menu"><a href="/">Trang chủ</a> | <a href="/xa-hoi">Xã hội</a></nav>\n<div class="ads">Quảng cáo</div>\n<article class="detail">\n<h1>`;
  const title = escapeHtml(clean(a.title));
  const titleSpan = { start: text.length, end: text.length + title.length };
  text += `${title}</h1>\n`;
  let sapoSpan: Rebuilt["sapoSpan"] = null;
  const sapo = escapeHtml(clean(a.trailing_blocks?.[0] ?? ""));
  if (sapo) {
    text += '<p class="sapo">';
    sapoSpan = { start: text.length, end: text.length + sapo.length };
    text += `${sapo}</p>\n`;
  }
  const spans: Rebuilt["spans"] = [];
  for (const p of a.body_paragraphs) {
    const t = escapeHtml(clean(p));
    text += "<p>";
    spans.push(t ? { start: text.length, end: text.length + t.length } : null);
    text += `${t}</p>\n`;
  }
  text += `</article>\n<div class="related">Tin liên quan: <a href="/y">Bài khác</a></div><footer>© Báo</footer></body></html>`;
  return { text, spans, titleSpan, sapoSpan };
}

/** Kind of the section(s) that cover paragraph span `p`, or null when it was merged or lost. */
function kindOf(
  r: SegmentResult,
  p: { start: number; end: number },
): SectionKind | "merged" | "lost" {
  const covering = r.sections.filter((s) => s.span.end > p.start && s.span.start < p.end);
  if (covering.length === 0) return "lost";
  if (covering.some((s) => s.span.start < p.start || s.span.end > p.end)) return "merged";
  const first = covering[0];
  const last = covering[covering.length - 1];
  if (!first || !last || first.span.start !== p.start || last.span.end !== p.end) return "lost";
  // A dateline cut from the paragraph: the paragraph's kind is that of its main part.
  const main = covering.find((s) => s.kind !== "dateline") ?? first;
  return main.kind;
}

const CREDIT_RE =
  /^\s*(?:[-–(]\s*)?(?:Theo\s+\S|TTXVN|PV\.?\s*$|\(?\s*(?:Tổng hợp|tổng hợp|T\/h|t\/h)\s*\)?\.?\s*$|Nguồn\s*:)/u;
const PHOTO_CUE_RE = /(?:^|[\s(\-–.])(?:Ảnh|ảnh)\s*(?::|minh họa)/u;

function corpusScores(
  articles: Article[],
  layout: string,
  build: (a: Article) => Rebuilt,
  withSapo: boolean,
): Score[] {
  let titles = 0;
  let sapos = 0;
  let leads = 0;
  const fLead: string[] = [];
  let paragraphs = 0;
  let intact = 0;
  let credits = 0;
  let creditsFound = 0;
  let cues = 0;
  let cuesFound = 0;
  const fTitle: string[] = [];
  const fIntact: string[] = [];
  const fCredit: string[] = [];
  const fCue: string[] = [];
  for (const a of articles) {
    const rb = build(a);
    const r = segment(rb.text, { tokens: false });
    const t = r.sections[0];
    if (rb.sapoSpan) {
      sapos++;
      const k = kindOf(r, rb.sapoSpan);
      if (k === "lead") leads++;
      else
        fLead.push(
          `${a.id} ${k}: ${JSON.stringify(rb.text.slice(rb.sapoSpan.start, rb.sapoSpan.start + 50))}`,
        );
    }
    if (
      t?.kind === "title" &&
      t.span.start === rb.titleSpan.start &&
      t.span.end === rb.titleSpan.end
    )
      titles++;
    else fTitle.push(`${a.id}: ${t?.kind} ${JSON.stringify(t?.text.slice(0, 50))}`);
    const lastIndex = rb.spans.reduce((m, s, i) => (s ? i : m), -1);
    rb.spans.forEach((p, i) => {
      if (!p) return;
      paragraphs++;
      const k = kindOf(r, p);
      const text = rb.text.slice(p.start, p.end);
      if (k !== "merged" && k !== "lost") intact++;
      else fIntact.push(`${a.id}[${i}] ${k}: ${JSON.stringify(text.slice(0, 50))}`);
      if (i >= lastIndex - 1 && CREDIT_RE.test(text) && text.length < 60) {
        credits++;
        if (k === "byline" || k === "source") creditsFound++;
        else fCredit.push(`${a.id}[${i}] ${k}: ${JSON.stringify(text)}`);
      }
      // "Bài và ảnh: X", "Tin-ảnh: X", "Theo X - Ảnh: Y" credit the author: bylines, not captions.
      if (
        PHOTO_CUE_RE.test(text) &&
        text.length < 300 &&
        !/^\s*(?:Bài|Tin|Theo)[\s,&\-–]/u.test(text)
      ) {
        cues++;
        if (k === "caption") cuesFound++;
        else fCue.push(`${a.id}[${i}] ${k}: ${JSON.stringify(text.slice(0, 70))}`);
      }
    });
  }
  return [
    ratio(`${layout}/title found`, titles, articles.length, fTitle),
    ...(withSapo ? [ratio(`${layout}/sapo as lead`, leads, sapos, fLead)] : []),
    ratio(`${layout}/paragraphs not lost or merged`, intact, paragraphs, fIntact),
    ratio(`${layout}/trailing credit lines as byline or source`, creditsFound, credits, fCredit),
    ratio(`${layout}/paragraphs with a photo cue as caption`, cuesFound, cues, fCue),
  ];
}

interface FlatArticle {
  id: string;
  title: string;
  sapo?: string;
  body: string;
}

/**
 * The flat sample glues captions and the byline onto one body line. For the articles also in the
 * paragraph file: a credit cut from the end of the flat body should be exactly a paragraph of the
 * paragraph version (precision), and a credit line the paragraph version ends with should be cut
 * from the flat body (recall).
 */
function flatScores(dataDir: string, byId: Map<string, Article>): Score[] {
  const rows = readFileSync(join(dataDir, "news/baomoi-flat-sample.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FlatArticle);
  let cut = 0;
  let cutRight = 0;
  let lines = 0;
  let linesFound = 0;
  const fP: string[] = [];
  const fR: string[] = [];
  for (const f of rows) {
    const a = byId.get(f.id);
    if (!a) continue;
    const flat = segment(`${f.title}\n\n${f.sapo ?? ""}\n\n${f.body}`, { tokens: false });
    const credit = flat.sections.find((s) => s.rule.endsWith("-glued"));
    // The credit may span the last few lines of the paragraph version ("Hòa Lê" + "(T/h)").
    const norm = (t: string) => t.replace(/\s+/gu, " ").trim();
    const tails = new Set<string>();
    const ps = a.body_paragraphs.map(norm).filter((p) => p.length > 0);
    for (let k = Math.max(0, ps.length - 4); k < ps.length; k++) tails.add(ps.slice(k).join(" "));
    for (const p of ps) tails.add(p);
    if (credit) {
      cut++;
      if (tails.has(norm(credit.text))) cutRight++;
      else fP.push(`${f.id}: ${JSON.stringify(credit.text)}`);
    }
    const rb = rebuild(a, "\n");
    const layout = segment(rb.text, { tokens: false });
    const lastCredit = [...layout.sections]
      .reverse()
      .find((s) => s.kind === "byline" || s.kind === "source");
    const lastIsCredit =
      lastCredit !== undefined &&
      layout.sections.slice(layout.sections.indexOf(lastCredit)).every((s) => s.kind !== "body");
    if (lastIsCredit && lastCredit && f.body.trimEnd().endsWith(lastCredit.text.trim())) {
      lines++;
      const found = flat.sections.some(
        (s) =>
          (s.kind === "byline" || s.kind === "source") &&
          norm(s.text).includes(norm(lastCredit.text)),
      );
      if (found) linesFound++;
      else fR.push(`${f.id}: ${JSON.stringify(lastCredit.text)}`);
    }
  }
  return [
    ratio("flat/credit cut from the body is a paragraph of its own", cutRight, cut, fP),
    ratio("flat/credit line of the paragraph layout cut from the body", linesFound, lines, fR),
  ];
}

type Labels = Record<string, Partial<Record<string, number[]>>>;

function labelScores(byId: Map<string, Article>, labels: Labels, split: string): Score[] {
  const kinds = ["caption", "byline", "source", "credits", "heading"] as const;
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const fails: Record<string, string[]> = {};
  for (const k of kinds) {
    tp[k] = 0;
    fp[k] = 0;
    fn[k] = 0;
    fails[k] = [];
  }
  for (const [id, lab] of Object.entries(labels)) {
    const a = byId.get(id);
    if (!a) continue;
    const rb = rebuild(a, "\n");
    const r = segment(rb.text, { tokens: false });
    rb.spans.forEach((p, i) => {
      if (!p) return;
      const got = kindOf(r, p);
      const text = rb.text.slice(p.start, p.end).slice(0, 50);
      for (const k of kinds) {
        const want =
          k === "credits"
            ? (lab.byline ?? []).includes(i) || (lab.source ?? []).includes(i)
            : (lab[k] ?? []).includes(i);
        const have = k === "credits" ? got === "byline" || got === "source" : got === k;
        if (want && have) tp[k] = (tp[k] ?? 0) + 1;
        else if (have) {
          fp[k] = (fp[k] ?? 0) + 1;
          fails[k]?.push(`FP ${id}[${i}] ${JSON.stringify(text)}`);
        } else if (want) {
          fn[k] = (fn[k] ?? 0) + 1;
          fails[k]?.push(`FN ${id}[${i}] got ${got}: ${JSON.stringify(text)}`);
        }
      }
    });
  }
  const out: Score[] = [];
  for (const k of kinds) {
    const t = tp[k] ?? 0;
    out.push(
      ratio(
        `labels-${split}/${k} precision`,
        t,
        t + (fp[k] ?? 0),
        fails[k]?.filter((f) => f.startsWith("FP")),
      ),
    );
    out.push(
      ratio(
        `labels-${split}/${k} recall`,
        t,
        t + (fn[k] ?? 0),
        fails[k]?.filter((f) => f.startsWith("FN")),
      ),
    );
  }
  return out;
}

interface Peer {
  function: string;
  input: string;
  kwargs?: Record<string, unknown>;
  expected: unknown;
}

/** Boundary F1 between two tokenisations of the same text (tokens compared by character spans). */
function spansOf(tokens: string[], text: string): Set<string> {
  const out = new Set<string>();
  let at = 0;
  for (const t of tokens) {
    const i = text.indexOf(t, at);
    if (i < 0) continue;
    out.add(`${i}:${i + t.length}`);
    at = i + t.length;
  }
  return out;
}

function peerScores(dataDir: string): Score[] {
  const u = JSON.parse(readFileSync(join(dataDir, "peer-tests/underthesea.json"), "utf8")) as {
    examples: Peer[];
  };
  const v = JSON.parse(readFileSync(join(dataDir, "peer-tests/vntk.json"), "utf8")) as {
    examples: Peer[];
  };
  const rows: {
    peer: string;
    kind: "tokens" | "words" | "sentences";
    input: string;
    expected: string[];
  }[] = [];
  for (const e of u.examples) {
    if (e.kwargs?.fixed_words || e.kwargs?.tag || e.kwargs?.use_token_normalize === false) continue;
    if (e.function === "tokenize" && typeof e.expected === "string") {
      rows.push({
        peer: "underthesea",
        kind: "tokens",
        input: e.input,
        expected: e.expected.split(" ").filter(Boolean),
      });
    } else if (e.function === "word_tokenize") {
      const exp =
        typeof e.expected === "string"
          ? e.expected
              .split(" ")
              .filter(Boolean)
              .map((w) => w.replace(/_/g, " "))
          : (e.expected as string[]);
      rows.push({ peer: "underthesea", kind: "words", input: e.input, expected: exp });
    } else if (e.function === "sent_tokenize") {
      rows.push({
        peer: "underthesea",
        kind: "sentences",
        input: e.input,
        expected: e.expected as string[],
      });
    }
  }
  for (const e of v.examples) {
    if (e.function === "tokenizer().stokenize" && typeof e.expected === "string") {
      rows.push({
        peer: "vntk",
        kind: "tokens",
        input: e.input,
        expected: e.expected.split(" ").filter(Boolean),
      });
    } else if (e.function.startsWith("wordTokenizer") && typeof e.expected === "string") {
      rows.push({
        peer: "vntk",
        kind: "words",
        input: e.input,
        expected: e.expected
          .split(" ")
          .filter(Boolean)
          .map((w) => w.replace(/_/g, " ")),
      });
    }
  }
  const out: Score[] = [];
  for (const peer of ["underthesea", "vntk"]) {
    for (const kind of ["tokens", "words", "sentences"] as const) {
      const mine = rows.filter((r) => r.peer === peer && r.kind === kind);
      if (mine.length === 0) continue;
      let exact = 0;
      let tpB = 0;
      let nGot = 0;
      let nWant = 0;
      const fails: string[] = [];
      for (const r of mine) {
        const text = r.input.normalize("NFC");
        let got: string[];
        if (kind === "tokens") got = tokenize(text).map((t) => t.text);
        else if (kind === "sentences") got = splitSentences(text).map((s) => s.text);
        else {
          const seg = segment(text, { words: true, tokens: false });
          got = seg.sections.flatMap((s) =>
            s.sentences.flatMap((x) => (x.words ?? []).map((w) => w.text)),
          );
        }
        const want = r.expected.map((w) => w.normalize("NFC"));
        if (JSON.stringify(got) === JSON.stringify(want)) exact++;
        else
          fails.push(
            `${JSON.stringify(text.slice(0, 40))}: got ${JSON.stringify(got.filter((g) => !want.includes(g)).slice(0, 6))} want ${JSON.stringify(want.filter((w) => !got.includes(w)).slice(0, 6))}`,
          );
        const a = spansOf(got, text);
        const b = spansOf(want, text);
        nGot += a.size;
        nWant += b.size;
        for (const s of a) if (b.has(s)) tpB++;
      }
      out.push(ratio(`peer-${peer}/${kind} exact`, exact, mine.length, fails));
      const f1 = nGot + nWant === 0 ? 1 : (2 * tpB) / (nGot + nWant);
      out.push({
        name: `peer-${peer}/${kind} F1`,
        passed: tpB,
        total: Math.round((nGot + nWant) / 2),
        value: f1,
      });
    }
  }
  return out;
}

export const segmentSuite: EvalSuite = {
  name: "segment",
  description:
    "sections of baomoi articles rebuilt as archive text, hand-labelled captions/bylines/sources/headings, tokens/sentences/words vs underthesea and vntk",
  run(dataDir) {
    const lines = readFileSync(join(dataDir, "news/baomoi-paragraphs.jsonl"), "utf8").split("\n");
    const articles: Article[] = lines.filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const labels = JSON.parse(
      readFileSync(new URL("./labels/sections.json", import.meta.url), "utf8"),
    ) as { dev: Labels; test: Labels; test2: Labels };
    return [
      ...corpusScores(articles, "lines", (a) => rebuild(a, "\n"), true),
      ...corpusScores(articles, "blank-lines", (a) => rebuild(a, "\n\n"), true),
      ...corpusScores(articles, "lines-no-sapo", (a) => rebuild(a, "\n", false), false),
      ...corpusScores(articles, "html-page", rebuildHtml, true),
      ...flatScores(dataDir, byId),
      ...labelScores(byId, labels.dev, "dev"),
      ...labelScores(byId, labels.test, "test"),
      ...labelScores(byId, labels.test2, "test2"),
      ...labelScores(byId, { ...labels.dev, ...labels.test, ...labels.test2 }, "all"),
      ...peerScores(dataDir),
    ];
  },
};
