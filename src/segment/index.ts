import type { Doc } from "../extract/doc.js";
import type { Metadata, Section } from "../schema/sections.js";

/** Sections and metadata of an article. Placeholder until segmentation lands (issue 3). */
export function segmentDoc(_doc: Doc): { sections: Section[]; metadata: Metadata } {
  return { sections: [], metadata: { authors: [] } };
}
