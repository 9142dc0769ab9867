/**
 * The per-article work of `bantin corpus ...`, run in worker threads like `analyze`'s (`task.ts`
 * hands a unit here when its settings carry `corpus`): read the unit (a file, a JSONL article, or
 * a JSONL analysis from `bantin analyze --format jsonl`), and reduce it to what the command's
 * aggregation needs: keyword terms, a MinHash signature, or the entity and date facts. The result
 * goes back to the main thread as one JSON string in `out`.
 */
import { analyze } from "../analyze.js";
import { type AnalysisLike, isAnalysisRecord } from "../corpus/analysis-like.js";
import { type ArticleFacts, articleFacts } from "../corpus/facts.js";
import { duplicateSignature } from "../corpus/near-duplicates.js";
import { type ArticleTerms, articleTerms, termsOfAnalysis } from "../corpus/terms.js";
import { isHtmlInput, normalizeHtml } from "../html/index.js";
import { normalize } from "../normalize/normalize.js";
import type { CorpusCommand } from "./corpus-args.js";
import { decodeDocument, decodeLine } from "./input/decode-input.js";
import type { DocFormat, Unit } from "./input/sources.js";
import { type ArticleId, errorResult, type TaskResult, type TaskSettings } from "./records.js";

/** What a corpus task needs besides the shared settings; plain data (it crosses to workers). */
export interface CorpusTaskSettings {
  readonly command: CorpusCommand;
  /** JSONL field with the article's date. */
  readonly dateField: string | undefined;
  /** Words per shingle (dupes). */
  readonly shingle: number;
}

/** What `keywords` keeps of an article. */
export interface KeywordDigest {
  readonly id: ArticleId;
  readonly title?: string;
  readonly terms: readonly string[];
  readonly titleTerms: number;
  /** Written forms that differ from their key. */
  readonly surfaces: readonly (readonly [string, string])[];
}

/** What `dupes` keeps of an article. */
export interface DuplicateDigest {
  readonly id: ArticleId;
  readonly title?: string;
  readonly signature: readonly number[];
}

/** One article as read: its text, or its analysis. */
interface Read {
  readonly id: ArticleId;
  readonly text?: string | Uint8Array;
  readonly format?: DocFormat;
  readonly analysis?: AnalysisLike;
  readonly date?: string;
}

type Obj = Record<string, unknown>;

type ReadError = {
  id: ArticleId;
  code: "invalid-json" | "not-an-object" | "no-text";
  message: string;
};

/** A JSONL line: an analysis record, or an article with text or HTML fields. */
function readLine(bytes: Uint8Array, s: TaskSettings, c: CorpusTaskSettings): Read | ReadError {
  const { text } = decodeLine(bytes, s.inputEncoding);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { id: null, code: "invalid-json", message: `invalid JSON: ${(err as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { id: null, code: "not-an-object", message: "expected a JSON object" };
  }
  const record = value as Obj;
  const rawId = record[s.idField];
  const id: ArticleId =
    typeof rawId === "string" || (typeof rawId === "number" && Number.isFinite(rawId))
      ? rawId
      : null;
  const dateValue = c.dateField !== undefined ? record[c.dateField] : undefined;
  const date = typeof dateValue === "string" ? { date: dateValue } : {};
  if (record.error !== undefined && !isAnalysisRecord(record)) {
    // An error record of `bantin analyze`: nothing to read.
    return { id, code: "no-text", message: "an error record of bantin analyze, not an analysis" };
  }
  if (isAnalysisRecord(record)) return { id, analysis: record, ...date };
  const parts: string[] = [];
  for (const field of s.textFields) {
    const v = record[field];
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) parts.push(v.join("\n\n"));
  }
  if (parts.length > 0) return { id, text: parts.join("\n\n"), ...date };
  const html = record[s.htmlField];
  if (typeof html === "string") return { id, text: html, format: "html", ...date };
  const wanted = [...s.textFields, s.htmlField].map((f) => JSON.stringify(f)).join(" or ");
  return { id, code: "no-text", message: `no string field ${wanted}, and not an analysis record` };
}

function pipelineOptions(s: TaskSettings, format: DocFormat | undefined) {
  return {
    ...(s.tone !== undefined ? { tone: s.tone } : {}),
    ...(s.referenceDate !== undefined ? { referenceDate: s.referenceDate } : {}),
    ...(format !== undefined ? { format } : {}),
  };
}

/** The text of an input as a string (bytes decoded by the library's decoder). */
function asText(input: string | Uint8Array): string {
  if (typeof input === "string") return input;
  return normalize(input).source;
}

function keywordDigest(r: Read, s: TaskSettings): KeywordDigest {
  let terms: ArticleTerms;
  let title: string | undefined;
  if (r.analysis) {
    terms = termsOfAnalysis(r.analysis, pipelineOptions(s, undefined));
    const t = r.analysis.metadata?.title;
    title = typeof t === "string" ? t : terms.title;
  } else {
    terms = articleTerms(asText(r.text ?? ""), pipelineOptions(s, r.format));
    title = terms.title;
  }
  const surfaces: [string, string][] = [];
  for (const [key, surface] of terms.surfaces) if (surface !== key) surfaces.push([key, surface]);
  return {
    id: r.id,
    ...(title !== undefined ? { title } : {}),
    terms: terms.terms,
    titleTerms: terms.titleTerms,
    surfaces,
  };
}

/** First line of a text, trimmed and cut, to show a duplicate group at a glance. */
function firstLine(text: string): string | undefined {
  const line = text.trimStart().split("\n", 1)[0]?.trim() ?? "";
  if (line === "") return undefined;
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

function duplicateDigest(r: Read, s: TaskSettings, c: CorpusTaskSettings): DuplicateDigest {
  let text: string;
  if (r.analysis) {
    const n = r.analysis.normalized?.text;
    text =
      typeof n === "string"
        ? n
        : (Array.isArray(r.analysis.sections) ? r.analysis.sections : [])
            .map((x) => (typeof x?.text === "string" ? x.text : ""))
            .join("\n\n");
  } else {
    const input = r.text ?? "";
    const options = pipelineOptions(s, r.format);
    text = isHtmlInput(input, options.format)
      ? normalizeHtml(input, options).normalized.text
      : normalize(input, options).text;
  }
  const signature = Array.from(duplicateSignature(text, { shingleSize: c.shingle }));
  const title =
    (typeof r.analysis?.metadata?.title === "string" ? r.analysis.metadata.title : undefined) ??
    firstLine(text);
  return { id: r.id, ...(title !== undefined ? { title } : {}), signature };
}

function factsDigest(r: Read, s: TaskSettings): ArticleFacts {
  const analysis = r.analysis ?? analyze(r.text ?? "", pipelineOptions(s, r.format));
  return articleFacts(analysis, r.id, { date: r.date });
}

/** Runs one unit of a corpus command. Never throws: failures become error records. */
export function runCorpusTask(unit: Unit, s: TaskSettings, c: CorpusTaskSettings): TaskResult {
  let id: ArticleId = unit.payload.kind === "line" ? null : unit.origin;
  try {
    const p = unit.payload;
    if (p.kind === "error") return errorResult(unit, s, id, p.code, p.message);
    let read: Read;
    if (p.kind === "document") {
      const d = decodeDocument(p.bytes, s.inputEncoding);
      read = { id, text: d.input, format: p.format };
    } else {
      const r = readLine(p.bytes, s, c);
      if ("code" in r) return errorResult(unit, s, r.id, r.code, r.message);
      read = r;
      id = r.id;
    }
    const digest =
      c.command === "keywords"
        ? keywordDigest(read, s)
        : c.command === "dupes"
          ? duplicateDigest(read, s, c)
          : factsDigest(read, s);
    return { seq: unit.seq, status: "ok", id, out: JSON.stringify(digest) };
  } catch (err) {
    const e = err as Error;
    return errorResult(unit, s, id, "internal", `internal error: ${e?.message ?? String(err)}`);
  }
}
