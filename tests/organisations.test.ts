import { describe, expect, test } from "vitest";
import { extractOrganisations, type Organisation } from "../src/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const find = (orgs: readonly Organisation[], name: string) => orgs.find((o) => o.name === name);

/** The organisations of `text` as `name | type | level`. */
function summary(text: string, referenceDate = "2017-02-06"): string[] {
  const orgs = extractOrganisations(text, { referenceDate });
  expectSpansPointIntoSource(orgs, text);
  return orgs.map((o) => `${o.name} | ${o.type} | ${o.level ?? ""}${o.group ? " | group" : ""}`);
}

describe("heads, abbreviations and their expansion", () => {
  test.each([
    [
      "UBND tỉnh Quảng Nam họp",
      "Ủy ban nhân dân tỉnh Quảng Nam | state | province",
      "UBND tỉnh Quảng Nam",
    ],
    [
      "HĐND TP Đà Nẵng thông qua",
      "Hội đồng nhân dân thành phố Đà Nẵng | state | province",
      "HĐND thành phố Đà Nẵng",
    ],
    [
      "Ủy ban MTTQ huyện Tam Đảo",
      "Ủy ban Mặt trận Tổ quốc huyện Tam Đảo | front | district",
      "UBMTTQ huyện Tam Đảo",
    ],
    [
      "LĐLĐ tỉnh Vĩnh Phúc",
      "Liên đoàn Lao động tỉnh Vĩnh Phúc | mass-organisation | province",
      "LĐLĐ tỉnh Vĩnh Phúc",
    ],
    ["Sở GD&ĐT Hà Nội", "Sở Giáo dục và Đào tạo thành phố Hà Nội | state | province", undefined],
    ["Bộ NN&PTNT cho biết", "Bộ Nông nghiệp và Phát triển nông thôn | state | central", undefined],
    ["Công an quận 2 cho biết", "Công an Quận 2 | police | district", undefined],
    [
      "TAND tỉnh Sóc Trăng xử",
      "Tòa án nhân dân tỉnh Sóc Trăng | court | province",
      "TAND tỉnh Sóc Trăng",
    ],
    ["Viện KSND tối cao", "Viện Kiểm sát nhân dân tối cao | procuracy | central", "VKSNDTC"],
    ["Trung ương Đoàn phát động", "Trung ương Đoàn | mass-organisation | central", undefined],
    [
      "Tổng LĐLĐVN kiến nghị",
      "Tổng Liên đoàn Lao động Việt Nam | mass-organisation | central",
      "TLĐLĐVN",
    ],
  ])("%s", (text, expected, abbreviation) => {
    const orgs = extractOrganisations(text, { referenceDate: "2017-02-06" });
    expect(orgs.map((o) => `${o.name} | ${o.type} | ${o.level ?? ""}`)).toEqual([expected]);
    expect(orgs[0]?.abbreviation).toBe(abbreviation);
    expectSpansPointIntoSource(orgs, text);
  });
});

describe("parents, given or implied", () => {
  test("a department of a named committee, and the bare committee later", () => {
    const text = "Quận ủy Thanh Khê họp. Ban Tổ chức Quận ủy báo cáo. Quận ủy chỉ đạo.";
    const orgs = extractOrganisations(text);
    const quanUy = find(orgs, "Quận ủy Thanh Khê");
    expect(quanUy?.mentions.map((m) => m.text)).toEqual([
      "Quận ủy Thanh Khê",
      "Quận ủy",
      "Quận ủy",
    ]);
    expect(find(orgs, "Ban Tổ chức Quận ủy Thanh Khê")?.parentId).toBe(quanUy?.id);
  });

  test("the city committee implied by a district of the city", () => {
    const orgs = extractOrganisations("Quận ủy Quận 9 quán triệt chỉ đạo của Thành ủy.");
    const thanhUy = find(orgs, "Thành ủy Thành phố Hồ Chí Minh");
    expect(thanhUy).toMatchObject({ implied: true, level: "province" });
    expect(thanhUy?.unit?.code).toBe("79");
  });

  test("a department of the Central Committee", () => {
    const orgs = extractOrganisations("nguyên Phó Ban Tổ chức TƯ phát biểu");
    expect(orgs.map((o) => o.name)).toContain("Ban Tổ chức Trung ương");
  });

  test("a party department written with its place belongs to that place's committee", () => {
    const orgs = extractOrganisations("Quận ủy Quận 2 họp. Trưởng ban Tổ chức Quận 2 cho biết.");
    expect(find(orgs, "Ban Tổ chức Quận ủy Quận 2")?.parentId).toBe(
      find(orgs, "Quận ủy Quận 2")?.id,
    );
  });

  test("a police department of a city police, written with a dash", () => {
    const orgs = extractOrganisations("Phòng CSGT - Công an TP Hà Nội cho biết.");
    const parent = find(orgs, "Công an thành phố Hà Nội");
    expect(find(orgs, "Phòng Cảnh sát giao thông Công an thành phố Hà Nội")?.parentId).toBe(
      parent?.id,
    );
  });

  test("a board without its company takes the company next to it", () => {
    const orgs = extractOrganisations("Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Tasco");
    expect(find(orgs, "Hội đồng quản trị Công ty Tasco")?.parentId).toBe(
      find(orgs, "Công ty Tasco")?.id,
    );
  });
});

describe("kinds of body", () => {
  test("companies, schools, hospitals, media, foreign and international bodies", () => {
    expect(
      summary(
        "Công ty TNHH Thiên Thanh, Trường THPT Chu Văn An, Bệnh viện Bạch Mai, báo Tuổi Trẻ, Bộ Quốc phòng Mỹ, Liên Hợp Quốc.",
      ),
    ).toEqual([
      "Công ty TNHH Thiên Thanh | company | ",
      "Trường THPT Chu Văn An | school | ",
      "Bệnh viện Bạch Mai | hospital | ",
      "Báo Tuổi Trẻ | media | ",
      "Bộ Quốc phòng Mỹ | foreign | ",
      "Liên Hợp Quốc | international | ",
    ]);
  });

  test("a company named in full and then short is one company", () => {
    const orgs = extractOrganisations(
      "Giám đốc Công ty TNHH Sản xuất – Vật liệu xây dựng Thiên Thanh (Công ty Thiên Thanh) bỏ trốn. Công ty Thiên Thanh bị phạt.",
    );
    expect(orgs.map((o) => o.name)).toEqual([
      "Công ty TNHH Sản xuất – Vật liệu xây dựng Thiên Thanh",
    ]);
    expect(orgs[0]?.mentions).toHaveLength(3);
  });

  test("the Party, and words that only look like bodies", () => {
    expect(summary("quần chúng phấn đấu vào Đảng")).toEqual([
      "Đảng Cộng sản Việt Nam | party | central",
    ]);
    expect(
      summary(
        "Đảng viên mới, công tác Đảng vụ, nhiệm vụ chính trị, khai báo Nhà nước, Vụ việc xảy ra",
      ),
    ).toEqual(["Nhà nước | state | central"]);
    expect(
      summary("Hội Hoa xuân diễn ra, lực lượng Công an vào cuộc, phòng y tế trên tầng 1"),
    ).toEqual([]);
  });
});

describe("groups are kept, marked as not one body", () => {
  test.each([
    ["các cấp ủy", "party"],
    ["cấp ủy cơ sở", "party"],
    ["các đoàn thể", "mass-organisation"],
    ["các sở, ngành", "state"],
  ])("%s", (phrase, type) => {
    const orgs = extractOrganisations(`Đề nghị ${phrase} thực hiện.`);
    expect(orgs.map((o) => [o.name, o.type, o.group])).toEqual([[phrase, type, true]]);
  });

  test("a group with its parent", () => {
    const orgs = extractOrganisations(
      "Quận ủy Quận 9 họp; phối hợp với các Ban xây dựng Đảng của Quận ủy.",
    );
    const group = find(orgs, "các Ban xây dựng Đảng của Quận ủy Quận 9");
    expect(group).toMatchObject({ group: true, parentId: find(orgs, "Quận ủy Quận 9")?.id });
  });
});

describe("bodies of every place of a kind, names with a trade, document numbers", () => {
  test.each([
    ["UBND các quận, huyện, thị xã", "state"],
    ["UBND cấp xã", "state"],
    ["Đảng ủy cơ sở", "party"],
  ])("%s is a group, not the story's body", (phrase, type) => {
    const orgs = extractOrganisations(
      `UBND phường Thành Công, quận Ba Đình họp. Đề nghị ${phrase} thực hiện.`,
    );
    expect(orgs.map((o) => [o.name, o.type, o.group])).toEqual([
      ["Ủy ban nhân dân phường Thành Công", "state", false],
      [phrase, type, true],
    ]);
  });

  test("a company whose name starts with its trade, after its legal form", () => {
    expect(
      summary(
        "Công ty CP kính Nam Việt Hưng, Công ty TNHH dịch vụ thương mại tin học Shinhan và Công ty CP thép Ponima 2 đầu tư.",
      ),
    ).toEqual([
      "Công ty CP kính Nam Việt Hưng | company | ",
      "Công ty TNHH dịch vụ thương mại tin học Shinhan | company | ",
      "Công ty CP thép Ponima 2 | company | ",
    ]);
  });

  test("a name never stops inside a word, and goes on through `và khu công nghiệp`", () => {
    expect(summary("Báo Thanh tra thông tin tới bạn đọc.")).toEqual(["Báo Thanh tra | media | "]);
    expect(
      summary("Tổng công ty Đầu tư phát triển đô thị và khu công nghiệp VN đăng ký.").map(
        (s) => s.split(" | ")[0],
      ),
    ).toEqual(["Tổng công ty Đầu tư phát triển đô thị và khu công nghiệp Việt Nam"]);
  });

  test("a document number is not a body: `Chỉ thị số 01/CT-UBND`, `55-QĐ/TW`", () => {
    expect(
      summary("UBND TP Hà Nội ban hành Chỉ thị số 01/CT-UBND và thực hiện Quy định 55-QĐ/TW."),
    ).toEqual(["Ủy ban nhân dân thành phố Hà Nội | state | province"]);
  });

  test("a bare HĐND after one named in the same sentence is that one", () => {
    const orgs = extractOrganisations(
      "UBND TP Hà Nội họp. Cử tri xã Quế Tân phản ánh HĐND xã Quế Tân không họp để đánh giá HĐND khóa 2011 - 2016.",
      { referenceDate: "2016-09-09" },
    );
    const hdnd = orgs.find((o) => o.name.startsWith("Hội đồng nhân dân"));
    expect(hdnd?.name).toBe("Hội đồng nhân dân xã Quế Tân");
    expect(hdnd?.mentions.map((m) => m.text)).toEqual(["HĐND xã Quế Tân", "HĐND"]);
    expect(orgs.filter((o) => o.name.startsWith("Hội đồng nhân dân"))).toHaveLength(1);
  });

  test("a city's committee is named with the city: `Thành ủy Hà Nội`, `Thành ủy Thành phố Hồ Chí Minh`", () => {
    expect(
      summary("Thành ủy Hà Nội và Thành ủy TP.HCM họp.").map((s) => s.split(" | ")[0]),
    ).toEqual(["Thành ủy Hà Nội", "Thành ủy Thành phố Hồ Chí Minh"]);
  });
});

describe("credits are not bodies in the story", () => {
  test("a photo credit", () => {
    expect(
      extractOrganisations("Quang cảnh buổi lễ. (Ảnh: Phạm Kiên/TTXVN)").map((o) => o.name),
    ).toEqual([]);
  });
});
