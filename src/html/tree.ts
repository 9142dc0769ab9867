import { Parser } from "htmlparser2";

/** A piece of text as the parser reported it: its source range and decoded text. */
export interface TextPiece {
  readonly kind: "text";
  /** Source range (end exclusive) of the raw text: `&amp;` for an entity. */
  readonly start: number;
  readonly end: number;
  /** The decoded text. */
  readonly data: string;
  readonly parent: ElementNode;
}

/** An element with the attributes bantin reads and its source range. */
export interface ElementNode {
  readonly kind: "element";
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly start: number;
  /** End of the closing tag (exclusive), or of the last content when the tag was never closed. */
  end: number;
  readonly children: (ElementNode | TextPiece)[];
  readonly parent: ElementNode | null;
  readonly depth: number;
}

/** Elements whose content is never text for the reader. */
const RAW_TEXT = new Set(["script", "style", "noscript", "template", "textarea", "title"]);

/**
 * Parses HTML into a light tree with source positions, using htmlparser2 (tolerant of broken
 * markup: unclosed and misnested tags, stray `<`, missing `<html>`). Entities arrive as their own
 * text pieces, so each keeps its exact source range (`&amp;` maps to its five characters).
 * Never throws; linear in the input.
 */
export function parseHtml(html: string): { root: ElementNode; title: string | null } {
  const root: ElementNode = {
    kind: "element",
    tag: "#root",
    attrs: {},
    start: 0,
    end: html.length,
    children: [],
    parent: null,
    depth: 0,
  };
  let current = root;
  let title: string | null = null;
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: ElementNode = {
          kind: "element",
          tag: name,
          attrs: pick(attribs),
          start: parser.startIndex,
          end: parser.endIndex + 1,
          children: [],
          parent: current,
          depth: current.depth + 1,
        };
        current.children.push(el);
        current = el;
        if (name === "title") inTitle = true;
      },
      onclosetag(name) {
        // htmlparser2 closes implied tags itself; walk up to the element being closed.
        let el: ElementNode | null = current;
        while (el && el.tag !== name) el = el.parent;
        if (!el || el === root) return;
        for (let c: ElementNode | null = current; c && c !== el.parent; c = c.parent) {
          c.end = Math.max(c.end, parser.endIndex + 1);
        }
        if (name === "title") inTitle = false;
        current = el.parent ?? root;
      },
      ontext(data) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (inTitle) title = (title ?? "") + data;
        if (RAW_TEXT.has(current.tag)) return;
        current.children.push({ kind: "text", start, end, data, parent: current });
        for (let c: ElementNode | null = current; c; c = c.parent) c.end = Math.max(c.end, end);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  try {
    parser.end(html);
  } catch {
    // htmlparser2 does not throw on text; keep whatever was parsed if it ever does.
  }
  return { root, title };
}

const KEPT_ATTRIBUTES = [
  "class",
  "id",
  "itemprop",
  "property",
  "name",
  "content",
  "datetime",
  "style",
  "align",
  "hidden",
  "rel",
  "role",
  "aria-hidden",
];

function pick(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEPT_ATTRIBUTES) {
    const v = attribs[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** All elements of the tree in document order, without recursion (pages nest deeply). */
export function elementsOf(root: ElementNode): ElementNode[] {
  const out: ElementNode[] = [];
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as ElementNode;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c && c.kind === "element") stack.push(c);
    }
  }
  return out;
}
