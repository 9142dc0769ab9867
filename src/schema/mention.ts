import { z } from "zod";
import { Span } from "./span.js";

/**
 * The fields every extracted item carries: where it is in the original input, the input text there
 * (`input.slice(span.start, span.end)`), and the rule that produced it (for debugging and review).
 */
export const MentionFields = {
  span: Span,
  /** `input.slice(span.start, span.end)`. */
  text: z.string(),
  /** Name of the rule or parser that produced the item. */
  rule: z.string(),
};
