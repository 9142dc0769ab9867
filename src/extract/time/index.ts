import type { DateEntity } from "../../schema/time.js";
import type { Doc } from "../doc.js";

/** Dates and times in a document. Placeholder until the date extractor lands (issue 4). */
export function extractDates(_doc: Doc): DateEntity[] {
  return [];
}
