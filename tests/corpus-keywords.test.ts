/**
 * Keywords (issue 7): terms from bantin's words with Vietnamese stop words left out, and BM25 through
 * wink-nlp's vectorizer fed with streamed corpus statistics.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import bm25Vectorizer from "wink-nlp/utilities/bm25-vectorizer.js";
import { keywords, termsOfArticle } from "../src/corpus/api.js";
import {
  KEYWORD_DEFAULTS,
  KeywordScorer,
  keywordsOfTerms,
  TermDictionary,
} from "../src/corpus/keywords.js";
import { isStopWord } from "../src/corpus/stopwords.js";
import { alignmentOf, articleTerms, termKey, termsOfAnalysis } from "../src/corpus/terms.js";
import { analyze } from "../src/index.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

/** Short articles of different topics, so that IDF tells them apart. */
const CORPUS = [
  "Xe buýt nhanh BRT thu phí\n\nSáng 6/2, tuyến xe buýt nhanh BRT Kim Mã - Yên Nghĩa bắt đầu thu phí. Hành khách mua vé tháng tại bến xe Kim Mã. Xe buýt nhanh chạy đúng giờ.",
  "Nuôi tôm ở Cà Mau\n\nNông dân Cà Mau mở rộng diện tích nuôi tôm nước lợ. Tôm sú và tôm thẻ chân trắng cho lãi cao, nhưng nông dân lo tạp chất trong tôm.",
  "Lễ hội chùa Hương khai hội\n\nLễ hội chùa Hương năm nay đón hàng nghìn du khách. Ban tổ chức lễ hội yêu cầu không chen lấn. Lễ hội kéo dài ba tháng.",
  "Giá vàng tăng mạnh\n\nGiá vàng SJC sáng nay tăng mạnh. Các cửa hàng vàng tại Hà Nội đông khách mua vàng ngày vía Thần Tài.",
];

describe("terms", () => {
  test("stop words, numbers and punctuation are not terms; words are joined", () => {
    const { terms } = articleTerms(CORPUS[0] as string);
    expect(terms).toContain("xe buýt");
    expect(terms).toContain("hành khách");
    expect(terms).toContain("brt");
    for (const t of terms) {
      expect(isStopWord(t)).toBe(false);
      expect(t).not.toMatch(/^\d/u);
    }
    expect(terms).not.toContain("sáng");
  });

  test("termKey: lower case, syllables joined by a space, stop words and junk refused", () => {
    expect(termKey("hội_nghị")).toBe("hội nghị");
    expect(termKey("Cao_Văn_Minh")).toBe("cao văn minh");
    expect(termKey("TP.")).toBeUndefined(); // `tp` is a stop word
    expect(termKey("của")).toBeUndefined();
    expect(termKey("cho_biết")).toBeUndefined();
    expect(termKey("a")).toBeUndefined();
    expect(termKey("2017")).toBeUndefined();
    expect(termKey("UBND")).toBe("ubnd");
  });

  test("names keep their written form; short forms of a name count for the full name", () => {
    const t = articleTerms(
      "Bí thư làm việc tại quận 2\n\nÔng Huỳnh Thanh Khiết báo cáo tình hình. Ông Khiết cho biết quận có 54 vụ tai nạn. Khiết đề nghị thêm cảnh sát.",
    );
    expect(t.terms.filter((x) => x === "huỳnh thanh khiết").length).toBe(3);
    expect(t.terms).not.toContain("khiết");
    expect(t.surfaces.get("huỳnh thanh khiết")).toBe("Huỳnh Thanh Khiết");
  });

  test("bylines and photo credits are not terms", () => {
    const t = articleTerms(seed);
    expect(t.terms).not.toContain("ngọc thắm"); // the byline
    const credited = articleTerms(
      "Xe buýt nhanh đông khách\n\nNhiều hành khách đi xe buýt nhanh sáng nay. Ảnh: Phương Sơn\n\nXe buýt nhanh chạy đúng giờ (Ảnh: Lê Hiếu) trên tuyến Kim Mã.",
    );
    expect(credited.terms).not.toContain("phương sơn");
    expect(credited.terms).not.toContain("lê hiếu");
    expect(credited.terms).toContain("kim mã");
  });

  test("title terms come first and are counted", () => {
    const t = articleTerms(CORPUS[1] as string);
    expect(t.title).toBe("Nuôi tôm ở Cà Mau");
    expect(t.titleTerms).toBeGreaterThan(0);
    expect(t.terms.slice(0, t.titleTerms)).toContain("tôm");
  });

  test("terms from an analysis's sections equal the terms from the text", () => {
    const a = analyze(seed);
    expect(termsOfArticle({ analysis: a }).terms).toEqual(articleTerms(seed).terms);
  });

  test("analyses: spans mapped through the alignment (NFD, HTML), or sections read alone", () => {
    const nfd = seed.normalize("NFD");
    const a = analyze(nfd);
    expect(alignmentOf(a)).toBeDefined();
    expect(termsOfAnalysis(a).terms).toEqual(articleTerms(nfd).terms);
    // A record cut with --fields (no normalised text, no alignment): each section read alone.
    expect(termsOfAnalysis({ sections: a.sections }).terms).toEqual(articleTerms(nfd).terms);
    // A malformed alignment is not trusted.
    const broken = { ...a, normalized: { ...a.normalized, alignment: [[5, 2, 0, 0]] } } as never;
    expect(alignmentOf(broken)).toBeUndefined();
    expect(termsOfAnalysis(broken).terms).toEqual(articleTerms(nfd).terms);
    const html =
      "<html><body><article><h1>Nuôi tôm ở Cà Mau</h1><p>Nông dân Cà Mau mở rộng diện tích nuôi tôm nước lợ &amp; tôm sú.</p><p>Tôm thẻ chân trắng cho lãi cao.</p></article></body></html>";
    expect(termsOfAnalysis(analyze(html)).terms).toEqual(articleTerms(html).terms);
  });

  test("HTML input: the article's words, not the markup", () => {
    const html =
      "<html><head><title>x</title><script>var tom = 1</script></head><body><h1>Nuôi tôm ở Cà Mau</h1><p>Nông dân nuôi tôm sú.</p></body></html>";
    const t = articleTerms(html);
    expect(t.terms).toContain("tôm");
    expect(t.terms).not.toContain("var");
    expect(t.terms).not.toContain("script");
  });

  test("never throws: empty, junk, lone surrogates, NFD", () => {
    for (const input of ["", "\u0000\ud800x", "!!!", "a".repeat(50_000), seed.normalize("NFD")]) {
      const t = articleTerms(input);
      expect(Array.isArray(t.terms)).toBe(true);
    }
    expect(articleTerms(seed.normalize("NFD")).terms).toEqual(articleTerms(seed).terms);
  });
});

describe("BM25 through wink-nlp", () => {
  test("weights equal wink's own learn() + doc(n).out() on the same corpus", () => {
    const docs = CORPUS.map((c) => articleTerms(c).terms as string[]);
    const wink = bm25Vectorizer({ k: 1, k1: 3, b: 0.75, norm: "none" });
    for (const d of docs) wink.learn(d);
    const dictionary = new TermDictionary(1);
    const vectors = docs.map((d) =>
      dictionary.add({ terms: d, surfaces: new Map(), titleTerms: 0 }),
    );
    const scorer = new KeywordScorer(dictionary, { top: 1000, k1: 3, titleWeight: 1 });
    docs.forEach((_, i) => {
      const expected = wink.doc(i).out() as unknown as Record<string, number>;
      const got = Object.fromEntries(
        scorer.keywords(vectors[i] as never).map((k) => [k.key, k.score]),
      );
      expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
      for (const [term, w] of Object.entries(expected)) expect(got[term]).toBeCloseTo(w, 5);
    });
  });

  test("an article's subject words come first", () => {
    const r = keywords(CORPUS, { top: 3 });
    expect(r.articles.map((a) => a.keywords[0]?.key)).toEqual(["xe buýt", "tôm", "lễ hội", "vàng"]);
    for (const a of r.articles) {
      for (const k of a.keywords) expect(isStopWord(k.key)).toBe(false);
    }
  });

  test("corpus keywords count the articles a term is a keyword of", () => {
    const r = keywords([...CORPUS, CORPUS[1] as string], { top: 3 });
    const tom = r.corpus.find((k) => k.key === "tôm");
    expect(tom?.articles).toBe(2);
    expect(tom?.documentFrequency).toBe(2);
    expect(r.corpus[0]?.key).toBe("tôm");
  });

  test("options: defaults, and out-of-range values fall back to them", () => {
    expect(KEYWORD_DEFAULTS).toEqual({ top: 10, k1: 3, b: 0.75, titleWeight: 3 });
    const r = keywordsOfTerms(
      CORPUS.map((c, i) => ({ id: i, terms: articleTerms(c) })),
      { top: -4, k1: Number.NaN, b: 7 },
    );
    expect(r.articles[0]?.keywords.length).toBeLessThanOrEqual(10);
  });

  test("deterministic, and safe for terms named like Object.prototype members", () => {
    const input = [...CORPUS, "constructor toString valueOf __proto__ hasOwnProperty"];
    const a = JSON.stringify(keywords(input));
    expect(JSON.stringify(keywords(input))).toBe(a);
    const last = keywords(input).articles[4];
    for (const k of last?.keywords ?? []) expect(Number.isFinite(k.score)).toBe(true);
  });

  test("an empty corpus and empty articles", () => {
    expect(keywords([])).toEqual({ articles: [], corpus: [] });
    const r = keywords(["", "!!!"]);
    expect(r.articles.map((a) => a.keywords)).toEqual([[], []]);
  });
});
