/**
 * The work for one unit (a document or a JSONL line): decode, parse, run the command, format the
 * output. Runs in a worker thread (`--jobs N`) or in the main thread (`--jobs 1`); either way it is a
 * pure function of its unit and settings, never throws, and returns the output already formatted,
 * so that the main thread only writes strings in order.
 */
import { type AnalyzeOptions, analyze } from "../analyze.js";
import { decode } from "../decode/decode.js";
import { normalize } from "../normalize/normalize.js";
import { renderReport } from "../report/render.js";
import type { EncodingName } from "../schema/normalize.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import { segment } from "../segment/index.js";
import { runCorpusTask } from "./corpus-task.js";
import { decodeDocument, decodeLine } from "./input/decode-input.js";
import type { DocFormat, Unit } from "./input/sources.js";
import { entityRows } from "./output/csv.js";
import { pickFields } from "./output/fields.js";
import {
  type ArticleId,
  displayId,
  errorResult,
  type TaskResult,
  type TaskSettings,
} from "./records.js";

type Obj = Record<string, unknown>;

/** An article ready for the pipeline. */
interface Article {
  readonly id: ArticleId;
  readonly input: string | Uint8Array;
  readonly format: DocFormat | undefined;
  /** Set when the CLI decoded non-UTF-8 bytes itself: spans index this decoded text. */
  readonly decodedAs?: EncodingName;
}

/** Runs one unit. Never throws: a failure becomes an error record. */
export function runTask(unit: Unit, settings: TaskSettings): TaskResult {
  if (settings.corpus) return runCorpusTask(unit, settings, settings.corpus);
  let id: ArticleId = unit.payload.kind === "line" ? null : unit.origin;
  try {
    const payload = unit.payload;
    if (payload.kind === "error")
      return errorResult(unit, settings, id, payload.code, payload.message);
    let article: Article;
    if (payload.kind === "document") {
      const d = decodeDocument(payload.bytes, settings.inputEncoding);
      article = {
        id,
        input: d.input,
        format: payload.format,
        ...(d.decodedAs ? { decodedAs: d.decodedAs } : {}),
      };
    } else {
      const parsed = parseLine(payload.bytes, settings);
      if ("code" in parsed)
        return errorResult(unit, settings, parsed.id, parsed.code, parsed.message);
      article = parsed;
      id = parsed.id;
    }
    return execute(unit, article, settings);
  } catch (err) {
    // A bug in the pipeline, not bad input: still one record, and the run goes on.
    const e = err as Error;
    return errorResult(
      unit,
      settings,
      id,
      "internal",
      `internal error: ${e?.message ?? String(err)}`,
    );
  }
}

type LineError = {
  id: ArticleId;
  code: "invalid-json" | "not-an-object" | "no-text";
  message: string;
};

/** One JSONL line to an article: `{id, text}` or `{id, html}`, field names from the settings. */
function parseLine(bytes: Uint8Array, s: TaskSettings): Article | LineError {
  const { text, decodedAs } = decodeLine(bytes, s.inputEncoding);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { id: null, code: "invalid-json", message: `invalid JSON: ${(err as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      id: null,
      code: "not-an-object",
      message: `expected a JSON object, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`,
    };
  }
  const record = value as Obj;
  const rawId = record[s.idField];
  const id: ArticleId =
    typeof rawId === "string" || (typeof rawId === "number" && Number.isFinite(rawId))
      ? rawId
      : null;
  const parts: string[] = [];
  for (const field of s.textFields) {
    const v = record[field];
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) parts.push(v.join("\n\n"));
  }
  const extra = decodedAs ? { decodedAs } : {};
  if (parts.length > 0) return { id, input: parts.join("\n\n"), format: undefined, ...extra };
  const html = record[s.htmlField];
  if (typeof html === "string") return { id, input: html, format: "html", ...extra };
  const wanted = [...s.textFields, s.htmlField].map((f) => JSON.stringify(f)).join(" or ");
  return { id, code: "no-text", message: `no string field ${wanted}` };
}

/** Options for the pipeline. Fields other issues add (`referenceDate`, `format`) pass through. */
function pipelineOptions(s: TaskSettings, format: DocFormat | undefined): AnalyzeOptions {
  const o: Obj = { ...s.normalize };
  if (s.tone !== undefined) o.tone = s.tone;
  if (s.referenceDate !== undefined) o.referenceDate = s.referenceDate;
  if (s.tokens !== undefined) o.tokens = s.tokens;
  if (s.words !== undefined) o.words = s.words;
  if (format !== undefined) o.format = format;
  return o as AnalyzeOptions;
}

/** Marks a result computed on text the CLI decoded: spans index that text, as for bytes input. */
function markDecoded(result: Obj, text: string, encoding: EncodingName): void {
  const input = result.input as Obj | undefined;
  if (input) result.input = { ...input, kind: "bytes", decodedText: text };
  const normalized = (result.normalized ?? result) as Obj;
  const enc = normalized.encoding as Obj | undefined;
  if (enc) normalized.encoding = { ...enc, name: encoding };
}

function execute(unit: Unit, article: Article, s: TaskSettings): TaskResult {
  const options = pipelineOptions(s, article.format);
  let result: Obj;
  let source: string;
  if (s.command === "normalize") {
    const n = normalize(article.input, options);
    source = n.source;
    result = { ...n };
    if (s.format === "text") {
      return {
        seq: unit.seq,
        status: "ok",
        id: article.id,
        out: n.text.endsWith("\n") ? n.text : `${n.text}\n`,
      };
    }
  } else if (s.command === "segment") {
    // Bytes are decoded here so that the output can carry the text its spans index.
    const bytes = typeof article.input !== "string";
    const decoded = bytes ? decode(article.input as Uint8Array) : undefined;
    source = decoded ? decoded.text : (article.input as string);
    const seg = segment(source, options);
    result = {
      schemaVersion: SCHEMA_VERSION,
      input: {
        kind: bytes ? "bytes" : "text",
        format: seg.format,
        length: source.length,
        ...(bytes ? { decodedText: source } : {}),
      },
      metadata: seg.metadata,
      sections: seg.sections,
    };
  } else {
    const a = analyze(article.input, options);
    source = typeof article.input === "string" ? article.input : (a.input.decodedText ?? "");
    result = a as unknown as Obj;
  }
  if (article.decodedAs && typeof article.input === "string")
    markDecoded(result, article.input, article.decodedAs);

  const id = article.id;
  switch (s.format) {
    case "jsonl":
      return ok(unit, id, `${JSON.stringify({ id, ...pickFields(result, s.fields) })}\n`);
    case "json": {
      const value = s.multi
        ? { id, ...pickFields(result, s.fields) }
        : pickFields(result, s.fields);
      const json = JSON.stringify(value, null, s.pretty ? 2 : undefined);
      return ok(unit, id, s.multi ? json : `${json}\n`);
    }
    case "csv":
      return ok(unit, id, entityRows(displayId(id, unit), pickFields(result, s.fields), source));
    case "html": {
      const shown = s.fields
        ? {
            ...pickFields(result, s.fields),
            normalized: result.normalized,
            sections: result.sections,
            metadata: result.metadata,
          }
        : result;
      const { html, summary } = renderReport(shown, source, {
        id: id ?? displayId(id, unit),
        generator: s.generator,
        ...(s.indexHref ? { indexHref: s.indexHref } : {}),
      });
      return { seq: unit.seq, status: "ok", id, out: html, summary };
    }
    default:
      return ok(unit, id, `${JSON.stringify(result)}\n`);
  }
}

function ok(unit: Unit, id: ArticleId, out: string): TaskResult {
  return { seq: unit.seq, status: "ok", id, out };
}
