import { z } from "zod";
import { MentionFields } from "./mention.js";

/** How precise a date or time is, finest first. */
export const TimeGrain = z
  .enum(["second", "minute", "hour", "day", "week", "month", "quarter", "year"])
  .meta({ id: "TimeGrain" });
/** @see {@link TimeGrain} */
export type TimeGrain = z.infer<typeof TimeGrain>;

/** The part of the day a phrase states: `rạng sáng`, `sáng`, `trưa`, `chiều`, `tối`, `đêm`. */
export const PartOfDay = z
  .enum(["early-morning", "morning", "noon", "afternoon", "evening", "night"])
  .meta({ id: "PartOfDay" });
/** @see {@link PartOfDay} */
export type PartOfDay = z.infer<typeof PartOfDay>;

/** One end of an interval: an ISO 8601 instant with its grain. */
export const TimePoint = z
  .object({
    /**
     * ISO 8601 with milliseconds and its UTC offset, always written out, e.g.
     * `2017-08-04T00:00:00.000+07:00`.
     */
    value: z.string(),
    grain: TimeGrain,
  })
  .meta({ id: "TimePoint" });
/** @see {@link TimePoint} */
export type TimePoint = z.infer<typeof TimePoint>;

/**
 * A resolved date, as Duckling gives it: a single instant with its grain (`ngày 4/8/2017` is the
 * instant 2017-08-04T00:00 with grain `day`), or an interval whose `to` is exclusive
 * (`từ ngày 1 đến 5/8` runs to 6 August 00:00; `tối nay` from 18:00 to 24:00).
 */
export const TimeValue = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("value"), value: z.string(), grain: TimeGrain }),
    z.object({
      type: z.literal("interval"),
      from: TimePoint.optional(),
      to: TimePoint.optional(),
    }),
  ])
  .meta({ id: "TimeValue" });
/** @see {@link TimeValue} */
export type TimeValue = z.infer<typeof TimeValue>;

/** Calendar fields as numbers; weekday is ISO (1 = Monday, thứ hai ... 7 = Sunday, chủ nhật). */
export const DateFields = z
  .object({
    year: z.number().int().optional(),
    quarter: z.number().int().min(1).max(4).optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    weekday: z.number().int().min(1).max(7).optional(),
    hour: z.number().int().min(0).max(24).optional(),
    minute: z.number().int().min(0).max(59).optional(),
    second: z.number().int().min(0).max(59).optional(),
  })
  .meta({ id: "DateFields" });
/** @see {@link DateFields} */
export type DateFields = z.infer<typeof DateFields>;

/** The field names {@link DateEntity.inferred} can list. */
export const DateFieldName = z
  .enum(["year", "quarter", "month", "day", "weekday", "hour", "minute", "second"])
  .meta({ id: "DateFieldName" });
/** @see {@link DateFieldName} */
export type DateFieldName = z.infer<typeof DateFieldName>;

/** A date of the Vietnamese lunar calendar; `leap` marks the repeated (nhuận) month. */
export const LunarDate = z
  .object({
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(30).optional(),
    leap: z.boolean(),
  })
  .meta({ id: "LunarDate" });
/** @see {@link LunarDate} */
export type LunarDate = z.infer<typeof LunarDate>;

/** The calendar a date's stated fields are in: `solar` (dương lịch) or `lunar` (âm lịch). */
export const DateCalendar = z.enum(["solar", "lunar"]).meta({ id: "DateCalendar" });
/** @see {@link DateCalendar} */
export type DateCalendar = z.infer<typeof DateCalendar>;

/** Where the fields a phrase leaves out were taken from. */
export const DateAnchor = z
  .enum(["reference", "article", "previous-date"])
  .meta({ id: "DateAnchor" });
/** @see {@link DateAnchor} */
export type DateAnchor = z.infer<typeof DateAnchor>;

/** A date, time or interval found in the text. */
export const DateEntity = z
  .object({
    /** `date-1`, `date-2`... in order of position in the text; other items refer to it by it. */
    id: z.string(),
    ...MentionFields,
    /**
     * The resolved value. Absent when the phrase is partial (`ngày 4/8`, `hôm qua`) and there was
     * nothing to anchor it to: bantin never completes a date with the current date on its own.
     */
    value: TimeValue.optional(),
    /** The finest unit the phrase states (a part of day resolves to an `hour` interval). */
    grain: TimeGrain,
    /** The part of day when stated. */
    partOfDay: PartOfDay.optional(),
    /** `solar` (dương lịch) or `lunar` (âm lịch): the calendar of the stated fields. */
    calendar: DateCalendar,
    /** The fields the text states (in `calendar`); for a range, those of its start. */
    stated: DateFields,
    /** For a range: the fields its end states. */
    statedEnd: DateFields.optional(),
    /** Fields of the value that were not stated and came from the anchor. */
    inferred: z.array(DateFieldName),
    /** What the inferred fields came from; absent when nothing was inferred. */
    anchor: DateAnchor.optional(),
    /** Said relative to the anchor (`hôm qua`, `tuần sau`, `3 ngày tới`). */
    relative: z.boolean(),
    /** Introduced by `khoảng`/`chừng` (about). */
    approximate: z.boolean().optional(),
    /** For lunar phrases: the lunar date the value corresponds to. */
    lunar: LunarDate.optional(),
  })
  .meta({ id: "DateEntity" });
/** @see {@link DateEntity} */
export type DateEntity = z.infer<typeof DateEntity>;
