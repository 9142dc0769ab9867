import type { Directive, DocumentRef, EventEntity } from "../../schema/discourse.js";
import type { Span } from "../../schema/span.js";
import { directiveOf, findDirectiveDrafts } from "../directive/directives.js";
import type { Doc } from "../doc.js";
import { buildDocumentRefs, findDocumentHits } from "../document/extract.js";
import { findEvents } from "../event/events.js";
import { Anchors, type DiscourseContext, type DiscourseInput } from "./context.js";
import { textSpan } from "./party.js";
import { splitSentences, type TokenRange } from "./sentences.js";
import { discourseTokens } from "./tokens.js";

export type { DiscourseInput } from "./context.js";

/** What {@link extractDiscourse} finds. */
export interface DiscourseResult {
  directives: Directive[];
  events: EventEntity[];
  documents: DocumentRef[];
}

/** The first of sorted spans that overlaps `span`. */
function firstOverlap<T extends { span: Span }>(sorted: readonly T[], span: Span): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).span.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  // Spans of different lengths: look at a few after the first that ends past `span.start`.
  for (let k = lo; k < Math.min(sorted.length, lo + 8); k++) {
    const x = sorted[k] as T;
    if (x.span.start >= span.end) break;
    if (x.span.end > span.start) return x;
  }
  return undefined;
}

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
  if (line.length === 0 || /[.!?…:;,]["”»)]?$/u.test(line) || line.split(/\s+/u).length > 30) {
    return [];
  }
  return [{ start: 0, end: nl }];
}

/** Builds the shared context: tokens, sentences and the anchors of earlier stages' entities. */
export function discourseContext(doc: Doc, input?: DiscourseInput): DiscourseContext {
  const tokens = discourseTokens(doc.text, doc.tokens);
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
  const documentSpans = documents
    .flatMap((d) => d.mentions.map((m) => ctx.doc.map.spanToTarget(m.span)))
    .sort((a, b) => a.start - b.start);
  const found = findEvents(ctx, documentSpans);
  const drafts = findDirectiveDrafts(ctx);
  // An event named only inside a directive's task ("xây dựng kế hoạch để tổ chức hội nghị quán
  // triệt ...") is planned, not held. Directive scopes are sorted and disjoint: binary search.
  const scopes = drafts.map((d) => textSpan(ctx.tokens, { start: d.trigger.end, end: d.end }));
  const insideScope = (offset: number, end: number): boolean => {
    let lo = 0;
    let hi = scopes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((scopes[mid] as Span).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const scope = scopes[lo];
    return scope !== undefined && scope.start <= offset && end <= scope.end;
  };
  const planned = (ev: EventEntity) =>
    ev.mentions.every((m) => {
      const t = ctx.doc.map.spanToTarget(m.span);
      return insideScope(t.start, t.end);
    });
  const kept = found.events
    .map((ev, k) => ({ ev, old: `event-${k + 1}` }))
    .filter((x) => !planned(x.ev));
  const events = kept.map((x) => x.ev);
  // The event each sentence mentions first, to link a directive to the meeting it was given at.
  const eventOfSentence = new Map<number, string>();
  kept.forEach((x, k) => {
    x.ev.id = `event-${k + 1}`;
    for (const s of found.sentencesOf.get(x.old) ?? []) {
      if (!eventOfSentence.has(s)) eventOfSentence.set(s, x.ev.id);
    }
  });
  // Mention spans of events and documents, sorted, to find the one an issuer phrase names.
  const eventMentions = events
    .flatMap((e) => e.mentions.map((m) => ({ span: m.span, id: e.id })))
    .sort((x, y) => x.span.start - y.span.start);
  const documentMentions = documents
    .flatMap((d) => d.mentions.map((m) => ({ span: m.span, id: d.id })))
    .sort((x, y) => x.span.start - y.span.start);
  const directives = drafts.map((d, k) => {
    const directive = directiveOf(ctx, d, `directive-${k + 1}`);
    const eventId = eventOfSentence.get(sentenceOf(ctx.sentences, d.trigger.start));
    if (eventId) directive.eventId = eventId;
    const issuer = directive.issuer;
    if (issuer) {
      const ev = firstOverlap(eventMentions, issuer.span);
      if (ev && ev.span.start === issuer.span.start) {
        issuer.kind = "meeting";
        issuer.eventId = ev.id;
      }
      const ref = firstOverlap(documentMentions, issuer.span);
      if (ref) {
        issuer.kind = "document";
        issuer.documentId = ref.id;
      }
    }
    return directive;
  });
  return { directives, events, documents };
}
