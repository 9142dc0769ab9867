import { z } from "zod";
import { MentionFields } from "./mention.js";

// Owned by dates and times (issue 4): placeholder shape, to be completed there.

/** A date, time or interval found in the text. */
export const DateEntity = z.object({ ...MentionFields }).meta({ id: "DateEntity" });
/** @see {@link DateEntity} */
export type DateEntity = z.infer<typeof DateEntity>;
