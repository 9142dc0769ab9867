import { assertInput } from "./errors.js";
import { extractDiscourse } from "./extract/discourse/index.js";
import { Doc } from "./extract/doc.js";
import { extractEntities } from "./extract/entities/index.js";
import { extractQuantitiesFromDoc } from "./extract/quantity/index.js";
import { type DateOptions, extractDatesFromDoc } from "./extract/time/index.js";
import { resolveDateOptions } from "./extract/time/options.js";
import { isHtmlInput, normalizeHtml } from "./html/index.js";
import { normalize } from "./normalize/normalize.js";
import type { NormalizeOptions } from "./normalize/options.js";
import type { Analysis } from "./schema/analysis.js";
import { SCHEMA_VERSION } from "./schema/version.js";
import { type SegmentOptions, segmentDoc } from "./segment/index.js";

/**
 * Options of {@link analyze}. Sentences are always given with their spans; their `tokens` and
 * `words` only when asked for (they multiply the size of the JSON). Dates are resolved against
 * `referenceDate` (see {@link DateOptions}).
 */
export interface AnalyzeOptions extends NormalizeOptions, SegmentOptions, DateOptions {}

/**
 * The whole analysis of one article: normalised text, sections, and the entities found, every span
 * pointing into the original input (for bytes input: into `input.decodedText`).
 *
 * The pipeline is fixed: normalise, segment, then the extractors, each seeing what the earlier
 * stages found. Never throws on text; throws a {@link BantinError} only when `input` is not a
 * string or bytes.
 */
export function analyze(input: string | Uint8Array, options?: AnalyzeOptions): Analysis {
  assertInput(input);
  resolveDateOptions(options); // a bad date option throws before any work
  // HTML goes through the reader first; its map is composed with the normaliser's, so spans still
  // point into the HTML string.
  const html = isHtmlInput(input, options?.format) ? normalizeHtml(input, options) : null;
  const n = html ? html.normalized : normalize(input, options);
  const doc = Doc.fromNormalized(n);
  const switches = { tokens: options?.tokens === true, words: options?.words === true };
  const { sections, metadata } = segmentDoc(doc, switches, html?.hints);
  // The publication date segmentation read anchors relative dates when no referenceDate is given.
  const dates = extractDatesFromDoc(doc, options, metadata.published);
  const { numbers, money, counts } = extractQuantitiesFromDoc(doc, dates);
  const { people, organisations, places } = extractEntities(doc, sections, {
    dates,
    ...(options?.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}),
  });
  const { directives, events, documents } = extractDiscourse(doc, {
    sections,
    dates,
    numbers,
    money,
    counts,
    people,
    organisations,
    places,
  });
  const { schemaVersion: _ignored, ...normalized } = n;
  return {
    schemaVersion: SCHEMA_VERSION,
    input: {
      kind: typeof input === "string" ? "text" : "bytes",
      format: html ? "html" : "plain",
      length: n.source.length,
      ...(typeof input === "string" ? {} : { decodedText: n.source }),
    },
    normalized,
    metadata,
    sections,
    dates,
    numbers,
    money,
    counts,
    people,
    organisations,
    places,
    directives,
    events,
    documents,
  };
}
