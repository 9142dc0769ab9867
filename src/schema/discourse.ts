import { z } from "zod";
import { MentionFields } from "./mention.js";

// Owned by directives, events and documents (issue 8): placeholder shapes, to be completed there.

/** Who asked whom to do what. */
export const Directive = z.object({ ...MentionFields }).meta({ id: "Directive" });
/** @see {@link Directive} */
export type Directive = z.infer<typeof Directive>;

/** A meeting, ceremony or working visit. */
export const EventEntity = z.object({ ...MentionFields }).meta({ id: "EventEntity" });
/** @see {@link EventEntity} */
export type EventEntity = z.infer<typeof EventEntity>;

/** A resolution, directive, decision, plan or law cited in the text. */
export const DocumentRef = z.object({ ...MentionFields }).meta({ id: "DocumentRef" });
/** @see {@link DocumentRef} */
export type DocumentRef = z.infer<typeof DocumentRef>;
