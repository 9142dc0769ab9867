import type { Organisation, Person, Place } from "../../schema/entities.js";
import type { Section } from "../../schema/sections.js";
import type { Doc } from "../doc.js";
import { resolveOrganisations } from "../organisation/resolve.js";
import { resolvePeople } from "../person/coreference.js";
import { resolvePlaces } from "../place/resolve.js";
import { EntityContext, type EntityOptions } from "./context.js";
import { scanEntities } from "./scan.js";

export type { EntityOptions } from "./context.js";

/** People, organisations and places of one article. */
export interface Entities {
  people: Person[];
  organisations: Organisation[];
  places: Place[];
}

/**
 * People (with their titles), organisations and places of a document, each one real-world thing
 * with all its mentions. One pass finds the mentions; the places are then settled against the
 * catalogue using the whole article, the organisations get their implied places and parents, and
 * the people are joined across mentions. `sections` tell bylines (authors, left out of people) and
 * captions apart; the reference date, or the years of the article's `dates`, tell which version of
 * an administrative unit the article means.
 */
export function extractEntities(
  doc: Doc,
  sections: readonly Section[],
  options: EntityOptions = {},
): Entities {
  const ctx = new EntityContext(doc, doc.tokens, sections, options);
  const scan = scanEntities(ctx);
  const places = resolvePlaces(ctx, scan.places, scan.claimed);
  const organisations = resolveOrganisations(ctx, scan.orgs, places);
  const people = resolvePeople(ctx, scan.people, organisations, places);
  return { people, organisations: organisations.organisations, places: places.places };
}
