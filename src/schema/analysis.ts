import { z } from "zod";
import { Directive, DocumentRef, EventEntity } from "./discourse.js";
import { Organisation, Person, Place } from "./entities.js";
import { NormalizeResult } from "./normalize.js";
import { CountEntity, MoneyEntity, NumberEntity } from "./quantity.js";
import { Metadata, Section } from "./sections.js";
import { DateEntity } from "./time.js";

/** What the caller passed in. Spans index `input` (or, for bytes, the decoded text in `decodedText`). */
export const InputInfo = z
  .object({
    /** `text` for a string, `bytes` for a Uint8Array that was decoded first. */
    kind: z.enum(["text", "bytes"]),
    /** `plain` or `html`: how the input was read. */
    format: z.enum(["plain", "html"]),
    /** Length in UTF-16 code units of the string spans point into. */
    length: z.number().int().nonnegative(),
    /** For bytes input: the decoded string that spans point into. */
    decodedText: z.string().optional(),
  })
  .meta({ id: "InputInfo" });
/** @see {@link InputInfo} */
export type InputInfo = z.infer<typeof InputInfo>;

/** The whole analysis of one article. */
export const Analysis = z
  .object({
    schemaVersion: z.string(),
    input: InputInfo,
    normalized: NormalizeResult.omit({ schemaVersion: true }),
    metadata: Metadata,
    sections: z.array(Section),
    dates: z.array(DateEntity),
    numbers: z.array(NumberEntity),
    money: z.array(MoneyEntity),
    counts: z.array(CountEntity),
    people: z.array(Person),
    organisations: z.array(Organisation),
    places: z.array(Place),
    directives: z.array(Directive),
    events: z.array(EventEntity),
    documents: z.array(DocumentRef),
  })
  .meta({ id: "Analysis" });
/** @see {@link Analysis} */
export type Analysis = z.infer<typeof Analysis>;
