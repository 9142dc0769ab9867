/**
 * Co-occurrence counts: for every two entities (people, organisations), the number of articles
 * that name both. Entities are interned to integers and a pair is one number key
 * (`a * 2^26 + b`, exact in a double), so memory is one Map entry per distinct pair.
 *
 * An article naming many entities (a list of delegates) would add a quadratic number of pairs; only
 * its {@link MAX_ENTITIES_PER_ARTICLE} most mentioned entities form pairs.
 */
import type { CooccurrenceEdge, CooccurrenceNode } from "../schema/corpus.js";

/** Entities of one article that form pairs, the most mentioned first. */
export const MAX_ENTITIES_PER_ARTICLE = 60;

/** Entities the counter can hold (pair keys stay exact below 2^52). */
const MAX_NODES = 2 ** 26;

/** The kind of a node. */
export type NodeKind = CooccurrenceNode["kind"];

/** One entity of an article for {@link CooccurrenceCounter.addArticle}. */
export interface CooccurringEntity {
  /** The node id: `person:<name>`, `organisation:<name>`. */
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** Mentions in the article, to choose which ones pair when there are too many. */
  readonly mentions: number;
}

export class CooccurrenceCounter {
  private readonly indexOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly labels: string[] = [];
  private readonly kinds: NodeKind[] = [];
  private readonly articles: number[] = [];
  private readonly pairs = new Map<number, number>();

  /** Distinct pairs counted. */
  get pairCount(): number {
    return this.pairs.size;
  }

  /** Counts one article's entities (duplicates within the article count once). */
  addArticle(entities: readonly CooccurringEntity[]): void {
    const unique = new Map<string, CooccurringEntity>();
    for (const e of entities) {
      const prior = unique.get(e.id);
      if (!prior || e.mentions > prior.mentions) unique.set(e.id, e);
    }
    const chosen = [...unique.values()]
      .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, MAX_ENTITIES_PER_ARTICLE);
    const nodes: number[] = [];
    for (const e of [...unique.values()]) {
      const n = this.intern(e);
      if (n >= 0) this.articles[n] = (this.articles[n] ?? 0) + 1;
    }
    for (const e of chosen) {
      const n = this.indexOf.get(e.id);
      if (n !== undefined) nodes.push(n);
    }
    nodes.sort((a, b) => a - b);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const key = (nodes[i] as number) * MAX_NODES + (nodes[j] as number);
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
      }
    }
  }

  private intern(e: CooccurringEntity): number {
    let n = this.indexOf.get(e.id);
    if (n === undefined) {
      if (this.ids.length >= MAX_NODES) return -1;
      n = this.ids.length;
      this.indexOf.set(e.id, n);
      this.ids.push(e.id);
      this.labels.push(e.label);
      this.kinds.push(e.kind);
      this.articles.push(0);
    }
    return n;
  }

  /** Nodes named in at least `minArticles` articles, most named first. */
  nodes(minArticles = 1): CooccurrenceNode[] {
    const out: CooccurrenceNode[] = [];
    for (let n = 0; n < this.ids.length; n++) {
      const articles = this.articles[n] as number;
      if (articles < minArticles) continue;
      out.push({
        id: this.ids[n] as string,
        label: this.labels[n] as string,
        kind: this.kinds[n] as NodeKind,
        articles,
      });
    }
    return out.sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Edges of weight at least `minWeight`, heaviest first (ties by source, then target). */
  edges(minWeight = 1): CooccurrenceEdge[] {
    const out: CooccurrenceEdge[] = [];
    for (const [key, weight] of this.pairs) {
      if (weight < minWeight) continue;
      const a = Math.floor(key / MAX_NODES);
      const b = key - a * MAX_NODES;
      const [ka, kb] = [this.kinds[a] as NodeKind, this.kinds[b] as NodeKind];
      const kind: CooccurrenceEdge["kind"] =
        ka === "person" && kb === "person"
          ? "person-person"
          : ka === "organisation" && kb === "organisation"
            ? "organisation-organisation"
            : "person-organisation";
      // Within an edge, source and target in code-unit order, people before organisations.
      const [source, target] =
        ka === kb
          ? [this.ids[a] as string, this.ids[b] as string].sort()
          : ka === "person"
            ? [this.ids[a] as string, this.ids[b] as string]
            : [this.ids[b] as string, this.ids[a] as string];
      out.push({ source: source as string, target: target as string, weight, kind });
    }
    return out.sort(
      (x, y) =>
        y.weight - x.weight ||
        (x.source < y.source ? -1 : x.source > y.source ? 1 : 0) ||
        (x.target < y.target ? -1 : x.target > y.target ? 1 : 0),
    );
  }
}
