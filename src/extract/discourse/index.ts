import type { Directive, DocumentRef, EventEntity } from "../../schema/discourse.js";
import type { Span } from "../../schema/span.js";
import { directiveOf, findDirectiveDrafts } from "../directive/directives.js";
import type { Doc } from "../doc.js";
import { buildDocumentRefs, findDocumentHits } from "../document/extract.js";
import { findEvents } from "../event/events.js";
import { Anchors, type DiscourseContext, type DiscourseInput } from "./context.js";
import { textSpan } from "./party.js";
import { splitSentences, type TokenRange } from "./sentences.js";
import { tokenize } from "./tokens.js";

export type { DiscourseInput } from "./context.js";

/** What {@link extractDiscourse} finds. */
export interface DiscourseResult {
  directives: Directive[];
  events: EventEntity[];
  documents: DocumentRef[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Index of the sentence holding token `i`. */
function sentenceOf(sentences: readonly TokenRange[], i: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as TokenRange).start <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Without the segmenter's sections: the first line is taken as the headline when it reads like one
 * (no closing full stop, at most 30 words) and more text follows it.
 */
function firstLineHeading(text: string): { start: number; end: number }[] {
  const nl = text.indexOf("\n");
  if (nl <= 0) return [];
  const line = text.slice(0, nl).trim();
  if (line.length === 0 || /[.!?…]["”»)]?$/u.test(line) || line.split(/\s+/u).length > 30)
    return [];
  return [{ start: 0, end: nl }];
}

/** Builds the shared context: tokens, sentences and the anchors of earlier stages' entities. */
export function discourseContext(doc: Doc, input?: DiscourseInput): DiscourseContext {
  const tokens = tokenize(doc.text);
  return {
    doc,
    tokens,
    sentences: splitSentences(tokens),
    anchors: Anchors.from(doc, input),
    headings: input?.sections ? Anchors.headings(doc, input) : firstLineHeading(doc.text),
  };
}

/** Document references of a prepared context. */
export function documentsOf(ctx: DiscourseContext): DocumentRef[] {
  const hits = ctx.sentences.flatMap((s) =>
    findDocumentHits(ctx.doc.text, ctx.tokens, s.start, s.end),
  );
  return buildDocumentRefs(ctx.doc, hits, ctx.anchors);
}

/**
 * Directives, events and document references of a document. `input` carries what the earlier
 * stages found (dates, counts, people, organisations, places), which the items link to.
 */
export function extractDiscourse(doc: Doc, input?: DiscourseInput): DiscourseResult {
  const ctx = discourseContext(doc, input);
  const documents = documentsOf(ctx);
  const found = findEvents(ctx);
  const drafts = findDirectiveDrafts(ctx);
  // An event named only inside a directive's actions ("xây dựng kế hoạch để tổ chức hội nghị
  // quán triệt ...") is a task, not an event that took place.
  const actionSpans = drafts.map((d) => textSpan(ctx.tokens, { start: d.trigger.end, end: d.end }));
  const planned = (ev: EventEntity) =>
    ev.mentions.every((m) => {
      const t = ctx.doc.map.spanToTarget(m.span);
      return actionSpans.some((a) => t.start >= a.start && t.end <= a.end);
    });
  const events = found.events.filter((ev) => !planned(ev));
  for (let k = 0; k < events.length; k++) (events[k] as EventEntity).id = `ev${k + 1}`;
  const sentencesOf = new Map<string, Set<number>>();
  for (const ev of events) {
    const old = found.events.indexOf(ev);
    sentencesOf.set(ev.id, found.sentencesOf.get(`ev${old + 1}`) ?? new Set());
  }
  const directives = drafts.map((d, k) => {
    const directive = directiveOf(ctx, d, `dir${k + 1}`);
    const sentence = sentenceOf(ctx.sentences, d.trigger.start);
    for (const ev of events) {
      if (sentencesOf.get(ev.id)?.has(sentence)) {
        directive.eventId = ev.id;
        break;
      }
    }
    const issuer = directive.issuer;
    if (issuer) {
      const ev = events.find((e) => e.mentions.some((m) => overlaps(m.span, issuer.span)));
      if (
        ev &&
        issuer.span.start === ev.mentions.find((m) => overlaps(m.span, issuer.span))?.span.start
      ) {
        issuer.kind = "meeting";
        issuer.eventId = ev.id;
      }
      const docRef = documents.find((r) => r.mentions.some((m) => overlaps(m.span, issuer.span)));
      if (docRef) {
        issuer.kind = "document";
        issuer.documentId = docRef.id;
      }
    }
    return directive;
  });
  return { directives, events, documents };
}
