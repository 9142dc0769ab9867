import { describe, expect, test } from "vitest";
import { gazetteer } from "../src/extract/place/gazetteer.js";
import { extractPlaces, lookupPlace, type Place } from "../src/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

/** The one place in `text`. */
function expectSinglePlace(text: string, options?: { referenceDate?: string }): Place {
  const places = extractPlaces(text, options);
  expectSpansPointIntoSource(places, text);
  expect(
    places.map((p) => p.name),
    text,
  ).toHaveLength(1);
  return places[0] as Place;
}

describe("the shipped catalogue", () => {
  test("every version of every unit, 2004 to after the July 2025 reform", () => {
    const gaz = gazetteer();
    expect(gaz.units.length).toBeGreaterThan(17_000);
    // 63 provinces before the reform, 34 after.
    const provinces = (date: string) =>
      new Set(
        gaz.units
          .filter(
            (u) =>
              u.level === "province" &&
              (!u.validFrom || u.validFrom <= date) &&
              (!u.validTo || u.validTo > date),
          )
          .map((u) => u.code),
      );
    expect(provinces("2025-03-01").size).toBe(63);
    expect(provinces("2025-07-01").size).toBe(34);
    expect(provinces("2008-01-01").size).toBe(64); // Hà Tây until 2008-08-01
  });

  test("Quận 9 of Hồ Chí Minh City: merged into Thành phố Thủ Đức on 2021-01-01", () => {
    expect(lookupPlace("Quận 9")).toEqual([
      {
        id: "gso:763",
        code: "763",
        name: "Quận 9",
        level: "district",
        unitType: "Quận",
        within: ["Thành phố Hồ Chí Minh"],
        validTo: "2021-01-01",
        era: "historical",
        successors: ["769"],
      },
    ]);
    const thuDuc = lookupPlace("Thành phố Thủ Đức");
    expect(thuDuc.map((u) => [u.id, u.validFrom, u.validTo, u.era])).toEqual([
      ["gso:769@2021-01-01", "2021-01-01", "2025-07-01", "pre-reform"],
    ]);
  });

  test("the July 2025 reform: new communes, and the old ones with their successors", () => {
    const baDinh = lookupPlace("Phường Ba Đình", { at: "2025-08-01" }); // not Xã Ba Đình (Thanh Hóa)
    expect(baDinh.map((u) => [u.code, u.era, u.within])).toEqual([
      ["00004", "current", ["Thành phố Hà Nội"]],
    ]);
    const trucBach = lookupPlace("Phường Trúc Bạch");
    expect(trucBach[0]).toMatchObject({ code: "00004", era: "pre-reform", successors: ["00004"] });
  });

  test("many communes share a name: options narrow them", () => {
    const all = lookupPlace("Minh Khai", { levels: ["commune"] });
    expect(all.length).toBeGreaterThan(5);
    const inHaNoi = lookupPlace("Minh Khai", { levels: ["commune"], within: "007", at: "2017" });
    expect(inHaNoi.map((u) => u.code)).toEqual(["00295"]);
  });

  test("tone style, a type word and missing diacritics are forgiven", () => {
    expect(lookupPlace("xã Vũ Hoà", { within: "600" }).map((u) => u.code)).toEqual(["23218"]);
    expect(lookupPlace("Vũ Hòa", { within: "600" }).map((u) => u.code)).toEqual(["23218"]);
    expect(lookupPlace("Quang Nam").some((u) => u.code === "49")).toBe(true);
    expect(lookupPlace(42 as unknown as string)).toEqual([]);
  });
});

describe("places in text", () => {
  test.each([
    ["Quận 9 tổ chức hội nghị.", "Quận 9", "district", "763"],
    ["UBND tỉnh Quảng Nam họp.", "Quảng Nam", "province", "49"],
    ["ở TP.HCM hôm qua", "Hồ Chí Minh", "province", "79"],
    ["tại Q.9 hôm qua", "Quận 9", "district", "763"],
    ["xã Gia An, huyện Tánh Linh (Bình Thuận)", "Gia An", "commune", "23176"],
  ])("%s", (text, name, type, code) => {
    const place = extractPlaces(text, { referenceDate: "2017-02-06" }).find((p) => p.name === name);
    expect(place?.type).toBe(type);
    expect(place?.unit?.code).toBe(code);
  });

  test("the era follows the article's date: Thủ Đức in 2017 is the district, in 2022 the city", () => {
    const old = expectSinglePlace("ở quận Thủ Đức", { referenceDate: "2017-02-06" });
    expect(old.unit).toMatchObject({ code: "762", era: "historical" });
    const city = expectSinglePlace("ở thành phố Thủ Đức", { referenceDate: "2022-05-01" });
    expect(city.unit).toMatchObject({ code: "769", validFrom: "2021-01-01" });
  });

  test("a parent written next to a commune picks it among its namesakes", () => {
    const places = extractPlaces("phường Minh Khai, quận Hai Bà Trưng, Hà Nội", {
      referenceDate: "2017-02-06",
    });
    expect(places.map((p) => [p.name, p.unit?.code])).toEqual([
      ["Minh Khai", "00295"],
      ["Hai Bà Trưng", "007"],
      ["Hà Nội", "01"],
    ]);
  });

  test("an undecided name keeps its candidates instead of a guess", () => {
    const place = expectSinglePlace("người dân xã Minh Khai phản ánh", {
      referenceDate: "2017-02-06",
    });
    expect(place.unit).toBeUndefined();
    expect(place.candidates?.length).toBeGreaterThan(3);
    expect(place.candidates?.every((c) => c.name === "Xã Minh Khai")).toBe(true);
  });

  test("the article's province narrows a shared commune name, honestly", () => {
    // Hà Nội has two Phường Minh Khai (Hai Bà Trưng, Bắc Từ Liêm): both stay candidates.
    const text = "Hà Nội: người dân phường Minh Khai phản ánh. Hà Nội sẽ xử lý.";
    const place = extractPlaces(text, { referenceDate: "2017-02-06" }).find((p) =>
      p.name.endsWith("Minh Khai"),
    );
    expect(place?.unit).toBeUndefined();
    expect(place?.candidates?.map((c) => [c.code, c.within[1]])).toEqual([
      ["00295", "Thành phố Hà Nội"],
      ["00613", "Thành phố Hà Nội"],
    ]);
    // Tây Ninh has one Xã Thái Bình; the article being about Tây Ninh settles it.
    const one = extractPlaces("Tây Ninh: xã Thái Bình được công nhận. Tây Ninh khen thưởng.", {
      referenceDate: "2017-02-06",
    });
    expect(one.find((p) => p.name === "Thái Bình")?.unit?.code).toBe("25597");
  });

  test("bare district names of the article's province, and names written before their parent", () => {
    const hanoi = extractPlaces("Hà Nội hỗ trợ Thường Tín, Phú Xuyên. Hà Nội sẽ kiểm tra.", {
      referenceDate: "2017-02-06",
    });
    expect(hanoi.map((p) => [p.name, p.unit?.code])).toEqual([
      ["Hà Nội", "01"],
      ["Thường Tín", "279"],
      ["Phú Xuyên", "280"],
    ]);
    const quang = extractPlaces("Quê quán Hòa Thọ Đông, quận Cẩm Lệ, TP Đà Nẵng.", {
      referenceDate: "2017-02-06",
    });
    expect(quang.map((p) => [p.name, p.unit?.code])).toEqual([
      ["Hòa Thọ Đông", "20312"],
      ["Cẩm Lệ", "495"],
      ["Đà Nẵng", "48"],
    ]);
  });

  test("streets, roads, hamlets, countries, foreign cities and regions", () => {
    const text =
      "Trên đường Nguyễn Trãi, quốc lộ 1A và QL14, thôn Đông, ở Hoa Kỳ, Bình Nhưỡng, Tây Nguyên và miền Trung.";
    const places = extractPlaces(text);
    expect(places.map((p) => [p.name, p.type])).toEqual([
      ["đường Nguyễn Trãi", "street"],
      ["quốc lộ 1A", "road"],
      ["QL14", "road"],
      ["thôn Đông", "hamlet"],
      ["Mỹ", "country"],
      ["Bình Nhưỡng", "city"],
      ["Tây Nguyên", "region"],
      ["miền Trung", "region"],
    ]);
    expectSpansPointIntoSource(places, text);
  });

  test("not places: a language, a document number, a road of years, a person", () => {
    expect(extractPlaces("thi Olympic tiếng Anh, văn bản 2267, chặng đường 87 năm")).toEqual([]);
    expect(extractPlaces("Chủ tịch Hồ Chí Minh phát động").map((p) => p.name)).toEqual([]);
  });

  test("a country word that starts a unit's name is that unit: Lào Cai, not Laos", () => {
    expect(extractPlaces("Đoàn về Lào Cai.").map((p) => [p.name, p.type])).toEqual([
      ["Lào Cai", "province"],
    ]);
    expect(
      extractPlaces("Dự án ở Khu công nghiệp Mỹ Xuân A, phường Nhật Tân.").map((p) => p.type),
    ).toEqual(["commune"]);
    expect(extractPlaces("Tổng thống Mỹ Donald Trump nói.").map((p) => [p.name, p.type])).toEqual([
      ["Mỹ", "country"],
    ]);
  });

  test("a name settled in one mention settles the others", () => {
    const text =
      "UBND xã Xuân Cẩm (Hiệp Hòa, Bắc Giang). UBND TP Hà Nội, huyện Chương Mỹ, xã Thụy Hương, huyện Chương Mỹ. Ngày 9/9/2016 công dân xã Xuân Cẩm, huyện Hiệp Hòa phản ánh.";
    const xc = extractPlaces(text).find((p) => p.name.endsWith("Xuân Cẩm"));
    expect(xc?.unit?.code).toBe("07873");
    expect(xc?.mentions).toHaveLength(2);
  });

  test("one entity per unit, every mention kept", () => {
    const text = "Quận ủy Quận 9 họp. Bản tin quận 9. Tại Q.9";
    const [q9] = extractPlaces(text);
    expect(q9?.mentions.map((m) => m.text)).toEqual(["Quận 9", "quận 9", "Q.9"]);
  });
});
