import { z } from "zod";
import { MentionFields } from "./mention.js";

/**
 * What a qualifier says about a number: `over` (hơn, trên), `under` (dưới), `about` (khoảng),
 * `nearly` (gần), `at-least` (ít nhất), `at-most` (tối đa, không quá), `up-to` (lên tới),
 * `order-of` (hàng trăm), `several` (vài chục), `only` (chỉ).
 */
export const QualifierMeaning = z
  .enum([
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
  ])
  .meta({ id: "QualifierMeaning" });
/** @see {@link QualifierMeaning} */
export type QualifierMeaning = z.infer<typeof QualifierMeaning>;

/** A word that qualifies a number (`hơn 200`, `gần 1.000`, `khoảng 30%`) and what it means. */
export const Qualifier = z
  .object({
    /** The qualifier as written, lower-cased: `hơn`, `gần`, `khoảng`, `trên`, `dưới`, `ít nhất`... */
    word: z.string(),
    meaning: QualifierMeaning,
  })
  .meta({ id: "Qualifier" });
/** @see {@link Qualifier} */
export type Qualifier = z.infer<typeof Qualifier>;

/** `cardinal`, `ordinal` (thứ nhất, lần thứ 3) or `percent` (value 30 for `30%`). */
export const NumberKind = z.enum(["cardinal", "ordinal", "percent"]).meta({ id: "NumberKind" });
/** @see {@link NumberKind} */
export type NumberKind = z.infer<typeof NumberKind>;

/** How a number is written: `figure` (digits), `words` (spelled out) or `mixed` (`1,5 triệu`). */
export const NumberWritten = z.enum(["figure", "words", "mixed"]).meta({ id: "NumberWritten" });
/** @see {@link NumberWritten} */
export type NumberWritten = z.infer<typeof NumberWritten>;

/** A number, ordinal or percentage: `1.234.567`, `2,5`, `06`, `hai mươi mốt`, `thứ nhất`, `100%`. */
export const NumberEntity = z
  .object({
    /** `number-1`, `number-2`... in order of position in the text. */
    id: z.string(),
    ...MentionFields,
    kind: NumberKind,
    value: z.number(),
    /** The upper end of a range (`3-4 triệu`: value 3000000, upper 4000000). */
    upper: z.number().optional(),
    written: NumberWritten,
    qualifier: Qualifier.optional(),
  })
  .meta({ id: "NumberEntity" });
/** @see {@link NumberEntity} */
export type NumberEntity = z.infer<typeof NumberEntity>;

/** An amount of money: `5 tỷ đồng`, `10.000đ`, `1000 VNĐ`, `100 USD`, `mười đô la`. */
export const MoneyEntity = z
  .object({
    /** `money-1`, `money-2`... in order of position in the text. */
    id: z.string(),
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
 * What a count counts: `count` (people, things, places), `measure` (km, tấn, ha), `duration`
 * (năm, ngày, giờ), `age` (tuổi), `percent` (a share of the unit, or of nothing said: unit `%`).
 */
export const CountKind = z
  .enum(["count", "measure", "duration", "age", "percent"])
  .meta({ id: "CountKind" });
/** @see {@link CountKind} */
export type CountKind = z.infer<typeof CountKind>;

/**
 * The unit phrase of a count where it is in the input, and how it was read (`rule`): `unit` (a
 * word or phrase of the unit lexicon: `ý kiến phát biểu`, `km`), `classifier` (a classifier and
 * the noun after it: `chiếc xe máy`), `glued-unit` (letters on the figure: `800g`, `75ha`) or
 * `percent-sign` (`%`, `phần trăm`).
 */
export const UnitPhrase = z.object({ ...MentionFields }).meta({ id: "UnitPhrase" });
/** @see {@link UnitPhrase} */
export type UnitPhrase = z.infer<typeof UnitPhrase>;

/**
 * A number with what it counts or measures: `06 ý kiến phát biểu` (6, `ý kiến phát biểu`),
 * `hơn 200 đại biểu`, `hàng trăm người`, `100% chi bộ`, `75.373ha`, `20 năm`, `nửa tháng`.
 */
export const CountEntity = z
  .object({
    /** `count-1`, `count-2`... in order of position in the text. */
    id: z.string(),
    ...MentionFields,
    kind: CountKind,
    value: z.number(),
    upper: z.number().optional(),
    /**
     * The counted unit or noun phrase, trimmed to the lexicon, as the normalised text has it (`ý
     * kiến phát biểu`; `m2` for `m 2`): the same for every spelling of the input, for grouping.
     */
    unit: z.string(),
    /** The unit phrase as the input has it, with its span and the rule that read it. */
    unitPhrase: UnitPhrase,
    qualifier: Qualifier.optional(),
  })
  .meta({ id: "CountEntity" });
/** @see {@link CountEntity} */
export type CountEntity = z.infer<typeof CountEntity>;
