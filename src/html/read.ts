import { publishedFromIso } from "../extract/time/published.js";
import type { OffsetMap } from "../normalize/offset-map.js";
import { TextBuilder } from "../normalize/text-builder.js";
import { type ElementNode, elementsOf, parseHtml, type TextPiece } from "./tree.js";

/** A paragraph of the text read from HTML, with the kind its markup suggests. */
export interface HtmlBlock {
  /** Range in the extracted text. */
  start: number;
  end: number;
  /** `title`, `heading`, `caption`, `quote`, `list`, `lead`, `byline`, `source`, `other`, or
   * undefined when the markup says nothing (a plain `<p>`). */
  hint?: string;
}

/** Metadata stated by the markup rather than the text. */
export interface HtmlMeta {
  title?: string;
  authors?: string[];
  source?: string;
  published?: string;
}

/** The text of an HTML page or fragment, with its map back to the HTML and its block structure. */
export interface HtmlText {
  /** Paragraphs separated by blank lines, entities decoded, whitespace collapsed. */
  text: string;
  /** Alignment from the HTML string (source) to `text` (target). */
  map: OffsetMap;
  blocks: HtmlBlock[];
  meta: HtmlMeta;
  /** Whether an article body was found; when not, every block is hinted `other`. */
  article: boolean;
}

const BLOCK_TAGS = new Set([
  "#root",
  "html",
  "body",
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "figure",
  "figcaption",
  "table",
  "thead",
  "tbody",
  "tr",
  "td",
  "th",
  "caption",
  "pre",
  "address",
  "hr",
  "center",
  "form",
  "fieldset",
]);

/** Elements skipped with their content: code, media, forms, navigation. */
const SKIPPED_TAGS = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "nav",
  "form",
  "button",
  "select",
  "textarea",
  "input",
  "aside",
  "footer",
  "menu",
]);

/** Class or id words of boilerplate containers (navigation, sharing, ads, related links). */
const BOILERPLATE_RE =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|sidebar|breadcrumbs?|share|sharing|social|comments?|related|relate|lien-quan|lienquan|tin-khac|banner|advert|advertisement|ads?|adv|adsbygoogle|quang-cao|quangcao|qc|popup|modal|cookie|subscribe|newsletter|tags?|keywords?|login|search|widget|toolbar|pagination|pager|hidden|print|rating|vote|most-read|trending|hot-news)(?:$|[\s_-])/iu;

/** Class or id words of an article body. */
const CONTENT_RE =
  /(?:^|[\s_-])(?:article|content|detail|details|body|post|entry|story|main|fck|news|text|chi-tiet|noi-dung)(?:$|[\s_-])/iu;

/** Hints from class or id words. */
const HINT_CLASSES: readonly [RegExp, string][] = [
  [
    /(?:^|[\s_-])(?:sapo|lead|description|desc-top|summary|chapeau|excerpt|intro|tom-tat)(?:$|[\s_-])/iu,
    "lead",
  ],
  [/(?:^|[\s_-])(?:author|byline|tac-gia|tacgia|writer|reporter)(?:$|[\s_-])/iu, "byline"],
  [/(?:^|[\s_-])(?:source|nguon|credit)(?:$|[\s_-])/iu, "source"],
  [
    /(?:^|[\s_-])(?:caption|image-caption|img-caption|imgcaption|imagecaption|pic-caption|desc|photo-caption|expnoedit|chu-thich|tplcaption|image)(?:$|[\s_-])/iu,
    "caption",
  ],
  [/(?:^|[\s_-])(?:title-detail|title-news|article-title|headline)(?:$|[\s_-])/iu, "title"],
];

const TAG_HINTS: Readonly<Record<string, string>> = {
  h1: "title",
  h2: "heading",
  h3: "heading",
  h4: "heading",
  h5: "heading",
  h6: "heading",
  figcaption: "caption",
  blockquote: "quote",
  li: "list",
  dt: "list",
  dd: "list",
};

function classWords(el: ElementNode): string {
  return `${el.attrs.class ?? ""} ${el.attrs.id ?? ""}`;
}

function isHidden(el: ElementNode): boolean {
  const style = el.attrs.style ?? "";
  return (
    el.attrs.hidden !== undefined ||
    el.attrs["aria-hidden"] === "true" ||
    /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style)
  );
}

function isSkipped(el: ElementNode, holdsArticle?: ReadonlySet<ElementNode>): boolean {
  if (SKIPPED_TAGS.has(el.tag) || isHidden(el)) return true;
  const role = el.attrs.role ?? "";
  if (/^(?:navigation|banner|contentinfo|complementary|search)$/u.test(role)) return true;
  const words = classWords(el);
  if (words.trim() === "" || el.tag === "body" || el.tag === "html") return false;
  // "article-tags" is boilerplate, "article-content" is not; but a container named like a sidebar
  // that holds the headline or the article (VnExpress's main column is "sidebar-1") is kept.
  return BOILERPLATE_RE.test(words) && !(holdsArticle?.has(el) ?? false);
}

/** Elements whose subtree holds the headline or the article body (an `h1`, `article`, or
 * `itemprop=articleBody`). */
function articleHolders(all: readonly ElementNode[]): Set<ElementNode> {
  const out = new Set<ElementNode>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i] as ElementNode;
    if (
      out.has(el) ||
      el.tag === "h1" ||
      el.tag === "article" ||
      el.attrs.itemprop === "articleBody"
    ) {
      out.add(el);
      if (el.parent) out.add(el.parent);
    }
  }
  return out;
}

/** Length of the text pieces under an element (entities count as what they decode to). */
function textLength(el: ElementNode): number {
  let n = 0;
  const stack: (ElementNode | TextPiece)[] = [el];
  while (stack.length > 0) {
    const x = stack.pop() as ElementNode | TextPiece;
    if (x.kind === "text") n += x.data.trim().length;
    else if (x === el || !isSkipped(x)) for (const c of x.children) stack.push(c);
  }
  return n;
}

/**
 * The element that holds the article body: readability-style, each paragraph-like block gives its
 * text length to its parent and half to its grandparent; containers named like article bodies
 * (`article`, `itemprop=articleBody`, class `content`/`detail`) get a bonus. Returns null when no
 * container holds a real amount of prose.
 */
function findContent(
  all: readonly ElementNode[],
  skipped: ReadonlySet<ElementNode>,
): ElementNode | null {
  const score = new Map<ElementNode, number>();
  for (const el of all) {
    if (skipped.has(el)) continue;
    if (el.tag !== "p" && el.tag !== "div" && el.tag !== "td" && el.tag !== "pre") continue;
    // A div counts only for the text directly in it (not in child blocks).
    let own = 0;
    for (const c of el.children) if (c.kind === "text") own += c.data.trim().length;
    if (el.tag === "p") own = textLength(el);
    if (own < 25) continue;
    const parent = el.parent;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + own);
    const grand = parent?.parent;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + own / 2);
  }
  let best: ElementNode | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (skipped.has(el)) continue;
    let v = s;
    if (el.tag === "article" || el.attrs.itemprop === "articleBody") v *= 1.5;
    else if (CONTENT_RE.test(classWords(el))) v *= 1.25;
    if (v > bestScore || (v === bestScore && best !== null && el.start < best.start)) {
      best = el;
      bestScore = v;
    }
  }
  return best && bestScore >= 80 ? best : null;
}

interface Atom {
  start: number;
  end: number;
  out: string;
  block: ElementNode;
  bold: boolean;
  lineBreakBefore: boolean;
  spaceBefore: boolean;
}

const SPACE_RE = /[\s\u00a0\u200b\u200c\ufeff]+/gu;
const SPACE_SPLIT_RE = /([\s\u00a0\u200b\u200c\ufeff]+)/u;
const SPACE_RUN_RE = /[\s\u00a0\u200b\u200c\ufeff]+/gu;

/**
 * Reads an HTML page or fragment: the article's text (title, lead, body, captions, quotes, lists,
 * byline), boilerplate skipped (scripts, styles, navigation, forms, asides, footers, elements whose
 * class or id says menu/share/related/ads/comments, hidden elements), entities decoded, whitespace
 * collapsed, blocks separated by blank lines, and an exact map back to the HTML string.
 */
export function readHtml(html: string): HtmlText {
  const { root, title } = parseHtml(html);
  const all = elementsOf(root);
  // Skipped subtrees.
  const holders = articleHolders(all);
  const skipped = new Set<ElementNode>();
  for (const el of all) {
    if (skipped.has(el)) continue;
    if ((el.parent && skipped.has(el.parent)) || isSkipped(el, holders)) skipped.add(el);
  }
  const meta = readMeta(all, title);
  const content = findContent(all, skipped);
  // What to emit: the content subtree, the first h1, and lead/byline/source blocks outside it.
  const emitRoots = new Set<ElementNode>();
  if (content) {
    emitRoots.add(content);
    const h1 = all.find((e) => e.tag === "h1" && !skipped.has(e));
    if (h1 && !contains(content, h1)) emitRoots.add(h1);
    for (const el of all) {
      if (skipped.has(el) || contains(content, el)) continue;
      const hint = classHint(el);
      if (
        (hint === "lead" || hint === "byline" || hint === "source" || hint === "title") &&
        !hasAncestorIn(el, emitRoots)
      )
        emitRoots.add(el);
    }
  } else {
    emitRoots.add(root);
  }

  // Collect atoms: non-space runs of text, in document order, with their block.
  const atoms: Atom[] = [];
  let pendingSpace = false;
  let pendingLine = false;
  const walk = (start: ElementNode) => {
    const stack: { node: ElementNode | TextPiece; bold: boolean; block: ElementNode }[] = [
      { node: start, bold: false, block: blockOf(start) },
    ];
    while (stack.length > 0) {
      const { node, bold, block } = stack.pop() as (typeof stack)[number];
      if (node.kind === "text") {
        const push = (start: number, end: number, out: string) => {
          atoms.push({
            start,
            end,
            out,
            block,
            bold,
            lineBreakBefore: pendingLine,
            spaceBefore: pendingSpace,
          });
          pendingSpace = false;
          pendingLine = false;
        };
        if (html.slice(node.start, node.end) !== node.data) {
          // An entity (`&amp;`, `&nbsp;`): one atom over its whole source range.
          const out = node.data.replace(SPACE_RUN_RE, " ");
          if (out.trim() === "") pendingSpace = true;
          else {
            if (out.startsWith(" ")) pendingSpace = true;
            push(node.start, node.end, out.trim());
            if (out.endsWith(" ")) pendingSpace = true;
          }
          continue;
        }
        let at = node.start;
        for (const part of node.data.split(SPACE_SPLIT_RE)) {
          if (part === "") continue;
          if (part.replace(SPACE_RE, "") === "") pendingSpace = true;
          else push(at, at + part.length, part);
          at += part.length;
        }
        continue;
      }
      if (node !== start && skipped.has(node)) continue;
      if (node.tag === "br") {
        pendingLine = true;
        continue;
      }
      if (node.tag === "img" || node.tag === "hr") continue;
      const b = bold || node.tag === "strong" || node.tag === "b";
      const blk = node !== start && BLOCK_TAGS.has(node.tag) ? node : block;
      for (let i = node.children.length - 1; i >= 0; i--) {
        const c = node.children[i] as ElementNode | TextPiece;
        stack.push({ node: c, bold: b, block: blk });
      }
    }
  };
  for (const el of [...emitRoots].sort((a, b) => a.start - b.start)) walk(el);
  atoms.sort((a, b) => a.start - b.start);

  // Build the text: atoms copied or replaced, gaps replaced by "", " ", "\n" or "\n\n".
  const builder = new TextBuilder(html);
  const blocks: HtmlBlock[] = [];
  let outLen = 0;
  let prev: Atom | null = null;
  let cursor = 0;
  let blockStart = 0;
  let blockBold = true;
  let current: ElementNode | null = null;
  const closeBlock = () => {
    if (current === null) return;
    blocks.push({
      start: blockStart,
      end: outLen,
      ...hintFor(current, content, blockBold, outLen - blockStart),
    });
  };
  for (const a of atoms) {
    if (a.start < cursor) continue; // overlapping emit roots
    let sep = "";
    if (prev !== null) {
      if (a.block !== prev.block) sep = "\n\n";
      else if (a.lineBreakBefore) sep = "\n";
      else if (a.spaceBefore) sep = " ";
    }
    if (html.slice(cursor, a.start) !== sep) builder.replace(cursor, a.start, sep);
    if (sep === "\n\n" || prev === null) {
      closeBlock();
      current = a.block;
      blockStart = outLen + sep.length;
      blockBold = true;
    }
    outLen += sep.length;
    if (html.slice(a.start, a.end) !== a.out) builder.replace(a.start, a.end, a.out);
    outLen += a.out.length;
    blockBold = blockBold && a.bold;
    cursor = a.end;
    prev = a;
  }
  if (cursor < html.length) builder.replace(cursor, html.length, "");
  closeBlock();
  const { text, map } = builder.finish();
  // A page with no article container is navigation or an error page: everything is `other`. A
  // fragment (no <html>/<body>) is taken as article text as it is.
  const fragment = !all.some((e) => e.tag === "html" || e.tag === "body");
  const article = content !== null || (fragment && blocks.length > 0);
  if (!article) for (const b of blocks) b.hint = "other";
  return { text, map, blocks, meta, article };
}

function contains(a: ElementNode, b: ElementNode): boolean {
  return b.start >= a.start && b.end <= a.end && a !== b;
}

function hasAncestorIn(el: ElementNode, set: ReadonlySet<ElementNode>): boolean {
  for (let p = el.parent; p; p = p.parent) if (set.has(p)) return true;
  return false;
}

function blockOf(el: ElementNode): ElementNode {
  for (let e: ElementNode | null = el; e; e = e.parent) if (BLOCK_TAGS.has(e.tag)) return e;
  return el;
}

function classHint(el: ElementNode): string | undefined {
  const words = classWords(el);
  if (words.trim() === "") return undefined;
  for (const [re, hint] of HINT_CLASSES) if (re.test(words)) return hint;
  return undefined;
}

/** The hint of a block: its own tag or class, or an ancestor's, up to the content root. */
function hintFor(
  block: ElementNode,
  content: ElementNode | null,
  allBold: boolean,
  length: number,
): { hint?: string } {
  for (let e: ElementNode | null = block; e; e = e.parent) {
    // The class first: `<h2 class="sapo">` is a lead, not a heading.
    const c = classHint(e);
    if (c) return { hint: c };
    const t = TAG_HINTS[e.tag];
    if (t) return { hint: t };
    const align = `${e.attrs.align ?? ""} ${e.attrs.style ?? ""}`;
    if (e === block && /right/iu.test(align) && length <= 80) return { hint: "byline" };
    if (e === content) break;
  }
  if (allBold && length > 0 && length <= 120) return { hint: "heading" };
  return {};
}

/** Title, authors, source and date from `<meta>`, `<time>` and `<title>`. */
function readMeta(all: readonly ElementNode[], title: string | null): HtmlMeta {
  const meta: HtmlMeta = {};
  const authors: string[] = [];
  for (const el of all) {
    if (el.tag === "meta") {
      const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? "").toLowerCase();
      const value = (el.attrs.content ?? "").trim();
      if (!value) continue;
      if ((key === "og:title" || key === "twitter:title") && meta.title === undefined)
        meta.title = value;
      else if (key === "author" || key === "article:author" || key === "dc.creator")
        authors.push(value);
      else if ((key === "og:site_name" || key === "dc.publisher") && meta.source === undefined)
        meta.source = value;
      else if (
        (key === "article:published_time" ||
          key === "pubdate" ||
          key === "datepublished" ||
          key === "dc.date.issued" ||
          key === "date") &&
        meta.published === undefined
      ) {
        const iso = isoDate(value);
        if (iso) meta.published = iso;
      }
    } else if (el.tag === "time" && meta.published === undefined && el.attrs.datetime) {
      const iso = isoDate(el.attrs.datetime);
      if (iso) meta.published = iso;
    }
  }
  if (meta.title === undefined && title && title.trim()) meta.title = title.trim();
  if (authors.length > 0) meta.authors = [...new Set(authors)];
  return meta;
}

/**
 * `2017-08-05T10:30:00+07:00` → `2017-08-05T10:30+07:00` (the stated offset kept, Vietnam's when
 * none is stated); `2017-08-05` stays. The value rules are the date extractor's (`published.ts`).
 */
function isoDate(s: string): string | undefined {
  return publishedFromIso(s);
}

/**
 * Whether a string looks like HTML: a doctype or at least two tags of common HTML elements near
 * the start. Plain-text articles with a stray `<` or `a < b` are not HTML.
 */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 65_536);
  if (/^\s*<!doctype\s+html/iu.test(head)) return true;
  const tags = head.match(
    /<\/?(?:html|head|body|p|div|br|h[1-6]|article|section|span|a|img|table|tr|td|ul|ol|li|strong|em|b|i|figure|figcaption|blockquote|meta|script|style|header|footer|main|nav)(?=[\s/>])[^<>]{0,500}>/giu,
  );
  return (tags?.length ?? 0) >= 2;
}
