import { z } from "zod";
import { Span } from "./span.js";

// Owned by segmentation (issue 3): placeholder shape, to be completed there.

/** The kinds of article part bantin recognises. */
export const SectionKind = z
  .enum([
    "title",
    "kicker",
    "dateline",
    "lead",
    "body",
    "heading",
    "caption",
    "quote",
    "list",
    "byline",
    "source",
    "other",
  ])
  .meta({ id: "SectionKind" });
/** @see {@link SectionKind} */
export type SectionKind = z.infer<typeof SectionKind>;

/** One part of an article. */
export const Section = z
  .object({
    kind: SectionKind,
    span: Span,
    text: z.string(),
  })
  .meta({ id: "Section" });
/** @see {@link Section} */
export type Section = z.infer<typeof Section>;

/** What the article says about itself. */
export const Metadata = z
  .object({
    title: z.string().optional(),
    authors: z.array(z.string()),
  })
  .meta({ id: "Metadata" });
/** @see {@link Metadata} */
export type Metadata = z.infer<typeof Metadata>;
