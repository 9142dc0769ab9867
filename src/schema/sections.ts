import { z } from "zod";
import { MentionFields } from "./mention.js";
import { Span } from "./span.js";

// Owned by segmentation (issue 3).

/**
 * The kinds of article part bantin recognises.
 *
 * - `title`: the headline. `kicker`: a rubric or sub-title line near the top ("Bản tin quận 9"); the
 *   issue's `subtitle` is this kind.
 * - `dateline`: the place/agency opener of the lead ("HÀ NỘI -", "(Chinhphu.vn) -"), as its own
 *   section, cut from the paragraph it opens.
 * - `lead`: the sapo, the first paragraph that sums the story up. `body`: ordinary paragraphs.
 * - `heading`: an inter-title inside the body. `caption`: a photo caption. `quote`: a block
 *   quotation. `list`: one item of a numbered or bulleted list.
 * - `byline`: the author line ("Ngọc Thắm", "Bài và ảnh: Hoàng Lâm"). `source`: where the story came
 *   from ("Theo VnExpress", "TTXVN", "Nguồn: ...", "(Tổng hợp)", "PV.").
 * - `other`: text that fits nothing above (navigation left over in HTML, junk).
 */
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

/**
 * What a token is. `word`: one syllable or a run of letters (`Việt`, `H'Mông`, `UBND`).
 * `abbreviation`: letters with dots (`TP.`, `TP.HCM`, `GS.TS.`, `v.v.`). `number`: `1.234,5`, `06`.
 * `measure`: a number glued to its unit (`140.000đ`, `20%`, `10kg`, `1.600m`). `date`: `04/8/2017`,
 * `5-2002`, `6.2`. `time`: `08:41`, `10h30`. `code`: letters and digits mixed (`F-16`, `53S5`,
 * `CNC.02.DAPT/13`, `3897/QĐ-UBND`). `email`, `url`: as written. `punct`: punctuation, one mark or a
 * run of the same (`...`, `!!`). `symbol`: anything else (`&`, `+`, emoji).
 */
export const TokenKind = z
  .enum([
    "word",
    "abbreviation",
    "number",
    "measure",
    "date",
    "time",
    "code",
    "email",
    "url",
    "punct",
    "symbol",
  ])
  .meta({ id: "TokenKind" });
/** @see {@link TokenKind} */
export type TokenKind = z.infer<typeof TokenKind>;

/** One token: its kind, its span in the original input and that input text. */
export const Token = z
  .object({
    kind: TokenKind,
    span: Span,
    /** `input.slice(span.start, span.end)`. */
    text: z.string(),
  })
  .meta({ id: "Token" });
/** @see {@link Token} */
export type Token = z.infer<typeof Token>;

/**
 * One word of the optional word segmentation: one or more syllable tokens that form a lexical word
 * (`hội nghị`, `phát triển`), a proper name (`Cao Văn Minh`), or a single non-word token. `form` is
 * the word's normalised text with `_` joining its syllables (`hội_nghị`), the usual notation of
 * Vietnamese word segmenters.
 */
export const Word = z
  .object({
    span: Span,
    /** `input.slice(span.start, span.end)`. */
    text: z.string(),
    /** Normalised syllables joined by `_`. */
    form: z.string(),
    /** Number of syllable tokens in the word. */
    syllables: z.number().int().positive(),
    /** How the word was formed: `dictionary`, `name`, `single`. */
    rule: z.string(),
  })
  .meta({ id: "Word" });
/** @see {@link Word} */
export type Word = z.infer<typeof Word>;

/** One sentence, with its tokens and words when they were asked for. */
export const Sentence = z
  .object({
    span: Span,
    /** `input.slice(span.start, span.end)`. */
    text: z.string(),
    /** Present when the `tokens` option is on. */
    tokens: z.array(Token).optional(),
    /** Present when the `words` option is on. */
    words: z.array(Word).optional(),
  })
  .meta({ id: "Sentence" });
/** @see {@link Sentence} */
export type Sentence = z.infer<typeof Sentence>;

/** One part of an article: what it is, where it is, its sentences, and the rule that decided. */
export const Section = z
  .object({
    kind: SectionKind,
    ...MentionFields,
    sentences: z.array(Sentence),
  })
  .meta({ id: "Section" });
/** @see {@link Section} */
export type Section = z.infer<typeof Section>;

/** What the article says about itself. Every field is absent when the text does not state it. */
export const Metadata = z
  .object({
    /** The headline. */
    title: z.string().optional(),
    /** The rubric line (`kicker` section). */
    kicker: z.string().optional(),
    /** Authors named in the byline(s), in order. */
    authors: z.array(z.string()),
    /** The agency or newspaper the story is credited to ("VnExpress", "TTXVN"). */
    source: z.string().optional(),
    /** The dateline place ("Hà Nội", "TP.HCM"). */
    datelinePlace: z.string().optional(),
    /**
     * The publication date when the article states one (dateline, "Cập nhật ..." line, HTML `<meta>`
     * or `<time>`): ISO `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm±HH:MM` with a time, its UTC offset always
     * written (the one the page states, `GMT+7`/`+07:00`/`Z`, else Vietnam's `+07:00`).
     */
    published: z.string().optional(),
    /** Where each of the above was read, for the fields read from the text. */
    spans: z
      .object({
        title: Span.optional(),
        kicker: Span.optional(),
        authors: z.array(Span).optional(),
        source: Span.optional(),
        datelinePlace: Span.optional(),
        published: Span.optional(),
      })
      .optional(),
  })
  .meta({ id: "Metadata" });
/** @see {@link Metadata} */
export type Metadata = z.infer<typeof Metadata>;

/** What {@link segment} returns: how the input was read, its sections and its metadata. */
export const SegmentResult = z
  .object({
    /** `plain` or `html`: how the input was read. */
    format: z.enum(["plain", "html"]),
    sections: z.array(Section),
    metadata: Metadata,
  })
  .meta({ id: "SegmentResult" });
/** @see {@link SegmentResult} */
export type SegmentResult = z.infer<typeof SegmentResult>;
