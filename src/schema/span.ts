import { z } from "zod";

/**
 * A region of the caller's original input: UTF-16 code units, `end` exclusive, so that
 * `input.slice(span.start, span.end)` is the text an entity came from.
 */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .meta({ id: "Span", description: "UTF-16 offsets into the original input, end exclusive." });
/** @see {@link Span} */
export type Span = z.infer<typeof Span>;
