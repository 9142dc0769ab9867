// Regression corpora for the entity defects found on real news (review 1, defects 1, 2, 3 and 8).
// Each row is a short excerpt in the shape the press writes it (article ids in comments, for the
// record): the positive corpus says what must be found, the negative corpus what must not.
import { describe, expect, test } from "vitest";
import {
  extractOrganisations,
  extractPeople,
  extractPlaces,
  type Organisation,
  type Person,
  type Place,
} from "../src/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const people = (text: string): Person[] => {
  const out = extractPeople(text);
  expectSpansPointIntoSource(out, text);
  return out;
};
const orgs = (text: string): Organisation[] => {
  const out = extractOrganisations(text);
  expectSpansPointIntoSource(out, text);
  return out;
};
const places = (text: string): Place[] => {
  const out = extractPlaces(text);
  expectSpansPointIntoSource(out, text);
  return out;
};
const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name);

describe("defect 1: places, countries, streets and companies are not people", () => {
  // [text, a name that must NOT be a person, the place it is instead (or undefined)]
  const notPeople: [string, string, string | undefined][] = [
    ["Kỹ sư Hàn Quốc làm việc tại nhà máy.", "Hàn Quốc", "Hàn Quốc"],
    // 21472062
    ["Trưởng phòng giáo dục quận Hai Bà Trưng, Hà Nội cho biết đã nhận đơn.", "Hà Nội", "Hà Nội"],
    // 21471574
    ["Các thành phố Vũng Tàu, Phan Thiết, Đà Nẵng đều đông khách.", "Phan Thiết", undefined],
    // 21471189
    ["Đường sắt trên cao Cát Linh - Hà Đông chậm tiến độ.", "Hà Đông", undefined],
    // 21473936, 21472188, 21472274: a calling alone says where someone is from
    ["Jesus là cầu thủ Brazil thứ 3 ghi bàn.", "Brazil", "Brazil"],
    ["Hiệp hội Đạo diễn Mỹ vinh danh anh.", "Mỹ", "Mỹ"],
    // 21473285: a street of the article, later named bare
    [
      "Khách xếp hàng tại đường Âu Cơ. Cảnh tấp nập trước tiệm heo quay ở Âu Cơ.",
      "Âu Cơ",
      "đường Âu Cơ",
    ],
    // 21475007, 21473828: lists of streets
    ["Tuyến đường Đồng Khởi, Nam Kỳ Khởi Nghĩa, Lê Lợi và thực hiện thi công.", "Lê Lợi", "Lê Lợi"],
    [
      "Giữ lại đèn trên một số tuyến đường chính như Lê Duẩn, Đồng Khởi, Hàm Nghi để phục vụ.",
      "Lê Duẩn",
      "Lê Duẩn",
    ],
  ];
  test.each(notPeople)("%s", (text, name, place) => {
    expect(names(people(text))).not.toContain(name);
    if (place) expect(names(places(text))).toContain(place);
  });

  // [text, the person, the titles' body] : names that are people after all
  const stillPeople: [string, string, string | undefined][] = [
    // 21473418: a doctor named Anh, not England
    ["Bác sĩ Anh cho biết bệnh nhân đã ổn định.", "Anh", undefined],
    ["Theo ông Anh, dự án sẽ xong trong năm.", "Anh", undefined],
    ["Nhà thơ Hồ Xuân Hương được dựng tượng.", "Hồ Xuân Hương", undefined],
    // an honorific makes a district's name a person's
    ["Ông Hoàng Mai cho biết sẽ khắc phục.", "Hoàng Mai", undefined],
    // 21481078: `X Việt Nam` after a title is the body, and the title goes to the person before
    [
      "Ông Kim Young-jin, Tổng giám đốc Samsung Việt Nam cho biết.",
      "Kim Young-jin",
      "Samsung Việt Nam",
    ],
    ["Ông Minh, Phó tổng giám đốc Honda Việt Nam cho biết.", "Minh", "Công ty Honda Việt Nam"],
  ];
  test.each(stillPeople)("%s", (text, name, body) => {
    const found = people(text);
    expect(names(found)).toEqual([name]);
    if (body) expect(found[0]?.titles.map((t) => t.organisationName)).toEqual([body]);
  });

  test("a company takes the proper name after its trade abbreviations (21477984)", () => {
    const text = "Công ty TMDVXD Hoàng Yến bị xử phạt.";
    expect(names(orgs(text))).toEqual(["Công ty TMDVXD Hoàng Yến"]);
    expect(people(text)).toEqual([]);
    // but a person after a company's own name is not part of it
    expect(names(orgs("Công ty Tasco Lê Văn Tư cho biết."))).toEqual(["Công ty Tasco"]);
  });
});
