/**
 * Near-duplicates (issue 7): folded word shingles, MinHash, LSH banding, streaming groups.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { seeded } from "../scripts/seeded.js";
import { findNearDuplicates } from "../src/corpus/api.js";
import { BandIndex } from "../src/corpus/lsh.js";
import { estimateJaccard, minhash } from "../src/corpus/minhash.js";
import {
  duplicateSignature,
  NEAR_DUPLICATE_DEFAULTS,
  NearDuplicateIndex,
  nearDuplicateOptions,
} from "../src/corpus/near-duplicates.js";
import { foldForShingles, shingleHashes } from "../src/corpus/shingles.js";
import { analyze, fold, normalize } from "../src/index.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

const jaccard = (a: Uint32Array, b: Uint32Array) => {
  const A = new Set(a);
  const B = new Set(b);
  let common = 0;
  for (const x of A) if (B.has(x)) common++;
  return common / (A.size + B.size - common);
};

/** Other stories, written for the test, to sit next to the seed in a corpus. */
const OTHERS = [
  "Hà Nội: Xe buýt nhanh BRT bắt đầu thu phí\n\nSáng 6/2/2017, tuyến xe buýt nhanh BRT Kim Mã - Yên Nghĩa chính thức thu phí với giá vé 7.000 đồng mỗi lượt. Nhiều hành khách cho biết đi xe buýt nhanh tiết kiệm thời gian và thoải mái hơn xe máy. Xí nghiệp xe buýt nhanh đã tổ chức các điểm bán vé tháng tại bến xe Kim Mã và bến xe Yên Nghĩa.",
  "Phát triển ngành tôm bền vững\n\nNgày 6/2/2017, tại Cà Mau, Thủ tướng dự hội nghị phát triển ngành tôm Việt Nam. Thủ tướng yêu cầu các bộ, ngành kiên quyết xử lý tình trạng bơm tạp chất vào tôm, xây dựng thương hiệu tôm Việt Nam và quy hoạch vùng nuôi tôm tập trung.",
  "Quận 9: Hội nghị sơ kết công tác dân vận\n\nSáng ngày 10/8/2017, Quận ủy Quận 9 tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm. Hội nghị đánh giá kết quả thực hiện phong trào thi đua dân vận khéo và đề ra nhiệm vụ trọng tâm cho 6 tháng cuối năm.",
];

describe("shingles", () => {
  test("accents, tone style, NFD, case and layout do not change the shingles", () => {
    const base = shingleHashes(seed);
    for (const variant of [
      seed.normalize("NFD"),
      normalize(seed, { tone: "new" }).text,
      fold(seed).text,
      seed.toUpperCase(),
      seed.replace(/\n+/gu, " "),
      seed.replace(/[,.]/gu, " "),
    ]) {
      expect(jaccard(shingleHashes(variant), base)).toBe(1);
    }
  });

  test("fold for shingles: Quận ủy and quan uy are the same words", () => {
    expect(foldForShingles("Quận ủy Quận 9")).toBe(
      foldForShingles("quan uy quan 9").replace(/q/g, "Q"),
    );
    expect(shingleHashes("Quận ủy Quận 9", 2)).toEqual(shingleHashes("QUAN UY quan 9", 2));
  });

  test("short and empty texts", () => {
    expect(shingleHashes("").length).toBe(0);
    expect(shingleHashes("!!! ...").length).toBe(0);
    expect(shingleHashes("một hai").length).toBe(1);
    expect(shingleHashes("một hai ba bốn năm").length).toBe(2);
  });

  test("linear time on a long line of one character and on binary junk", () => {
    const t0 = performance.now();
    shingleHashes("a".repeat(2_000_000));
    shingleHashes("\u0000\ud800\udc00 x ".repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("MinHash", () => {
  test("the share of equal positions estimates Jaccard similarity", () => {
    const rnd = seeded(1);
    for (const target of [0.2, 0.5, 0.8]) {
      const common = Array.from(
        { length: Math.round(600 * target) },
        () => (rnd() * 2 ** 32) >>> 0,
      );
      const onlyA = Array.from(
        { length: Math.round(300 * (1 - target)) },
        () => (rnd() * 2 ** 32) >>> 0,
      );
      const onlyB = Array.from(
        { length: Math.round(300 * (1 - target)) },
        () => (rnd() * 2 ** 32) >>> 0,
      );
      const a = Uint32Array.from([...common, ...onlyA]);
      const b = Uint32Array.from([...common, ...onlyB]);
      const est = estimateJaccard(minhash(a, 256), minhash(b, 256));
      expect(Math.abs(est - jaccard(a, b))).toBeLessThan(0.1);
    }
  });

  test("deterministic, order-free, empty sets match nothing", () => {
    const s = shingleHashes(seed);
    expect(minhash(s)).toEqual(minhash(Uint32Array.from([...s].reverse())));
    expect(estimateJaccard(minhash(new Uint32Array(0)), minhash(new Uint32Array(0)))).toBe(0);
    expect(minhash(s).length).toBe(128);
  });
});

describe("LSH band index", () => {
  test("keeps the first article of each bucket and grows without losing any", () => {
    const index = new BandIndex(4, 2, 1024);
    const rnd = seeded(3);
    const sigs = Array.from({ length: 5000 }, () =>
      Uint32Array.from({ length: 8 }, () => (rnd() * 2 ** 32) >>> 0),
    );
    sigs.forEach((s, i) => {
      expect(index.query(s, i)).toEqual([]);
    });
    expect(index.buckets).toBe(20_000);
    // Every earlier signature is found again, by all its bands, as the first of its buckets.
    sigs.forEach((s, i) => {
      expect(index.query(s, 10_000 + i)).toEqual([i]);
    });
  });
});

describe("near-duplicate index", () => {
  const repost = (text: string) => {
    const lines = text.split("\n");
    // New title, byline cut, a paragraph dropped, NFD: a re-post with small edits.
    const body = lines.slice(1, -1).filter((_, i) => i !== 6);
    return ["Quận 9 tổ chức hội nghị tạo nguồn đảng viên", ...body].join("\n").normalize("NFD");
  };

  test("a re-post with small edits is grouped with its original; other stories are not", () => {
    const r = findNearDuplicates([seed, ...OTHERS, repost(seed), fold(OTHERS[0] as string).text]);
    expect(r.groups.map((g) => g.articles.map((a) => a.index))).toEqual([
      [0, 4],
      [1, 5],
    ]);
    const g = r.groups[0];
    expect(g?.articles[0]?.similarity).toBe(1);
    expect(g?.articles[1]?.similarity).toBeGreaterThan(0.6);
    expect(r.pairs.map((p) => [p.index, p.duplicateOfIndex])).toEqual([
      [4, 0],
      [5, 1],
    ]);
  });

  test("streaming: add returns the earlier articles a new one repeats", () => {
    const index = new NearDuplicateIndex();
    expect(index.add("a", seed)).toEqual([]);
    expect(index.add("b", OTHERS[0] as string)).toEqual([]);
    const m = index.add("c", seed.normalize("NFD"));
    expect(m).toEqual([{ index: 0, id: "a", similarity: 1 }]);
    expect(index.size).toBe(3);
    expect(index.pairs).toBe(1);
  });

  test("groups are transitive and numbered in order of their first article", () => {
    const index = new NearDuplicateIndex({ threshold: 0.3 });
    const words = seed.split(/\s+/u);
    const third = Math.floor(words.length / 3);
    const a = words.slice(0, 2 * third).join(" ");
    const b = words.slice(third / 2, 2 * third + third / 2).join(" ");
    const c = words.slice(third, words.length).join(" ");
    index.add(0, OTHERS[1] as string);
    index.add(1, a);
    index.add(2, b);
    index.add(3, c);
    const groups = index.groups();
    expect(groups.length).toBe(1);
    expect(groups[0]?.group).toBe(1);
    expect(groups[0]?.articles.map((x) => x.id)).toEqual([1, 2, 3]);
  });

  test("analyses are read through their normalised text", () => {
    const r = findNearDuplicates([
      { id: "x", analysis: analyze(seed) },
      { id: "y", text: seed.normalize("NFD") },
    ]);
    expect(r.groups[0]?.articles.map((a) => a.id)).toEqual(["x", "y"]);
  });

  test("empty and junk articles never match and never throw", () => {
    const r = findNearDuplicates(["", "", "\ud800", "!!!", { text: 42 as unknown as string }]);
    expect(r.groups).toEqual([]);
    const index = new NearDuplicateIndex();
    expect(index.addSignature("x", [])).toEqual([]);
    expect(index.addSignature("y", duplicateSignature(""))).toEqual([]);
  });

  test("options: defaults, and values out of range fall back to them", () => {
    expect(NEAR_DUPLICATE_DEFAULTS).toEqual({ threshold: 0.5, shingleSize: 4, bands: 32, rows: 4 });
    expect(nearDuplicateOptions({ threshold: 3, bands: 0, rows: 1.5, shingleSize: -1 })).toEqual(
      NEAR_DUPLICATE_DEFAULTS,
    );
    expect(nearDuplicateOptions({ bands: 200, rows: 30 })).toEqual(NEAR_DUPLICATE_DEFAULTS);
  });

  test("deterministic output", () => {
    const input = [seed, ...OTHERS, repost(seed)];
    expect(JSON.stringify(findNearDuplicates(input))).toBe(
      JSON.stringify(findNearDuplicates(input)),
    );
  });
});
