/**
 * bantin: Vietnamese news text to typed, validated JSON.
 *
 * This file decides what is public. Everything exported here is covered by semver and pinned by
 * `tests/exports.test.ts`.
 * @packageDocumentation
 */

export { type AnalyzeOptions, analyze } from "./analyze.js";
export type { AnalysisLike } from "./corpus/analysis-like.js";
export {
  type CorpusArticle,
  type CorpusInput,
  type CorpusTables,
  corpusTables,
  findNearDuplicates,
  keywords,
  termsOfArticle,
  timeline,
} from "./corpus/api.js";
export { EntityTables } from "./corpus/entity-tables.js";
export { type ArticleFacts, articleFacts } from "./corpus/facts.js";
export {
  type KeywordOptions,
  KeywordScorer,
  type KeywordsResult,
  TermDictionary,
  type TermVector,
} from "./corpus/keywords.js";
export {
  type DuplicateMatch,
  duplicateSignature,
  NearDuplicateIndex,
  type NearDuplicateOptions,
  type NearDuplicatesResult,
} from "./corpus/near-duplicates.js";
export type { ArticleTerms } from "./corpus/terms.js";
export { Timeline } from "./corpus/timeline.js";
export { decode } from "./decode/decode.js";
export { BantinError, type BantinErrorCode } from "./errors.js";
export {
  extractDirectives,
  extractDocuments,
  extractEvents,
} from "./extract/discourse/api.js";
export {
  type EntityExtractOptions,
  extractOrganisations,
  extractPeople,
  extractPlaces,
} from "./extract/entities/public.js";
export { type LookupPlaceOptions, lookupPlace } from "./extract/place/lookup.js";
export {
  extractCounts,
  extractMoney,
  extractNumbers,
  extractQuantities,
  type Quantities,
  type QuantityOptions,
} from "./extract/quantity/index.js";
export { type DateOptions, extractDates } from "./extract/time/index.js";
export { type Folded, fold } from "./fold/fold.js";
export { type Normalized, normalize } from "./normalize/normalize.js";
export { type Bias, type Edit, OffsetMap } from "./normalize/offset-map.js";
export type { NormalizeOptions } from "./normalize/options.js";
export * from "./schema/index.js";
export {
  type SegmentOptions,
  segment,
  splitSentences,
  tokenize,
} from "./segment/index.js";
