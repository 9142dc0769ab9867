import { assertInput } from "../../errors.js";
import { normalize } from "../../normalize/normalize.js";
import type { NormalizeOptions } from "../../normalize/options.js";
import type { Directive, DocumentRef, EventEntity } from "../../schema/discourse.js";
import { Doc } from "../doc.js";
import { type DiscourseResult, discourseContext, documentsOf, extractDiscourse } from "./index.js";

function run(input: string | Uint8Array, options?: NormalizeOptions): DiscourseResult {
  assertInput(input);
  return extractDiscourse(Doc.fromNormalized(normalize(input, options)));
}

/**
 * The directives of a text on their own, without the rest of {@link analyze}: who asked whom to do
 * what, split into actions with their markers, deadlines, targets and purpose. Spans point into
 * `input` (for bytes, into the decoded text). Issuers and addressees carry no entity ids here: run
 * `analyze` for those links.
 *
 * @example
 * ```ts
 * const [d] = extractDirectives("Thủ tướng yêu cầu các bộ, ngành khẩn trương rà soát các dự án.");
 * d.speechAct.lemma; // "yêu cầu"
 * d.addressees[0].text; // "các bộ, ngành"
 * d.actions[0].verb?.lemma; // "rà soát"
 * ```
 */
export function extractDirectives(
  input: string | Uint8Array,
  options?: NormalizeOptions,
): Directive[] {
  return run(input, options).directives;
}

/**
 * The events of a text on their own (meetings, conferences, ceremonies, working visits): one entity
 * per event with all its mentions, type, topic, organiser, chairs, attendees, date, place and
 * outcomes. Spans point into `input`.
 */
export function extractEvents(
  input: string | Uint8Array,
  options?: NormalizeOptions,
): EventEntity[] {
  return run(input, options).events;
}

/**
 * The documents a text cites (resolutions, directives, decisions, decrees, circulars, plans,
 * letters, laws): type, number and what its codes say (type, issuing body, year), date, issuer and
 * subject, one entry per document with every mention. Spans point into `input`.
 *
 * @example
 * ```ts
 * const [doc] = extractDocuments("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị ...");
 * doc.type; // "directive"
 * doc.number; // "05-CT/TW"
 * doc.issuer?.code; // "TW"
 * ```
 */
export function extractDocuments(
  input: string | Uint8Array,
  options?: NormalizeOptions,
): DocumentRef[] {
  assertInput(input);
  const doc = Doc.fromNormalized(normalize(input, options));
  return documentsOf(discourseContext(doc));
}
