import { z } from "zod";
import { MentionFields } from "./mention.js";
import { Span } from "./span.js";

/** A word that qualifies a number (`hơn 200`, `gần 1.000`, `khoảng 30%`) and what it means. */
export const Qualifier = z
  .object({
    /** The qualifier as written, lower-cased: `hơn`, `gần`, `khoảng`, `trên`, `dưới`, `ít nhất`... */
    word: z.string(),
    /** `over` (hơn, trên), `under` (dưới), `about` (khoảng), `nearly` (gần), `at-least` (ít nhất), `at-most` (tối đa, không quá), `up-to` (lên tới), `order-of` (hàng trăm), `several` (vài chục), `only` (chỉ). */
    meaning: z.enum([
      "over",
      "under",
      "about",
      "nearly",
      "at-least",
      "at-most",
      "up-to",
      "order-of",
      "several",
      "only",
    ]),
  })
  .meta({ id: "Qualifier" });
/** @see {@link Qualifier} */
export type Qualifier = z.infer<typeof Qualifier>;

/** A number, ordinal or percentage: `1.234.567`, `2,5`, `06`, `hai mươi mốt`, `thứ nhất`, `100%`. */
export const NumberEntity = z
  .object({
    ...MentionFields,
    /** `cardinal`, `ordinal` (thứ nhất, lần thứ 3) or `percent` (value 30 for `30%`). */
    kind: z.enum(["cardinal", "ordinal", "percent"]),
    value: z.number(),
    /** The upper end of a range (`3-4 triệu`: value 3000000, upper 4000000). */
    upper: z.number().optional(),
    /** `figure` (digits), `words` (spelled out) or `mixed` (`1,5 triệu`). */
    written: z.enum(["figure", "words", "mixed"]),
    qualifier: Qualifier.optional(),
  })
  .meta({ id: "NumberEntity" });
/** @see {@link NumberEntity} */
export type NumberEntity = z.infer<typeof NumberEntity>;

/** An amount of money: `5 tỷ đồng`, `10.000đ`, `1000 VNĐ`, `100 USD`, `mười đô la`. */
export const MoneyEntity = z
  .object({
    ...MentionFields,
    value: z.number(),
    /** The upper end of a range (`3-4 triệu đồng`, `giữa 1,1 và 1,3 đô la`). */
    upper: z.number().optional(),
    /** ISO 4217 code (`VND`, `USD`, `EUR`...), or `$` (a dollar of unsaid country) and `cent`. */
    currency: z.string(),
    /** What the price is per: `lượng` in `36 triệu đồng/lượng`. */
    per: z.string().optional(),
    qualifier: Qualifier.optional(),
  })
  .meta({ id: "MoneyEntity" });
/** @see {@link MoneyEntity} */
export type MoneyEntity = z.infer<typeof MoneyEntity>;

/**
 * A number with what it counts or measures: `06 ý kiến phát biểu` (6, `ý kiến phát biểu`),
 * `hơn 200 đại biểu`, `hàng trăm người`, `100% chi bộ`, `75.373ha`, `20 năm`.
 */
export const CountEntity = z
  .object({
    ...MentionFields,
    /**
     * `count` (people, things, places), `measure` (km, tấn, ha), `duration` (năm, ngày, giờ),
     * `age` (tuổi), `percent` (of the unit, or of nothing said: unit `%`).
     */
    kind: z.enum(["count", "measure", "duration", "age", "percent"]),
    value: z.number(),
    upper: z.number().optional(),
    /** The counted unit or noun phrase as written, trimmed to the lexicon (`ý kiến phát biểu`). */
    unit: z.string(),
    /** Where the unit phrase is in the input. */
    unitSpan: Span,
    qualifier: Qualifier.optional(),
  })
  .meta({ id: "CountEntity" });
/** @see {@link CountEntity} */
export type CountEntity = z.infer<typeof CountEntity>;
