import { z } from "zod";
import { MentionFields } from "./mention.js";

// Owned by numbers, money and counts (issue 4): placeholder shapes, to be completed there.

/** A number, ordinal or percentage. */
export const NumberEntity = z.object({ ...MentionFields }).meta({ id: "NumberEntity" });
/** @see {@link NumberEntity} */
export type NumberEntity = z.infer<typeof NumberEntity>;

/** An amount of money. */
export const MoneyEntity = z.object({ ...MentionFields }).meta({ id: "MoneyEntity" });
/** @see {@link MoneyEntity} */
export type MoneyEntity = z.infer<typeof MoneyEntity>;

/** A number with what it counts. */
export const CountEntity = z.object({ ...MentionFields }).meta({ id: "CountEntity" });
/** @see {@link CountEntity} */
export type CountEntity = z.infer<typeof CountEntity>;
