// natural ships no declaration for this deep path; its index.d.ts declares the same function.
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  /** Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal). */
  export default function JaroWinklerDistance(
    s1: string,
    s2: string,
    options?: { ignoreCase?: boolean; dj?: number },
  ): number;
}
