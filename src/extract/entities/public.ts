import { assertInput } from "../../errors.js";
import { isHtmlInput, normalizeHtml } from "../../html/index.js";
import { normalize } from "../../normalize/normalize.js";
import type { NormalizeOptions } from "../../normalize/options.js";
import type { Organisation, Person, Place } from "../../schema/entities.js";
import { segmentDoc } from "../../segment/index.js";
import { Doc } from "../doc.js";
import { type Entities, extractEntities } from "./index.js";

/** Options of the entity functions: normalisation, input format, and the article's date. */
export interface EntityExtractOptions extends NormalizeOptions {
  /** How to read the input: `html`, `plain`, or `auto` (the default: HTML when it has tags). */
  format?: "auto" | "plain" | "html";
  /** The article's date: picks the version of each administrative unit in force then. */
  referenceDate?: Date | string;
}

/**
 * Normalises, segments and extracts the entities of one article, without the other stages (what
 * the three functions below share; the entities suite evaluates it).
 */
export function entitiesOf(input: string | Uint8Array, options?: EntityExtractOptions): Entities {
  assertInput(input);
  const html = isHtmlInput(input, options?.format) ? normalizeHtml(input, options) : null;
  const n = html ? html.normalized : normalize(input, options);
  const doc = Doc.fromNormalized(n);
  const { sections } = segmentDoc(doc, { tokens: false, words: false }, html?.hints);
  return extractEntities(doc, sections, {
    ...(options?.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}),
  });
}

/**
 * The people of an article, each with their honorifics, parsed titles and every mention (spans
 * into `input`), authors left out: what `analyze(input).people` gives, without the other stages.
 *
 * @example
 * ```ts
 * extractPeople("đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy")[0].titles[0];
 * // { role: "Phó Bí thư", qualifier: "Thường trực", organisationName: "Quận ủy", ... }
 * ```
 */
export function extractPeople(
  input: string | Uint8Array,
  options?: EntityExtractOptions,
): Person[] {
  return entitiesOf(input, options).people;
}

/**
 * The organisations of an article, with canonical names, type, level, parent and place (given or
 * implied): what `analyze(input).organisations` gives, without the other stages.
 */
export function extractOrganisations(
  input: string | Uint8Array,
  options?: EntityExtractOptions,
): Organisation[] {
  return entitiesOf(input, options).organisations;
}

/**
 * The places of an article, administrative units linked to the GSO catalogue of their era:
 * what `analyze(input).places` gives, without the other stages.
 */
export function extractPlaces(input: string | Uint8Array, options?: EntityExtractOptions): Place[] {
  return entitiesOf(input, options).places;
}
