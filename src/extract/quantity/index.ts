import type { CountEntity, MoneyEntity, NumberEntity } from "../../schema/quantity.js";
import type { Doc } from "../doc.js";

/** Numbers, money and counts. Placeholder until the quantity extractors land (issue 4). */
export function extractQuantities(_doc: Doc): {
  numbers: NumberEntity[];
  money: MoneyEntity[];
  counts: CountEntity[];
} {
  return { numbers: [], money: [], counts: [] };
}
