import { z } from "zod";
import { MentionFields } from "./mention.js";
import { Span } from "./span.js";
import { PartOfDay, TimeGrain, TimeValue } from "./time.js";

// Directives, events and document references (issue 8).

/** A stretch of the input: where it is, what it says, and the rule that cut it out. */
export const Phrase = z.object({ ...MentionFields }).meta({ id: "Phrase" });
/** @see {@link Phrase} */
export type Phrase = z.infer<typeof Phrase>;

/** What kind of party a phrase names. */
export const PartyKind = z
  .enum(["person", "organisation", "group", "meeting", "document", "unknown"])
  .meta({ id: "PartyKind" });
/** @see {@link PartyKind} */
export type PartyKind = z.infer<typeof PartyKind>;

/**
 * Someone who speaks, is addressed, organises, chairs or attends: the phrase as written, what kind
 * of party it is, and the entity it is, when the people and organisation extractors found one
 * inside the phrase.
 */
export const PartyRef = z
  .object({
    ...Phrase.shape,
    kind: PartyKind,
    /** Id of the {@link Person} mentioned in the phrase. */
    personId: z.string().optional(),
    /** Id of the {@link Organisation} mentioned in the phrase. */
    organisationId: z.string().optional(),
    /** Id of the event, when a meeting speaks ("Hội nghị thống nhất ..."). */
    eventId: z.string().optional(),
    /** Id of the document, when a document speaks ("Công văn nêu rõ ..."). */
    documentId: z.string().optional(),
  })
  .meta({ id: "PartyRef" });
/** @see {@link PartyRef} */
export type PartyRef = z.infer<typeof PartyRef>;

/**
 * A date inside a directive, event or document reference. `dateId` is the {@link DateEntity} the
 * phrase holds, when the date extractor found it; `value`, `grain` and `partOfDay` are copies of
 * that entity's fields (same types), or computed here for a fully written day/month/year when no
 * date entity covers it. `span` may be wider than the date entity's ("trước ngày 10/2").
 */
export const DateRef = z
  .object({
    ...MentionFields,
    /** Id of the date entity (`date-3`). */
    dateId: z.string().optional(),
    /** The resolved value, as in {@link DateEntity.value}. */
    value: TimeValue.optional(),
    /** The finest unit the phrase states, as in {@link DateEntity.grain}. */
    grain: TimeGrain.optional(),
    /** The part of the day, when the text says it (`sáng`: `morning`). */
    partOfDay: PartOfDay.optional(),
  })
  .meta({ id: "DateRef" });
/** @see {@link DateRef} */
export type DateRef = z.infer<typeof DateRef>;

/**
 * A number stated with what it counts ("06 ý kiến phát biểu", "10% biên chế"). `countId` is the
 * {@link CountEntity} it holds, when the quantity extractor found it; `value` and `unit` are copies
 * of that entity's fields, or read here when there is none.
 */
export const CountRef = z
  .object({
    ...MentionFields,
    /** Id of the count entity (`count-2`). */
    countId: z.string().optional(),
    /** The number. */
    value: z.number().optional(),
    /** What is counted, or the unit, as in {@link CountEntity.unit} (`ý kiến phát biểu`, `%`). */
    unit: z.string().optional(),
  })
  .meta({ id: "CountRef" });
/** @see {@link CountRef} */
export type CountRef = z.infer<typeof CountRef>;

/** The speech act of a directive: the verb that gives it. */
export const SpeechAct = z
  .object({
    ...Phrase.shape,
    /** Canonical form: `đề nghị`, `yêu cầu`, `chỉ đạo`, `giao`, `kêu gọi`, `thống nhất` ... */
    lemma: z.string(),
  })
  .meta({ id: "SpeechAct" });
/** @see {@link SpeechAct} */
export type SpeechAct = z.infer<typeof SpeechAct>;

/** The main verb of an action. */
export const ActionVerb = z
  .object({
    ...Phrase.shape,
    /** Lower-case form (`quán triệt`). */
    lemma: z.string(),
  })
  .meta({ id: "ActionVerb" });
/** @see {@link ActionVerb} */
export type ActionVerb = z.infer<typeof ActionVerb>;

/** The kinds of action marker. */
export const MarkerKind = z
  .enum(["modality", "aspect", "emphasis", "negation"])
  .meta({ id: "MarkerKind" });
/** @see {@link MarkerKind} */
export type MarkerKind = z.infer<typeof MarkerKind>;

/** A word before an action's verb that says how it must be done (`cần`, `tiếp tục`, `tăng cường`). */
export const ActionMarker = z
  .object({
    ...Phrase.shape,
    kind: MarkerKind,
    /** Lower-case form (`cần`, `không ngừng`). */
    lemma: z.string(),
  })
  .meta({ id: "ActionMarker" });
/** @see {@link ActionMarker} */
export type ActionMarker = z.infer<typeof ActionMarker>;

const actionFields = {
  ...Phrase.shape,
  /** The main verb (`quán triệt`, `nâng cao`), after the markers. */
  verb: ActionVerb.optional(),
  /** Markers before the verb, in text order. */
  markers: z.array(ActionMarker),
  /** The action's own subject, when it has one ("các cấp ủy Đảng phải có kế hoạch ..."). */
  subject: PartyRef.optional(),
  /** The word that opened a sub-action (`đặc biệt`, `từ đó`). */
  introducer: Phrase.optional(),
  /** A deadline inside the action ("trước ngày 10/2"). */
  deadline: DateRef.optional(),
  /** A target inside the action ("giảm 10% biên chế"). */
  target: CountRef.optional(),
  /** The goal of this action alone ("nhằm giúp các đồng chí ..."). */
  purpose: Phrase.optional(),
};

/** A part of an action introduced by `đặc biệt`, `nhất là`, `từ đó` ... */
export const SubAction = z.object(actionFields).meta({ id: "SubAction" });
/** @see {@link SubAction} */
export type SubAction = z.infer<typeof SubAction>;

/** One thing a directive asks for. */
export const DirectiveAction = z
  .object({ ...actionFields, subActions: z.array(SubAction) })
  .meta({ id: "DirectiveAction" });
/** @see {@link DirectiveAction} */
export type DirectiveAction = z.infer<typeof DirectiveAction>;

/** How a directive is given. */
export const DirectiveForm = z
  .enum(["direct", "reported", "collective", "document", "passive"])
  .meta({ id: "DirectiveForm" });
/** @see {@link DirectiveForm} */
export type DirectiveForm = z.infer<typeof DirectiveForm>;

/**
 * Who asked whom to do what: the speech act, the issuer, the addressees, the actions asked for, and
 * the goal they serve. `span`/`text` cover the directive from its issuer (or speech act) to its last
 * word.
 */
export const Directive = z
  .object({
    ...MentionFields,
    /** `directive-1`, `directive-2` ... in order of first mention. */
    id: z.string(),
    /**
     * `direct`: a speaker's own words; `reported`: told by someone else ("ông X cho biết đã yêu cầu");
     * `collective`: a body's decision ("Hội nghị thống nhất"); `document`: a document's text
     * ("Công văn nêu rõ"); `passive`: "Sở Y tế được giao chủ trì".
     */
    form: DirectiveForm,
    speechAct: SpeechAct,
    issuer: PartyRef.optional(),
    addressees: z.array(PartyRef),
    actions: z.array(DirectiveAction),
    /** The goal of the whole directive ("góp phần giúp Đảng bộ quận thực hiện thắng lợi ..."). */
    purpose: Phrase.optional(),
    /** The event the directive was given at. */
    eventId: z.string().optional(),
  })
  .meta({ id: "Directive" });
/** @see {@link Directive} */
export type Directive = z.infer<typeof Directive>;

/** The kinds of event bantin recognises. */
export const EventType = z
  .enum([
    "conference",
    "workshop",
    "congress",
    "session",
    "meeting",
    "press-conference",
    "ceremony",
    "working-session",
    "visit",
    "forum",
    "rally",
    "gathering",
    "training",
    "reception",
  ])
  .meta({ id: "EventType" });
/** @see {@link EventType} */
export type EventType = z.infer<typeof EventType>;

/** Where an event is mentioned. */
export const EventMention = z
  .object({ ...MentionFields, /** The event word (`hội nghị`). */ head: z.string() })
  .meta({ id: "EventMention" });
/** @see {@link EventMention} */
export type EventMention = z.infer<typeof EventMention>;

/**
 * A meeting, ceremony or working visit: one entity per real event, with all its mentions. `span`,
 * `text` and `rule` are those of the mention that introduced it.
 */
export const EventEntity = z
  .object({
    ...MentionFields,
    /** `event-1`, `event-2` ... in order of first mention. */
    id: z.string(),
    type: EventType,
    /** The event word as a lower-case lemma (`hội nghị`, `lễ khánh thành`). */
    head: z.string(),
    /** What it is about ("chuyên đề về công tác tạo nguồn phát triển đảng viên"). */
    topic: Phrase.optional(),
    organiser: PartyRef.optional(),
    chairs: z.array(PartyRef),
    attendees: z.array(PartyRef),
    date: DateRef.optional(),
    /** Where it took place, with the place entity's id when one was found. */
    place: Phrase.extend({ placeId: z.string().optional() }).optional(),
    /** Results stated in numbers ("ghi nhận được 06 ý kiến phát biểu"). */
    outcomes: z.array(CountRef),
    mentions: z.array(EventMention),
  })
  .meta({ id: "EventEntity" });
/** @see {@link EventEntity} */
export type EventEntity = z.infer<typeof EventEntity>;

/** The kinds of document bantin recognises. */
export const DocumentType = z
  .enum([
    "resolution",
    "joint-resolution",
    "directive",
    "decision",
    "decree",
    "circular",
    "joint-circular",
    "plan",
    "official-letter",
    "notice",
    "guidance",
    "conclusion",
    "regulation",
    "law",
    "code",
    "ordinance",
    "constitution",
    "telegram",
    "report",
    "submission",
    "scheme",
    "programme",
    "order",
    "document",
  ])
  .meta({ id: "DocumentType" });
/** @see {@link DocumentType} */
export type DocumentType = z.infer<typeof DocumentType>;

/** Who issued a document: from its number's code, from "của ..." after it, or both. */
export const DocumentIssuer = z
  .object({
    /** The issuer's name: as written after "của", or expanded from the code. */
    name: z.string(),
    /** The code in the number (`TW`, `UBND`, `TTg`). */
    code: z.string().optional(),
    /** Where the issuer is written, when it is ("của Thủ tướng Chính phủ"). */
    span: Span.optional(),
    text: z.string().optional(),
    /** How the issuer was found: `issuer-of` (written after "của"), `issuer-code` (from the number). */
    rule: z.string(),
    organisationId: z.string().optional(),
  })
  .meta({ id: "DocumentIssuer" });
/** @see {@link DocumentIssuer} */
export type DocumentIssuer = z.infer<typeof DocumentIssuer>;

/**
 * A resolution, directive, decision, plan or law cited in the text: one entry per document, with
 * every mention of it. `span`/`text` are those of its first mention.
 */
export const DocumentRef = z
  .object({
    ...MentionFields,
    /** `document-1`, `document-2` ... in order of first mention. */
    id: z.string(),
    type: DocumentType,
    /** The type word as written (`Chỉ thị`, `Quyết định`). */
    typeText: z.string(),
    /** The number as written, spaces normalised (`05-CT/TW`, `1234/QĐ-UBND`). */
    number: z.string().optional(),
    /** The serial part of the number (`05`). */
    serial: z.string().optional(),
    /** The year, from the number, the text ("năm 2017") or the date. */
    year: z.number().int().optional(),
    /** The type code in the number (`CT`). */
    typeCode: z.string().optional(),
    /** Other codes in the number: department or co-issuers (`KTN` of `1866/UBND-KTN`). */
    otherCodes: z.array(z.string()),
    issuer: DocumentIssuer.optional(),
    /** Date of issue ("ngày 5/8/2017"). */
    date: DateRef.optional(),
    /** A name: the law's (`Đất đai`) or the body a resolution is named after (`Trung ương 4`). */
    name: z.string().optional(),
    /** What it is about ("về Chiến lược biển Việt Nam đến năm 2020"). */
    subject: Phrase.optional(),
    /** Every mention, in text order. */
    mentions: z.array(Phrase),
  })
  .meta({ id: "DocumentRef" });
/** @see {@link DocumentRef} */
export type DocumentRef = z.infer<typeof DocumentRef>;
