/**
 * Turns overlapping highlights into properly nested HTML. Findings overlap in every way (a title
 * contains an organisation, a directive contains dates and counts, two spans may cross); HTML
 * elements must nest. Highlights are sorted outer-first and, where one crosses the end of the
 * enclosing one, cut in two at that boundary (the second piece marked as a continuation), so every
 * character keeps every highlight that covers it. O(n log n) in the number of highlights.
 */
import { escapeHtml, wellFormed } from "./escape.js";

/** A highlight in display coordinates. `order` breaks ties deterministically. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly order: number;
  /** Opening tag for this mark; `continued` is true for a piece after a cut. */
  open(continued: boolean): string;
  readonly close: string;
}

interface Piece {
  start: number;
  end: number;
  mark: Mark;
  continued: boolean;
}

interface Node {
  readonly start: number;
  readonly end: number;
  readonly piece: Piece | undefined;
  readonly children: Node[];
}

/** Outer first: earlier start, then longer, then the mark's own order. */
function before(a: Piece, b: Piece): boolean {
  if (a.start !== b.start) return a.start < b.start;
  if (a.end !== b.end) return a.end > b.end;
  if (a.mark.order !== b.mark.order) return a.mark.order < b.mark.order;
  return a.continued === b.continued ? false : !a.continued;
}

/** A binary min-heap on {@link before}: cut pieces go back in and must come out in order. */
class PieceHeap {
  private readonly items: Piece[] = [];
  get size(): number {
    return this.items.length;
  }
  push(p: Piece): void {
    const a = this.items;
    a.push(p);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i] as Piece, a[parent] as Piece)) break;
      [a[i], a[parent]] = [a[parent] as Piece, a[i] as Piece];
      i = parent;
    }
  }
  pop(): Piece | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l] as Piece, a[m] as Piece)) m = l;
        if (r < a.length && before(a[r] as Piece, a[m] as Piece)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as Piece, a[i] as Piece];
        i = m;
      }
    }
    return top;
  }
}

/** Nests the marks that touch `[start, end)`, clipped to it. */
function nest(marks: readonly Mark[], start: number, end: number): Node {
  const heap = new PieceHeap();
  for (const mark of marks) {
    const s = Math.max(mark.start, start);
    const e = Math.min(mark.end, end);
    if (s < e) heap.push({ start: s, end: e, mark, continued: mark.start < start });
  }
  const root: Node = { start, end, piece: undefined, children: [] };
  const stack: Node[] = [root];
  while (heap.size > 0) {
    const p = heap.pop() as Piece;
    while (stack.length > 1 && (stack[stack.length - 1] as Node).end <= p.start) stack.pop();
    const parent = stack[stack.length - 1] as Node;
    if (p.end > parent.end) {
      // Crosses the end of its enclosing mark: keep the part inside, queue the rest.
      heap.push({ start: parent.end, end: p.end, mark: p.mark, continued: true });
      p.end = parent.end;
    }
    const node: Node = { start: p.start, end: p.end, piece: p, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

/** HTML for `text.slice(start, end)` with `marks` (display coordinates) as nested elements. */
export function renderMarked(
  text: string,
  marks: readonly Mark[],
  start: number,
  end: number,
): string {
  const out: string[] = [];
  const emit = (node: Node): void => {
    if (node.piece) out.push(node.piece.mark.open(node.piece.continued));
    let at = node.start;
    for (const child of node.children) {
      if (child.start > at) out.push(escapeHtml(wellFormed(text.slice(at, child.start))));
      emit(child);
      at = child.end;
    }
    if (node.end > at) out.push(escapeHtml(wellFormed(text.slice(at, node.end))));
    if (node.piece) out.push(node.piece.mark.close);
  };
  emit(nest(marks, start, end));
  return out.join("");
}
