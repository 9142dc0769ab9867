import type { CountRef, DateRef, PartyRef, Phrase } from "../../schema/discourse.js";
import type { Doc } from "../doc.js";
import type { Anchor, DiscourseContext } from "./context.js";
import { type DatePhrase, findDatePhrases } from "./dates.js";
import { LEX } from "./grammar.js";
import { DEADLINE_CUES, TARGET_CUES } from "./lexicon/function-words.js";
import { partyKindAt } from "./np.js";
import { PhraseMatcher } from "./phrase-matcher.js";
import type { TokenRange } from "./sentences.js";
import type { Token } from "./tokens.js";

const DEADLINE = PhraseMatcher.of(DEADLINE_CUES);
const TARGET = PhraseMatcher.of(TARGET_CUES);

/** Text offsets of a token range. */
export function textSpan(
  tokens: readonly Token[],
  range: TokenRange,
): { start: number; end: number } {
  const first = tokens[range.start] as Token;
  const last = tokens[Math.max(range.start, range.end - 1)] as Token;
  return { start: first.start, end: last.end };
}

/** The source phrase of a token range, with the rule that found it. */
export function phraseOf(ctx: DiscourseContext, range: TokenRange, rule: string): Phrase {
  const { start, end } = textSpan(ctx.tokens, range);
  return { ...ctx.doc.mention(start, end), rule };
}

/**
 * A {@link DateRef} over [start, end) of the normalised text: the date entity's id, value, grain and
 * part of day when `anchor` is one; otherwise what the phrase itself states (a full day, month and
 * year becomes a day value at Vietnam's +07:00, the offset `analyze` uses by default).
 */
export function dateRefOf(
  doc: Doc,
  start: number,
  end: number,
  rule: string,
  anchor?: Anchor,
  phrase?: DatePhrase,
): DateRef {
  const ref: DateRef = { ...doc.mention(start, end), rule };
  if (anchor) {
    if (anchor.id) ref.dateId = anchor.id;
    if (anchor.date?.value) ref.value = anchor.date.value;
    if (anchor.date?.grain) ref.grain = anchor.date.grain;
    if (anchor.date?.partOfDay) ref.partOfDay = anchor.date.partOfDay;
    return ref;
  }
  if (phrase?.value) {
    ref.value = { type: "value", value: `${phrase.value}T00:00:00.000+07:00`, grain: "day" };
    ref.grain = "day";
  }
  if (phrase?.partOfDay) ref.partOfDay = phrase.partOfDay;
  return ref;
}

/**
 * A {@link CountRef} over [start, end): the count entity's id, value and unit when `anchor` is
 * one, else the number and unit read here.
 */
export function countRefOf(
  doc: Doc,
  start: number,
  end: number,
  rule: string,
  anchor: Anchor | undefined,
  fallback: { value?: number | undefined; unit?: string | undefined },
): CountRef {
  const ref: CountRef = { ...doc.mention(start, end), rule };
  if (anchor?.id && anchor.kind === "count") ref.countId = anchor.id;
  const value = typeof anchor?.value === "number" ? anchor.value : fallback.value;
  if (value !== undefined) ref.value = value;
  const unit = anchor?.detail ?? fallback.unit;
  if (unit) ref.unit = unit;
  return ref;
}

/**
 * A party phrase as a {@link PartyRef}: its kind from its first words, and the person or
 * organisation entity inside it when the entity extractor found one. A person wins the kind when
 * the phrase names a person by title or honorific, or when the person's name ends the phrase.
 */
export function partyOf(ctx: DiscourseContext, range: TokenRange, rule: string): PartyRef {
  const { start, end } = textSpan(ctx.tokens, range);
  let kind: PartyRef["kind"] = partyKindAt(ctx.tokens, range);
  const first = ctx.tokens[range.start];
  if (first?.cap && LEX.reporting.has(ctx.tokens, range.start, range.end)) kind = "unknown";
  const ref: PartyRef = { ...ctx.doc.mention(start, end), rule, kind };
  const people = ctx.anchors.inside("person", start, end);
  const orgs = ctx.anchors.inside("organisation", start, end);
  const person = people[0];
  const org = orgs[0];
  if (person?.id) {
    ref.personId = person.id;
    if (kind !== "group") ref.kind = "person";
  }
  if (org?.id) {
    ref.organisationId = org.id;
    if (!person && ref.kind === "unknown") ref.kind = "organisation";
  }
  return ref;
}

/**
 * A deadline inside an action: a date preceded by a deadline word ("trước ngày 10/2", "xong trước
 * 20/2", "trong quý I", "chậm nhất ngày 15/3"). The date extractor's value is used when it found
 * the date.
 */
export function deadlineIn(ctx: DiscourseContext, range: TokenRange): DateRef | undefined {
  const { tokens, doc, anchors } = ctx;
  if (range.end <= range.start) return undefined;
  const { start, end } = textSpan(tokens, range);
  const candidates: { start: number; end: number; anchor?: Anchor; phrase?: DatePhrase }[] = [];
  for (const a of anchors.inside("date", start, end)) {
    candidates.push({ start: a.start, end: a.end, anchor: a });
  }
  if (candidates.length === 0) {
    for (const p of findDatePhrases(doc.text, start, end)) {
      candidates.push({ start: p.start, end: p.end, phrase: p });
    }
  }
  for (const c of candidates) {
    // The cue is in the one or two words before the date, or the date phrase starts with it.
    let k = range.start;
    while (k < range.end && (tokens[k] as Token).start < c.start) k++;
    const cued =
      DEADLINE.has(tokens, k, range.end) ||
      [1, 2, 3].some((back) => {
        const m = DEADLINE.longest(tokens, k - back, k);
        return k - back >= range.start && m !== undefined && m.end === k;
      });
    if (!cued) continue;
    // The deadline reads with its cue: "trước ngày 10/2", "chậm nhất ngày 15/3".
    let from = c.start;
    for (let back = 1; back <= 3; back++) {
      const m = DEADLINE.longest(tokens, k - back, k);
      if (k - back >= range.start && m !== undefined && m.end === k) {
        from = (tokens[k - back] as Token).start;
        break;
      }
    }
    return dateRefOf(doc, Math.min(from, c.start), c.end, "deadline-cue", c.anchor, c.phrase);
  }
  return undefined;
}

/** A number as written in Vietnamese: `1.000` is a thousand, `10,5` ten and a half. */
export function parseNumber(written: string): number | undefined {
  const s = written.replace(/\./gu, "").replace(",", ".");
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

/**
 * A target inside an action: a number after a target word ("đạt 10 tỷ USD", "giảm 10% biên chế"),
 * linked to the count extractor's entity when it found one.
 */
export function targetIn(ctx: DiscourseContext, range: TokenRange): CountRef | undefined {
  const { tokens, doc, anchors } = ctx;
  for (let k = range.start; k < range.end; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "num") continue;
    const cued = [1, 2].some((back) => {
      const m = TARGET.longest(tokens, k - back, k);
      return k - back >= range.start && m !== undefined && m.end === k;
    });
    if (!cued) continue;
    const anchor = anchors.quantity(t.start, t.end);
    if (anchor) {
      const from = Math.min(anchor.start, t.start);
      return countRefOf(doc, from, Math.max(anchor.end, t.end), "target-cue", anchor, {});
    }
    // Without a count entity: the number and what follows it, up to a punctuation mark or a verb.
    let e = k + 1;
    while (
      e < range.end &&
      e - k <= 4 &&
      (tokens[e] as Token).kind !== "num" &&
      !((tokens[e] as Token).kind === "punct" && (tokens[e] as Token).text !== "%") &&
      !LEX.prepositions.has(tokens, e, range.end) &&
      !LEX.verbs.has(tokens, e, range.end)
    ) {
      e++;
    }
    const unit =
      e > k + 1
        ? doc.text.slice((tokens[k + 1] as Token).start, (tokens[e - 1] as Token).end)
        : undefined;
    return countRefOf(doc, t.start, (tokens[e - 1] as Token).end, "target-cue", undefined, {
      value: parseNumber(t.text),
      unit,
    });
  }
  return undefined;
}
