import { z } from "zod";
import { Span } from "./span.js";

// Owned by people, organisations and places (issue 5): placeholder shapes, to be completed there.

/** One real-world person with all their mentions. */
export const Person = z
  .object({ id: z.string(), name: z.string(), mentions: z.array(Span) })
  .meta({ id: "Person" });
/** @see {@link Person} */
export type Person = z.infer<typeof Person>;

/** One organisation with all its mentions. */
export const Organisation = z
  .object({ id: z.string(), name: z.string(), mentions: z.array(Span) })
  .meta({ id: "Organisation" });
/** @see {@link Organisation} */
export type Organisation = z.infer<typeof Organisation>;

/** One place with all its mentions. */
export const Place = z
  .object({ id: z.string(), name: z.string(), mentions: z.array(Span) })
  .meta({ id: "Place" });
/** @see {@link Place} */
export type Place = z.infer<typeof Place>;
