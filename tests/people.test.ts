import { describe, expect, test } from "vitest";
import { sameName } from "../src/extract/person/similarity.js";
import { extractPeople, type Person } from "../src/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

/** The one person in `text`, checked for span consistency. */
function expectSingle(text: string): Person {
  const people = extractPeople(text);
  expectSpansPointIntoSource(people, text);
  expect(
    people.map((p) => p.name),
    text,
  ).toHaveLength(1);
  return people[0] as Person;
}
/** No person in `text`. */
function expectNone(text: string): void {
  expect(
    extractPeople(text).map((p) => p.name),
    text,
  ).toEqual([]);
}
/** Titles as `role [qualifier] | organisation` strings. */
const titles = (p: Person) =>
  p.titles.map(
    (t) => `${t.role}${t.qualifier ? ` ${t.qualifier}` : ""} | ${t.organisationName ?? ""}`,
  );

describe("titles in every order the press uses", () => {
  // Each example is documentation and test: the text, the name, the titles found.
  test.each([
    [
      "đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy.",
      "Cao Văn Minh",
      ["Phó Bí thư Thường trực | Quận ủy"],
    ],
    [
      "đồng chí Cao Văn Minh, Phó Bí thư Thường trực Quận ủy phát biểu.",
      "Cao Văn Minh",
      ["Phó Bí thư Thường trực | Quận ủy"],
    ],
    [
      "đồng chí Cao Văn Minh: Phó Bí thư Thường trực Quận ủy.",
      "Cao Văn Minh",
      ["Phó Bí thư Thường trực | Quận ủy"],
    ],
    [
      "đồng chí Cao Văn Minh (Phó Bí thư Thường trực Quận ủy) dự.",
      "Cao Văn Minh",
      ["Phó Bí thư Thường trực | Quận ủy"],
    ],
    [
      "Đồng chí Cao Văn Minh Phó Bí thư Thường trực Quận ủy phát biểu.",
      "Cao Văn Minh",
      ["Phó Bí thư Thường trực | Quận ủy"],
    ],
    [
      "Phó Bí thư Thường trực Quận ủy Cao Văn Minh phát biểu.",
      "Cao Văn Minh",
      ["Phó Bí thư Thường trực | Quận ủy"],
    ],
    [
      "ông Nguyễn Văn An, Chủ tịch UBND phường Minh Khai, cho biết.",
      "Nguyễn Văn An",
      ["Chủ tịch | Ủy ban nhân dân phường Minh Khai"],
    ],
    [
      "ông Trần Văn Bình, Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy, Chủ tịch HĐND quận",
      "Trần Văn Bình",
      ["Ủy viên | Ban Thường vụ Thành ủy", "Bí thư | Quận ủy", "Chủ tịch | Hội đồng nhân dân quận"],
    ],
    [
      "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Tasco Lê Văn Tư",
      "Lê Văn Tư",
      ["Chủ tịch | Hội đồng quản trị Công ty Tasco", "Tổng Giám đốc | Công ty Tasco"],
    ],
    [
      "Thứ trưởng Bộ GD&ĐT Nguyễn Thị Nghĩa",
      "Nguyễn Thị Nghĩa",
      ["Thứ trưởng | Bộ Giáo dục và Đào tạo"],
    ],
    ["Giám đốc Sở Y tế Nguyễn Khắc Hiền cho biết", "Nguyễn Khắc Hiền", ["Giám đốc | Sở Y tế"]],
    [
      "Trưởng ban Tuyên giáo Thành ủy Đà Nẵng Nguyễn Thanh Quang",
      "Nguyễn Thanh Quang",
      ["Trưởng ban | Ban Tuyên giáo Thành ủy Đà Nẵng"],
    ],
    [
      "ông Trần Văn Hiếu - Trưởng Công an quận 2 cho biết",
      "Trần Văn Hiếu",
      ["Trưởng | Công an Quận 2"],
    ],
    ["Cục trưởng Cục Kiểm lâm Nguyễn Quốc Trị", "Nguyễn Quốc Trị", ["Cục trưởng | Cục Kiểm lâm"]],
  ])("%s", (text, name, expected) => {
    const p = expectSingle(text);
    expect(p.name).toBe(name);
    expect(titles(p)).toEqual(expected);
  });

  test("acting (quyền) and former (nguyên, cựu)", () => {
    const acting = expectSingle("Quyền Chủ tịch UBND tỉnh Lê Văn Ba ký quyết định.");
    expect(acting.titles[0]).toMatchObject({ role: "Chủ tịch", acting: true, former: false });
    const former = expectSingle("nguyên Bí thư Thành ủy Hội An Nguyễn Sự cho rằng");
    expect(former.titles[0]).toMatchObject({ role: "Bí thư", acting: false, former: true });
    expect(former.titles[0]?.organisationName).toBe("Thành ủy Hội An");
  });

  test("a title said of the subject (`thôi giữ chức`) is theirs, and former", () => {
    const p = expectSingle(
      "Ông Lê Minh Trung thôi giữ chức Bí thư Quận ủy Thanh Khê và nhận nhiệm vụ mới.",
    );
    expect(p.titles[0]).toMatchObject({
      role: "Bí thư",
      organisationName: "Quận ủy Thanh Khê",
      former: true,
    });
  });

  test("a place standing for its body: `Bí thư Quận 2`, `Chủ tịch Hà Nội`", () => {
    expect(titles(expectSingle("Bí thư Quận 2 Nguyễn Hoài Nam cho biết"))).toEqual([
      "Bí thư | Quận ủy Quận 2",
    ]);
    expect(titles(expectSingle("Chủ tịch Hà Nội Nguyễn Đức Chung yêu cầu"))).toEqual([
      "Chủ tịch | Ủy ban nhân dân thành phố Hà Nội",
    ]);
  });

  test("foreign officials: a title with a country, a foreign name", () => {
    const p = expectSingle("Bộ trưởng Quốc phòng Mỹ James Mattis đã tới.");
    expect(p.name).toBe("James Mattis");
    expect(titles(p)).toEqual(["Bộ trưởng | Bộ Quốc phòng Mỹ"]);
  });
});

describe("honorifics and ranks apart from the name", () => {
  test.each([
    ["Đại tá Lê Minh Quang, Giám đốc Công an tỉnh Sóc Trăng", "Lê Minh Quang", ["Đại tá"]],
    ["Thiếu tướng Nguyễn Văn Sơn phát biểu", "Nguyễn Văn Sơn", ["Thiếu tướng"]],
    [
      "PGS.TS Nguyễn Bảo Hoàng Thanh phát biểu",
      "Nguyễn Bảo Hoàng Thanh",
      ["Phó Giáo sư", "Tiến sĩ"],
    ],
    ["GS.TS. Trần Văn Nam cho biết", "Trần Văn Nam", ["Giáo sư", "Tiến sĩ"]],
    ["ThS. Lê Thị Hoa trình bày", "Lê Thị Hoa", ["Thạc sĩ"]],
    ["BS. Trương Hữu Khanh khuyên", "Trương Hữu Khanh", ["Bác sĩ"]],
    ["Nhà giáo Ưu tú Phạm Văn Tâm dạy", "Phạm Văn Tâm", ["Nhà giáo Ưu tú"]],
    ["Anh hùng Lao động Nguyễn Thị Lan nói", "Nguyễn Thị Lan", ["Anh hùng Lao động"]],
    ["bà Nguyễn Thị Bé Hai cho biết", "Nguyễn Thị Bé Hai", ["bà"]],
  ])("%s", (text, name, honorifics) => {
    const p = expectSingle(text);
    expect(p.name).toBe(name);
    expect(p.honorifics.map((h) => h.value)).toEqual(honorifics);
  });

  test("gender from ông/bà and from Thị", () => {
    expect(expectSingle("ông Nguyễn Đức Chung nói").gender).toBe("male");
    expect(expectSingle("Chủ tịch UBND xã Nguyễn Thị Thu Hồng nói").gender).toBe("female");
  });
});

describe("names", () => {
  test.each([
    ["Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu."],
    ["Y Thanh Hà Niê Kđăm", "Phó Chủ tịch Quốc hội Y Thanh Hà Niê Kđăm dự."],
    ["H'Hen Niê", "ông bà và chị H'Hen Niê đến."],
    ["Ksor Phước Hà", "Chủ tịch Hội đồng Dân tộc Ksor Phước Hà cho biết."],
    ["Trương Quang Nghĩa", "Trương Quang Nghĩa gửi thư khen."],
    ["Thongloun Sisoulith", "Thủ tướng Lào Thongloun Sisoulith tới Hà Nội."],
    ["Kim Jong-un", "Chủ tịch Kim Jong-un đã cách chức ông."],
  ])("%s", (name, text) => {
    expect(expectSingle(text).name).toBe(name);
  });

  test("lunar years, streets, places and capitalised words are not people", () => {
    expectNone("Tết trồng cây xuân Đinh Dậu 2017.");
    expectNone("Cửa hàng trên đường Nguyễn Trãi và phố Hàng Bài.");
    expectNone("Cử tri Hoàn Kiếm, Hai Bà Trưng, Tây Hồ phản ánh.");
    expectNone("thạc sĩ Quản lý công, tiến sỹ Lịch sử.");
    expectNone("Ảnh: Tá Lâm");
    expectNone("các đồng chí. Trong thời gian tới");
    expectNone("sông Tô Lịch chảy qua huyện.");
    expectNone("Kiên quyết gỡ bỏ rào cản để Bà Rịa-Vũng Tàu xứng đáng là điểm đến.");
    expectNone("Bà Rịa - Vũng Tàu tỉnh sẽ tiếp tục kiên trì.");
    expectNone("Lãnh đạo Bà Rịa đến thăm.");
  });

  test("a title taken away is the object's, not the subject's: `đình chỉ chức vụ Hiệu trưởng`", () => {
    const p = expectSingle(
      "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu xem xét đình chỉ chức vụ Hiệu trưởng trường Tiểu học Nam Trung Yên.",
    );
    expect(titles(p)).toEqual(["Chủ tịch | Ủy ban nhân dân thành phố Hà Nội"]);
  });
});

describe("coreference: one person, all mentions", () => {
  test("the title alone and the given name join the named person", () => {
    const text =
      "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung chủ trì. Chủ tịch UBND TP yêu cầu các sở. Ông Chung nói thêm.";
    const p = expectSingle(text);
    expect(p.mentions.map((m) => [m.text, m.form])).toEqual([
      ["Nguyễn Đức Chung", "full"],
      ["Chủ tịch UBND TP", "title"],
      ["Chung", "short"],
    ]);
  });

  test("`đồng chí Minh`, `ông Minh` and a bare `ông` before a verb", () => {
    const p = expectSingle(
      "đồng chí Cao Văn Minh dự. Đồng chí Minh nhấn mạnh. Sau đó ông cho biết thêm.",
    );
    expect(p.mentions.map((m) => m.form)).toEqual(["full", "short", "pronoun"]);
  });

  test("a name written twice with a slip (Thành/Thanh) is one person", () => {
    const p = expectSingle(
      "ông Nguyễn Thanh Quang được điều động. Ông Nguyễn Thành Quang sẽ nhận nhiệm vụ.",
    );
    expect(p.name).toBe("Nguyễn Thanh Quang");
    expect(p.mentions).toHaveLength(2);
  });

  test("fuzzy names: syllable by syllable, dropped diacritics, one edit in a foreign name", () => {
    expect(sameName("Nguyễn Văn Minh", "Nguyen Van Minh")).toBe(true);
    expect(sameName("Nguyễn Văn Minh", "Nguyên Văn Minh")).toBe(true);
    expect(sameName("Nguyễn Thanh Quang", "Nguyễn Thành Quang")).toBe(true);
    expect(sameName("Nguyễn Văn Minh", "Nguyễn Văn Mạnh")).toBe(false);
    expect(sameName("Lê Văn Minh", "Trần Văn Minh")).toBe(false);
  });

  test("two people with the same given name stay apart", () => {
    const people = extractPeople("ông Nguyễn Văn Hải và ông Trần Quốc Hải cùng dự.");
    expect(people.map((p) => p.name)).toEqual(["Nguyễn Văn Hải", "Trần Quốc Hải"]);
  });

  test("`Bác Hồ` is Hồ Chí Minh", () => {
    const p = expectSingle(
      "Chủ tịch Hồ Chí Minh phát động Tết trồng cây. Lời dạy của Bác Hồ còn mãi.",
    );
    expect(p.name).toBe("Hồ Chí Minh");
    expect(p.mentions).toHaveLength(2);
  });
});
