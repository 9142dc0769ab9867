import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { looksLikeHtml, normalizeHtml, readHtml } from "../src/html/index.js";
import { SegmentResult } from "../src/schema/sections.js";
import { segment } from "../src/segment/index.js";
import { expectLinearTime } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const page = readFileSync(new URL("../fixtures/segment/article.html", import.meta.url), "utf8");
const kinds = (html: string) => segment(html).sections.map((s) => s.kind);

describe("an article page", () => {
  test("sections come from the markup, boilerplate is skipped", () => {
    const r = segment(page);
    expect(r.format).toBe("html");
    expect(r.sections.map((s) => s.kind)).toEqual([
      "title",
      "dateline",
      "lead",
      "caption",
      "body",
      "heading",
      "body",
      "quote",
      "list",
      "list",
      "byline",
    ]);
    const all = r.sections.map((s) => s.text).join("\n");
    for (const junk of [
      "Trang chủ",
      "Quảng cáo",
      "bantinAds",
      "Đọc nhiều nhất",
      "Tin liên quan",
      "©",
    ]) {
      expect(all).not.toContain(junk);
    }
  });

  test("every span points into the HTML string, entities included", () => {
    const r = segment(page, { words: true });
    expect(SegmentResult.parse(r)).toEqual(r);
    expect(expectSpansPointIntoSource(r, page)).toBeGreaterThan(200);
    const quote = r.sections.find((s) => s.kind === "quote");
    expect(quote?.text).toContain("tiến độ &amp; bảo đảm");
    const amp = quote?.sentences[0]?.tokens?.find((t) => t.text === "&amp;");
    expect(amp?.kind).toBe("punct");
    const dash = r.sections[6]?.sentences[0]?.tokens?.find((t) => t.text === "&ndash;");
    expect(dash?.kind).toBe("punct");
  });

  test("metadata from the text and from <meta>", () => {
    const { metadata } = segment(page);
    expect(metadata.title).toBe("Khánh thành cầu mới nối hai quận");
    expect(metadata.source).toBe("Chinhphu.vn");
    expect(metadata.authors).toEqual(["Hoàng Lâm"]);
    expect(metadata.published).toBe("2017-08-05T10:30+07:00");
  });

  test("the normalised result maps into the HTML too", () => {
    const { normalized } = normalizeHtml(page);
    expect(normalized.source).toBe(page);
    const i = normalized.text.indexOf("tiến độ & bảo");
    const span = normalized.spanToInput({ start: i + 8, end: i + 9 });
    expect(page.slice(span.start, span.end)).toBe("&amp;");
  });
});

describe("a page laid out like a big Vietnamese news site", () => {
  const vne = readFileSync(
    new URL("../fixtures/segment/vnexpress-like.html", import.meta.url),
    "utf8",
  );

  test("main column named 'sidebar', caption table, bold inter-title, right-aligned author", () => {
    const r = segment(vne, { tokens: false });
    expect(r.sections.map((s) => s.kind)).toEqual([
      "title",
      "dateline",
      "lead",
      "caption",
      "body",
      "heading",
      "body",
      "byline",
    ]);
    expect(r.metadata).toMatchObject({
      title: "Hà Nội ra quân xử lý vi phạm giao thông",
      authors: ["Bá Đô"],
      datelinePlace: "Hà Nội",
      published: "2017-02-06T08:30+07:00",
    });
    const all = r.sections.map((s) => s.text).join("\n");
    for (const junk of ["Thời sự", "Tin liên quan", "Facebook", "Xem nhiều", "bản quyền"]) {
      expect(all).not.toContain(junk);
    }
    expectSpansPointIntoSource(r, vne);
  });
});

describe("reading HTML", () => {
  test("entities decode and map to their whole source text", () => {
    const html = "<p>A &amp; B&nbsp;C &#7879; x&lt;y</p>";
    const r = readHtml(html);
    expect(r.text).toBe("A & B C ệ x<y");
    const at = r.map.spanToSource({ start: 2, end: 3 });
    expect(html.slice(at.start, at.end)).toBe("&amp;");
    const e = r.map.spanToSource({ start: 8, end: 9 });
    expect(html.slice(e.start, e.end)).toBe("&#7879;");
  });

  test("a paragraph that opens with an entity keeps a span without the tags before it", () => {
    const html =
      "<article><h1>Tiêu đề</h1><p>Đoạn đầu tiên của bài.</p><p>&ldquo;Tôi sẽ đi&rdquo;, ông nói.</p></article>";
    const r = segment(html, { format: "html" });
    const last = r.sections[r.sections.length - 1];
    expect(last?.text).toBe("&ldquo;Tôi sẽ đi&rdquo;, ông nói.");
    expect(last?.sentences[0]?.tokens?.[0]?.text).toBe("&ldquo;");
    expectSpansPointIntoSource(r, html);
  });

  test("blocks are separated by blank lines; <br> is a line break", () => {
    expect(readHtml("<div><p>Một</p><p>Hai<br>ba</p></div>").text).toBe("Một\n\nHai\nba");
  });

  test("inline markup does not split words or paragraphs", () => {
    expect(readHtml("<p>Tiếp<b>đó</b> <i>là</i> hội nghị</p>").text).toBe("Tiếpđó là hội nghị");
  });

  test.each([
    ["unclosed tags", "<div><p>Đoạn một<p>Đoạn hai <b>đậm<div>Khác"],
    ["misnested", "<p><b>Một <i>hai</b> ba</i></p>"],
    ["stray brackets", "<p>a < b > c</p><<>>"],
    ["attributes only", '<div class="x" id=">"></div>'],
    ["comments", "<!-- <p>ẩn</p> --><p>hiện</p>"],
  ])("malformed HTML (%s) gives a valid result", (_name, html) => {
    const r = segment(html, { format: "html" });
    expect(SegmentResult.safeParse(r).success).toBe(true);
    expectSpansPointIntoSource(r, html);
  });

  test("a page with no article gives `other` sections only", () => {
    const html =
      '<html><body><nav><a href="/">Trang chủ</a></nav><div class="menu">Thời sự | Kinh tế</div><div>Đăng nhập</div><div>Liên hệ</div></body></html>';
    const r = segment(html);
    expect(r.sections.every((s) => s.kind === "other")).toBe(true);
    expectSpansPointIntoSource(r, html);
  });

  test("a page of scripts and styles only gives no section", () => {
    expect(
      segment("<html><head><script>var a=1;</script><style>p{}</style></head><body></body></html>")
        .sections,
    ).toEqual([]);
  });

  test("deep nesting does not overflow the stack", () => {
    const html = `${"<div>".repeat(20_000)}<p>Nội dung sâu.</p>${"</div>".repeat(20_000)}`;
    const r = segment(html);
    expect(r.sections.map((s) => s.text)).toEqual(["Nội dung sâu."]);
  });

  test("linear time on a large page", () => {
    const para =
      "<p>Hội nghị cũng đã ghi nhận được 06 ý kiến phát biểu &amp; đóng góp, TP.HCM v.v.</p>\n";
    expectLinearTime(
      (h) => segment(h, { tokens: false }),
      (n) => `<article>${para.repeat(n / para.length)}</article>`,
      300_000,
    );
  });
});

describe("format detection", () => {
  test.each([
    ["<p>Một</p><p>Hai</p>", true],
    ["<!DOCTYPE html><title>x</title>", true],
    ["Giá 5 < 6 và 7 > 3", false],
    ["Quận 9: Tổ chức hội nghị\n\nBản tin quận 9", false],
    ["a <b>đậm</b> chữ", true],
    ["x <y, y> z", false],
  ])("%s → html: %s", (input, html) => expect(looksLikeHtml(input)).toBe(html));

  test("format: plain reads markup as text", () => {
    const r = segment("<p>Một</p><p>Hai</p>", { format: "plain" });
    expect(r.format).toBe("plain");
    expect(r.sections[0]?.text).toBe("<p>Một</p><p>Hai</p>");
  });

  test("bytes input with HTML", () => {
    const r = segment(new TextEncoder().encode(page));
    expect(r.format).toBe("html");
    expect(r.sections[0]?.kind).toBe("title");
  });
});

test("a fragment without a title tag reads its first line as the title", () => {
  expect(
    kinds(
      "<p>Khánh thành cầu mới</p><p>Sáng 5/8, cây cầu dài 1.200m nối hai quận đã được khánh thành sau 2 năm thi công, giảm tải cho các tuyến đường.</p>",
    ),
  ).toEqual(["title", "lead"]);
});
