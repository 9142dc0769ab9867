import { DOMAINS, type Domain, NAME_SYLLABLES } from "../../data/domains.js";
import {
  CAN,
  CHI,
  EPITHETS,
  FAMILY_NAMES,
  HIGHLAND_LINEAGES,
  HIGHLAND_NAME_STARTS,
} from "../../data/family-names.js";
import { HONORIFICS, type HonorificEntry } from "../../data/honorifics.js";
import {
  GROUP_PHRASES,
  KNOWN_ORGANISATIONS,
  type KnownOrganisation,
  ORGANISATION_HEADS,
  type OrganisationHead,
} from "../../data/organisations.js";
import {
  ADMIN_TYPE_WORDS,
  type AdminTypeWord,
  HAMLET_WORDS,
  LANDMARK_WORDS,
  PLACE_ALIASES,
  STREET_WORDS,
  WORLD_PLACES,
  type WorldPlace,
} from "../../data/places.js";
import { ROLE_MODIFIERS, ROLE_QUALIFIERS, ROLES, type RoleEntry } from "../../data/roles.js";
import { nameKey } from "../../text/key.js";
import { PhraseMatcher } from "../../text/phrase-matcher.js";

/** Every lexicon of the entity extractors, compiled once to matchers. */
export interface Lexicons {
  readonly honorifics: PhraseMatcher<HonorificEntry>;
  readonly roles: PhraseMatcher<RoleEntry>;
  readonly qualifiers: PhraseMatcher<string>;
  readonly modifiers: PhraseMatcher<"former" | "acting" | "new">;
  readonly heads: PhraseMatcher<OrganisationHead>;
  /** Heads by canonical form (`Bộ`, `Cục`), for heads contained in roles. */
  readonly headByName: ReadonlyMap<string, OrganisationHead>;
  readonly domains: PhraseMatcher<Domain>;
  readonly known: PhraseMatcher<KnownOrganisation>;
  readonly groups: PhraseMatcher<string>;
  readonly adminTypes: PhraseMatcher<AdminTypeWord>;
  readonly aliases: PhraseMatcher<string>;
  readonly world: PhraseMatcher<WorldPlace>;
  readonly streets: PhraseMatcher<"street" | "road">;
  readonly hamlets: PhraseMatcher<string>;
  readonly landmarks: PhraseMatcher<string>;
  /** Keys of the words any lexicon phrase starts with (and `các`, `những`): a fast first test. */
  readonly starters: ReadonlySet<string>;
  /** Keys of family names. */
  readonly familyNames: ReadonlySet<string>;
  /** Keys of the first syllables of Highland names (`y`, `ksor`...). */
  readonly highlandStarts: ReadonlySet<string>;
  readonly highlandLineages: ReadonlySet<string>;
  /** `đinh dậu`, `mậu tuất`: year names of the lunar calendar. */
  readonly lunarYears: ReadonlySet<string>;
  /** Epithet key (`bác hồ`) to the full name. */
  readonly epithets: ReadonlyMap<string, string>;
  /** Lower-case syllables that may continue the name of a body. */
  readonly nameSyllables: ReadonlySet<string>;
}

const entries = <T>(items: readonly T[], forms: (t: T) => readonly string[]) =>
  items.flatMap((item) => forms(item).map((f) => [f, item] as const));

let compiled: Lexicons | undefined;

/** An entity lexicon: matched by the press's case (`Anh` the country, not `anh` the pronoun). */
const byCase = <V>(e: Iterable<readonly [string, V]>) => new PhraseMatcher(e, { case: "lexicon" });

function startersOf(matchers: readonly PhraseMatcher<unknown>[]): ReadonlySet<string> {
  const out = new Set<string>(["các", "những"]);
  for (const m of matchers) for (const k of m.firstKeys()) out.add(k);
  return out;
}

/** The compiled lexicons (built on first use, then shared; nothing in them changes). */
export function lexicons(): Lexicons {
  if (compiled) return compiled;
  const base = {
    honorifics: byCase(entries(HONORIFICS, (h) => h.forms)),
    roles: byCase(entries(ROLES, (r) => r.forms)),
    qualifiers: byCase(ROLE_QUALIFIERS.map(([f, c]) => [f, c] as const)),
    modifiers: byCase(ROLE_MODIFIERS.map(([f, k]) => [f, k] as const)),
    heads: byCase(entries(ORGANISATION_HEADS, (h) => h.forms)),
    headByName: new Map(ORGANISATION_HEADS.map((h) => [h.canonical.toLowerCase(), h] as const)),
    domains: byCase(entries(DOMAINS, (d) => d.forms)),
    known: byCase(KNOWN_ORGANISATIONS.map((k) => [k.name, k] as const)),
    groups: byCase(GROUP_PHRASES.map((g) => [g, g] as const)),
    adminTypes: byCase(entries(ADMIN_TYPE_WORDS, (t) => [t.form])),
    aliases: byCase(PLACE_ALIASES.map(([a, code]) => [a, code] as const)),
    world: byCase(entries(WORLD_PLACES, (w) => w.forms)),
    streets: byCase(STREET_WORDS.map(([f, k]) => [f, k] as const)),
    hamlets: byCase(HAMLET_WORDS.map((h) => [h, h] as const)),
    landmarks: byCase(LANDMARK_WORDS.map((l) => [l, l] as const)),
    familyNames: new Set(FAMILY_NAMES.map(nameKey)),
    highlandStarts: new Set(HIGHLAND_NAME_STARTS.map(nameKey)),
    highlandLineages: new Set(HIGHLAND_LINEAGES.map(nameKey)),
    lunarYears: new Set(CAN.flatMap((c) => CHI.map((z) => nameKey(`${c} ${z}`)))),
    epithets: new Map(EPITHETS.map(([e, n]) => [nameKey(e), n] as const)),
    nameSyllables: new Set([...NAME_SYLLABLES].map(nameKey)),
  };
  const starters = startersOf([
    base.honorifics,
    base.roles,
    base.modifiers,
    base.heads,
    base.groups,
    base.adminTypes,
    base.streets,
    base.hamlets,
    base.landmarks,
    base.world,
  ] as PhraseMatcher<unknown>[]);
  compiled = Object.freeze({ ...base, starters });
  return compiled;
}
