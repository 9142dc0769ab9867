import { z } from "zod";
import { MentionFields } from "./mention.js";
import { SectionKind } from "./sections.js";

// Owned by people, organisations and places (issue 5).

/**
 * One place in the text where an entity is named: its span into the original input, that text,
 * the rule that found it, and the part of the article it is in (`lead`, `caption`, `body`...).
 */
export const EntityMention = z
  .object({
    ...MentionFields,
    /** The section the mention is in, when the article was segmented. */
    section: SectionKind.optional(),
  })
  .meta({ id: "EntityMention" });
/** @see {@link EntityMention} */
export type EntityMention = z.infer<typeof EntityMention>;

/** How a person is named in one mention. */
export const PersonMentionForm = z.enum(["full", "short", "title", "pronoun"]).meta({
  id: "PersonMentionForm",
  description:
    "full: the whole name; short: part of it (`ông Minh`); title: the title alone (`Phó Bí thư Thường trực Quận ủy`); pronoun: `đồng chí`, `ông` alone",
});
/** @see {@link PersonMentionForm} */
export type PersonMentionForm = z.infer<typeof PersonMentionForm>;

/** One mention of a person. */
export const PersonMention = EntityMention.extend({ form: PersonMentionForm }).meta({
  id: "PersonMention",
});
/** @see {@link PersonMention} */
export type PersonMention = z.infer<typeof PersonMention>;

/** The kinds of honorific bantin keeps apart from names. */
export const HonorificKind = z
  .enum(["address", "rank", "academic", "honour", "religious", "profession"])
  .meta({ id: "HonorificKind" });
/** @see {@link HonorificKind} */
export type HonorificKind = z.infer<typeof HonorificKind>;

/** An honorific, rank or degree given to a person (`đồng chí`, `Đại tá`, `PGS.TS`). */
export const Honorific = z
  .object({
    /** Canonical form: `Phó Giáo sư`, `Tiến sĩ`, `đồng chí`. */
    value: z.string(),
    kind: HonorificKind,
  })
  .meta({ id: "Honorific" });
/** @see {@link Honorific} */
export type Honorific = z.infer<typeof Honorific>;

/**
 * A position a person holds, parsed: "Phó Bí thư Thường trực Quận ủy" is role `Phó Bí thư`,
 * qualifier `Thường trực`, organisation the Quận ủy. The span is its first occurrence.
 */
export const PersonTitle = z
  .object({
    ...MentionFields,
    /** The role, canonical: `Phó Bí thư`, `Chủ tịch`, `Thứ trưởng`. */
    role: z.string(),
    /** What qualifies the role: `Thường trực`. */
    qualifier: z.string().optional(),
    /** Id of the organisation the role is in (`organisation-3`), when the text gives or implies it. */
    organisationId: z.string().optional(),
    /** That organisation's canonical name, for convenience. */
    organisationName: z.string().optional(),
    /** Id of the place the role is of (`place-2`), when a place stands for the body (`Chủ tịch Hà Nội`, `Đại sứ Lào`). */
    placeId: z.string().optional(),
    /** `quyền`: acting. */
    acting: z.boolean(),
    /** `nguyên`, `cựu`: a position held before. */
    former: z.boolean(),
  })
  .meta({ id: "PersonTitle" });
/** @see {@link PersonTitle} */
export type PersonTitle = z.infer<typeof PersonTitle>;

/** A person's gender, as the text states it (an address word, `Thị`/`Văn` in the name). */
export const Gender = z.enum(["male", "female"]).meta({ id: "Gender" });
/** @see {@link Gender} */
export type Gender = z.infer<typeof Gender>;

/** One real-world person with all their mentions. */
export const Person = z
  .object({
    /** Stable within one result: `person-1`, `person-2`... in order of first mention. */
    id: z.string(),
    /** The fullest form of the name in the text: `Cao Văn Minh`. */
    name: z.string(),
    /** The family name (họ), when the name starts with a known one. */
    familyName: z.string().optional(),
    /** The given name (tên), the last syllable of a Vietnamese name. */
    givenName: z.string().optional(),
    /** From `ông`/`bà`, `anh`/`chị`, or `Thị` in the name. */
    gender: Gender.optional(),
    honorifics: z.array(Honorific),
    titles: z.array(PersonTitle),
    mentions: z.array(PersonMention),
  })
  .meta({ id: "Person" });
/** @see {@link Person} */
export type Person = z.infer<typeof Person>;

/** What kind of body an organisation is. */
export const OrganisationType = z
  .enum([
    "party",
    "state",
    "court",
    "procuracy",
    "police",
    "military",
    "front",
    "mass-organisation",
    "company",
    "bank",
    "school",
    "hospital",
    "research",
    "media",
    "association",
    "religious",
    "foreign",
    "international",
    "other",
  ])
  .meta({ id: "OrganisationType" });
/** @see {@link OrganisationType} */
export type OrganisationType = z.infer<typeof OrganisationType>;

/** The administrative level of a Vietnamese body. */
export const OrganisationLevel = z
  .enum(["central", "province", "district", "commune", "grassroots"])
  .meta({ id: "OrganisationLevel" });
/** @see {@link OrganisationLevel} */
export type OrganisationLevel = z.infer<typeof OrganisationLevel>;

/** One organisation with all its mentions. */
export const Organisation = z
  .object({
    /** `organisation-1`, `organisation-2`... in order of first mention. */
    id: z.string(),
    /** Canonical name, abbreviations expanded: `Ủy ban nhân dân thành phố Hà Nội`, `Quận ủy Quận 9`. */
    name: z.string(),
    /** Its usual short form, when it has one: `UBND thành phố Hà Nội`. */
    abbreviation: z.string().optional(),
    type: OrganisationType,
    /** Central, province, district, commune or grassroots, when known. */
    level: OrganisationLevel.optional(),
    /** A set of bodies (`các cấp ủy`, `các đoàn thể`), not one named body. */
    group: z.boolean(),
    /** Id of the body it belongs to (`organisation-1`), given or implied (`Ban Tổ chức Quận ủy` → the Quận ủy). */
    parentId: z.string().optional(),
    /** Id of the place it is the body of (`place-1`), when that place is named in the text (`UBND tỉnh Quảng Nam`). */
    placeId: z.string().optional(),
    /**
     * The administrative unit it is the body of, named or implied: in a Quận 9 bulletin, a bare
     * `Thành ủy` is that of Thành phố Hồ Chí Minh.
     */
    unit: z.lazy(() => AdminUnitRef).optional(),
    /** The foreign country it belongs to (`Bộ Quốc phòng Mỹ` → `Mỹ`). */
    country: z.string().optional(),
    /** Whether the place or parent was implied by the article rather than written in this body's name. */
    implied: z.boolean(),
    mentions: z.array(EntityMention),
  })
  .meta({ id: "Organisation" });
/** @see {@link Organisation} */
export type Organisation = z.infer<typeof Organisation>;

/** The kinds of place. */
export const PlaceType = z
  .enum([
    "province",
    "district",
    "commune",
    "hamlet",
    "street",
    "road",
    "country",
    "city",
    "region",
    "continent",
  ])
  .meta({ id: "PlaceType" });
/** @see {@link PlaceType} */
export type PlaceType = z.infer<typeof PlaceType>;

/**
 * Which period of the administrative map a unit belongs to: `historical` ended before the July 2025
 * reform (Quận 9, merged into Thủ Đức City on 2021-01-01), `pre-reform` was in force until the
 * reform (2025-07-01: districts abolished, provinces merged), `current` is in force now.
 */
export const AdminEra = z.enum(["historical", "pre-reform", "current"]).meta({ id: "AdminEra" });
/** @see {@link AdminEra} */
export type AdminEra = z.infer<typeof AdminEra>;

/** The level of a unit of the catalogue: province (2-digit GSO code), district (3), commune (5). */
export const AdminLevel = z.enum(["province", "district", "commune"]).meta({ id: "AdminLevel" });
/** @see {@link AdminLevel} */
export type AdminLevel = z.infer<typeof AdminLevel>;

/** An administrative unit of the official catalogue (GSO codes), in one version of its history. */
export const AdminUnitRef = z
  .object({
    /** `gso:<code>`, with `@<validFrom>` for later versions of a reused code: `gso:769@2021-01-01`. */
    id: z.string(),
    /** GSO code: 2 digits for a province, 3 for a district, 5 for a commune. */
    code: z.string(),
    /** Official name with its type: `Quận 9`, `Thành phố Hồ Chí Minh`. */
    name: z.string(),
    level: AdminLevel,
    /** Official type: `Quận`, `Huyện`, `Tỉnh`, `Thành phố Trung ương`, `Xã`... */
    unitType: z.string(),
    /** The units above it at the time, nearest first: `Thành phố Hồ Chí Minh`. */
    within: z.array(z.string()),
    /** First day in force, when the catalogue records it (YYYY-MM-DD). */
    validFrom: z.string().optional(),
    /** First day no longer in force (YYYY-MM-DD). */
    validTo: z.string().optional(),
    era: AdminEra,
    /** GSO codes of the units it went into when it ended. */
    successors: z.array(z.string()),
  })
  .meta({ id: "AdminUnitRef" });
/** @see {@link AdminUnitRef} */
export type AdminUnitRef = z.infer<typeof AdminUnitRef>;

/** One place with all its mentions. */
export const Place = z
  .object({
    /** `place-1`, `place-2`... in order of first mention. */
    id: z.string(),
    /** The name as an article would write it: `Quận 9`, `Hà Nội`, `đường Nguyễn Huệ`. */
    name: z.string(),
    type: PlaceType,
    /** The catalogue unit, when the text makes clear which one. */
    unit: AdminUnitRef.optional(),
    /** The units it may be, when the text does not decide between them (many communes share a name). */
    candidates: z.array(AdminUnitRef).optional(),
    mentions: z.array(EntityMention),
  })
  .meta({ id: "Place" });
/** @see {@link Place} */
export type Place = z.infer<typeof Place>;
