import type { Organisation, Person, Place } from "../../schema/entities.js";
import type { Section } from "../../schema/sections.js";
import type { Doc } from "../doc.js";

/** People, organisations and places. Placeholder until the entity extractors land (issue 5). */
export function extractEntities(
  _doc: Doc,
  _sections: readonly Section[],
): { people: Person[]; organisations: Organisation[]; places: Place[] } {
  return { people: [], organisations: [], places: [] };
}
