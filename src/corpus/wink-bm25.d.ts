// wink-nlp declares this module without the `.js` suffix that NodeNext resolution needs for a deep
// import; this is the same declaration under the path bantin imports.
declare module "wink-nlp/utilities/bm25-vectorizer.js" {
  /** BM25 parameters: `k` is added inside the IDF's logarithm, `k1` saturates term frequency, `b` normalises length. */
  export interface BM25VectorizerConfig {
    k?: number;
    k1?: number;
    b?: number;
    norm?: "l1" | "l2" | "none";
  }

  export interface BM25Vectorizer {
    learn(tokens: string[]): void;
    out<T>(f: (...args: never[]) => T): T;
    doc(n: number): { out<T>(f?: (...args: never[]) => T): T; length(): number };
    vectorOf(tokens: string[]): number[];
    bowOf(tokens: string[], processOOV?: boolean): Record<string, number>;
    config(): Required<BM25VectorizerConfig>;
    loadModel(json: string): void;
  }

  export default function bm25Vectorizer(config?: BM25VectorizerConfig): BM25Vectorizer;
}
