// natural ships no declaration for this deep path; its index.d.ts declares the same functions.
declare module "natural/lib/natural/distance/levenshtein_distance.js" {
  const distances: {
    /** Levenshtein edit distance of two strings (insertions, deletions, substitutions). */
    LevenshteinDistance(source: string, target: string): number;
  };
  export default distances;
}
