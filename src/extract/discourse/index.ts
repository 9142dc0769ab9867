import type { Directive, DocumentRef, EventEntity } from "../../schema/discourse.js";
import type { Doc } from "../doc.js";

/** Directives, events and document references. Placeholder until issue 8 lands. */
export function extractDiscourse(_doc: Doc): {
  directives: Directive[];
  events: EventEntity[];
  documents: DocumentRef[];
} {
  return { directives: [], events: [], documents: [] };
}
