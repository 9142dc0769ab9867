import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { SegmentResult } from "../src/schema/sections.js";
import { segment } from "../src/segment/index.js";
import { expectLinearTime } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");
const kinds = (input: string) => segment(input).sections.map((s) => s.kind);

describe("the seed article", () => {
  test("comes out as title, kicker, lead, body, caption, body, byline", () => {
    expect(kinds(seed)).toEqual(["title", "kicker", "lead", "body", "caption", "body", "byline"]);
  });

  test("sections, sentences and tokens point into the input, and the schema accepts them", () => {
    const r = segment(seed);
    expect(SegmentResult.parse(r)).toEqual(r);
    expect(expectSpansPointIntoSource(r, seed)).toBeGreaterThan(500);
    const caption = r.sections[4];
    expect(caption?.text).toBe(
      "Đồng chí Cao Văn Minh Phó Bí thư Thường trực Quận ủy phát biểu chỉ đạo tại hội nghị.",
    );
    expect(r.sections[6]?.text).toBe("Ngọc Thắm");
    // The lead's two sentences; the missing space in "04/8/2017,Quận" does not split.
    expect(r.sections[2]?.sentences.map((s) => s.text.slice(0, 20))).toEqual([
      "Sáng ngày 04/8/2017,",
      "Tham dự và chủ trì h",
    ]);
  });

  test("metadata: title, kicker, author", () => {
    const { metadata } = segment(seed);
    expect(metadata.title).toBe(
      "Quận 9: Tổ chức hội nghị chuyên đề về công tác tạo nguồn phát triển đảng viên",
    );
    expect(metadata.kicker).toBe("Bản tin quận 9");
    expect(metadata.authors).toEqual(["Ngọc Thắm"]);
    expect(metadata.source).toBeUndefined();
    expect(metadata.published).toBeUndefined();
  });

  test.each([
    ["CRLF line breaks", (s: string) => s.replace(/\n/g, "\r\n")],
    ["tabs for indentation", (s: string) => s.replace(/^\u00a0+/gmu, "\t\t")],
    ["spaces for NBSP", (s: string) => s.replace(/\u00a0/g, " ")],
    ["NFD text", (s: string) => s.normalize("NFD")],
  ])("the same sections with %s", (_name, change) => {
    const input = change(seed);
    expect(kinds(input)).toEqual(["title", "kicker", "lead", "body", "caption", "body", "byline"]);
    expect(expectSpansPointIntoSource(segment(input), input)).toBeGreaterThan(100);
  });

  test("hard-wrapped at 72 columns: paragraphs stay whole", () => {
    const wrap = (p: string) => {
      const lines: string[] = [];
      let line = "";
      for (const word of p.split(/ +/)) {
        if (`${line} ${word}`.trim().length > 72) {
          lines.push(line);
          line = word;
        } else line = `${line} ${word}`.trim();
      }
      if (line) lines.push(line);
      return lines.join("\n");
    };
    const paras = seed
      .replace(/\u00a0/g, " ")
      .split(/\n\s*\n+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const wrapped = paras.map(wrap).join("\n\n");
    const r = segment(wrapped, { tokens: false });
    expect(r.sections.map((x) => x.kind)).toEqual([
      "title",
      "kicker",
      "lead",
      "body",
      "caption",
      "body",
      "byline",
    ]);
    expect(r.sections[5]?.text.split("\n").length).toBeGreaterThan(20);
  });

  test("analyze fills sections and metadata, without tokens unless asked", async () => {
    // Imported here so that a broken later stage fails this test only, not the whole file.
    const { analyze } = await import("../src/analyze.js");
    const a = analyze(seed);
    expect(a.sections.map((s) => s.kind)).toEqual(kinds(seed));
    expect(a.sections[2]?.sentences[0]?.tokens).toBeUndefined();
    const b = analyze(seed, { tokens: true, words: true });
    expect(b.sections[2]?.sentences[0]?.tokens?.length).toBeGreaterThan(10);
    expect(b.sections[0]?.sentences[0]?.words?.map((w) => w.form)).toContain("hội_nghị");
  });
});

describe("corpus: one small article per section kind", () => {
  const article = (...paras: string[]) => paras.join("\n\n");

  test("dateline, source and a caption with a photo cue", () => {
    const text = article(
      "Hà Nội ra quân xử lý vi phạm giao thông",
      "HÀ NỘI - Sáng 5/8, lực lượng chức năng ra quân xử lý vi phạm trên nhiều tuyến phố trung tâm.",
      "Lực lượng CSGT kiểm tra nồng độ cồn - Ảnh: Yến Chi",
      "Theo kế hoạch, đợt cao điểm kéo dài đến hết tháng 9 với nhiều nội dung kiểm tra khác nhau, tập trung vào các lỗi vi phạm nồng độ cồn và tốc độ.",
      "Theo VnExpress",
    );
    const r = segment(text);
    expect(r.sections.map((s) => s.kind)).toEqual([
      "title",
      "dateline",
      "lead",
      "caption",
      "body",
      "source",
    ]);
    expect(r.sections[1]?.text).toBe("HÀ NỘI -");
    expect(r.metadata.datelinePlace).toBe("Hà Nội");
    expect(r.metadata.source).toBe("VnExpress");
  });

  test("agency dateline with a date in it, byline with a label", () => {
    const text = article(
      "Khánh thành cầu mới",
      "TP.HCM, ngày 5/8/2017 - Cây cầu dài 1.200m được khánh thành sau 2 năm thi công.",
      "Cầu nối hai quận và giảm tải cho các tuyến đường hiện hữu trong giờ cao điểm, theo Sở Giao thông vận tải.",
      "Bài và ảnh: Hoàng Lâm",
    );
    const r = segment(text);
    expect(r.sections.map((s) => s.kind)).toEqual(["title", "dateline", "lead", "body", "byline"]);
    expect(r.metadata.published).toBe("2017-08-05");
    expect(r.metadata.datelinePlace).toBe("TP.HCM");
    expect(r.metadata.authors).toEqual(["Hoàng Lâm"]);
  });

  test("an agency in brackets opens the lead", () => {
    const text = article(
      "Chính phủ họp phiên thường kỳ",
      "(Chinhphu.vn) - Sáng nay, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 7.",
      "Phiên họp thảo luận tình hình kinh tế - xã hội và nhiều nội dung quan trọng khác của đất nước.",
    );
    const r = segment(text);
    expect(r.sections.map((s) => s.kind)).toEqual(["title", "dateline", "lead", "body"]);
    expect(r.metadata.source).toBe("Chinhphu.vn");
  });

  test("headings, numbered list, quote, trailing credits", () => {
    const text = [
      "Ba cách giữ sức khỏe mùa nóng",
      "Mùa nóng đến, nhiều người gặp vấn đề về sức khỏe nếu không chuẩn bị kỹ lưỡng từ trước.",
      "Uống đủ nước",
      "Mỗi ngày cần uống từ 1,5 đến 2 lít nước, chia đều trong ngày, không nên đợi đến khi khát mới uống vì lúc đó cơ thể đã thiếu nước.",
      "1. Nước lọc.",
      "2. Nước trái cây.",
      "3. Sữa ít béo.",
      "“Người cao tuổi và trẻ nhỏ là những đối tượng cần được chú ý nhất trong những ngày nắng nóng kéo dài.”",
      "Minh Anh",
      "(Tổng hợp)",
    ].join("\n");
    expect(kinds(text)).toEqual([
      "title",
      "lead",
      "heading",
      "body",
      "list",
      "list",
      "list",
      "quote",
      "byline",
      "source",
    ]);
  });
});

describe("flattened text: the credit glued to the last paragraph", () => {
  const article = (body: string) =>
    `Giá dầu giảm mạnh\n\n${"Giá dầu thô trên thị trường thế giới giảm mạnh trong phiên hôm qua. ".repeat(3)}${body}`;

  test.each([
    ["Giá dầu Brent xuống 55,05 USD/thùng. T.Lê", [["byline", "T.Lê"]]],
    ["Phó giám đốc công ty cho hay. Phương Anh Linh", [["byline", "Phương Anh Linh"]]],
    ["Nội thất nhận nhiều nâng cấp. Theo Vnexpress", [["source", "Theo Vnexpress"]]],
    [
      "Hình ảnh gây phản cảm. Cao Nguyên Theo Đời sống Plus",
      [
        ["byline", "Cao Nguyên"],
        ["source", "Theo Đời sống Plus"],
      ],
    ],
  ])("%s", (body, expected) => {
    const r = segment(article(body), { tokens: false });
    const credits = r.sections.filter((s) => s.kind === "byline" || s.kind === "source");
    expect(credits.map((s) => [s.kind, s.text])).toEqual(expected);
    expect(r.sections[r.sections.length - credits.length - 1]?.text.endsWith(".")).toBe(true);
  });

  test("a sentence that ends on a name with a stop is not a byline", () => {
    const r = segment(article("Người được nhắc đến là ông Minh."), { tokens: false });
    expect(r.sections.map((s) => s.kind)).toEqual(["title", "lead"]);
  });
});

describe("captions without a photo cue", () => {
  const long =
    "Lễ hội ở Đông Cuông là lễ hội thờ Thánh Mẫu, có nguồn gốc từ tín ngưỡng nông nghiệp của cư dân vùng thung lũng sông Hồng, được tổ chức vào đầu xuân hằng năm với nhiều nghi lễ.";

  test("a role and a name on a line of their own is a portrait caption; a name alone is a heading", () => {
    const text = [
      "Bàn về lễ hội đầu xuân",
      long,
      "Giáo sư Trần Lâm Biền",
      long,
      "Ngọc Trinh",
      long,
      long,
    ].join("\n");
    const kinds = segment(text, { tokens: false }).sections.map((s) => s.kind);
    expect(kinds).toEqual(["title", "lead", "caption", "body", "heading", "body", "body"]);
  });
});

describe("bad input never throws", () => {
  test.each([
    ["empty", ""],
    ["blank", "\n\n \u00a0\n"],
    ["one word", "hôm nay"],
    ["no title: one long paragraph", "Sáng 5/8, hội nghị diễn ra. ".repeat(40)],
    [
      "binary junk",
      String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 7919) % 65536)),
    ],
    ["lone surrogates", "\ud800\n\n\udc00 abc"],
  ])("%s", (_name, input) => {
    const r = segment(input);
    expect(SegmentResult.safeParse(r).success).toBe(true);
    expectSpansPointIntoSource(r, input);
  });

  test("input with no title gives no title section", () => {
    expect(kinds("Sáng 5/8, hội nghị diễn ra. ".repeat(40))).toEqual(["body"]);
  });

  test("a 5 MB paragraph: a valid result in linear time", () => {
    const big = "Hội nghị cũng đã ghi nhận được 06 ý kiến phát biểu, TP.HCM v.v. ".repeat(80_000);
    expect(big.length).toBeGreaterThan(5_000_000);
    const r = segment(big, { tokens: false });
    expect(r.sections).toHaveLength(1);
    expectLinearTime(
      (s) => segment(s, { tokens: false }),
      (n) => big.slice(0, n),
      400_000,
    );
  });
});
