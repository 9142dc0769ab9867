import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { YEAR_PATTERN } from "../src/extract/entities/context.js";
import {
  Analysis,
  analyze,
  extractOrganisations,
  extractPeople,
  extractPlaces,
} from "../src/index.js";
import { tokenize } from "../src/text/tokens.js";
import { expectLinearTime, expectSafeRegex } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

describe("the seed article, as a user expects it", () => {
  let cached: ReturnType<typeof analyze> | undefined;
  const result = () => {
    cached ??= analyze(seed);
    return cached;
  };

  test("one person: Cao Văn Minh, đồng chí, Phó Bí thư Thường trực of the Quận ủy Quận 9, three mentions", () => {
    expect(result().people.map((p) => p.name)).toEqual(["Cao Văn Minh"]);
    const [minh] = result().people;
    expect(minh?.familyName).toBe("Cao");
    expect(minh?.givenName).toBe("Minh");
    expect(minh?.honorifics).toEqual([{ value: "đồng chí", kind: "address" }]);
    expect(
      minh?.titles.map((t) => [t.role, t.qualifier, t.organisationName, t.acting, t.former]),
    ).toEqual([["Phó Bí thư", "Thường trực", "Quận ủy Quận 9", false, false]]);
    expect(minh?.mentions.map((m) => [m.text, m.section])).toEqual([
      ["Cao Văn Minh", "lead"],
      ["Cao Văn Minh", "caption"],
      ["Cao Văn Minh", "body"],
    ]);
  });

  test("the author, Ngọc Thắm, is not one of the people", () => {
    expect(result().metadata.authors).toEqual(["Ngọc Thắm"]);
    expect(result().people.some((p) => p.name.includes("Thắm"))).toBe(false);
  });

  test("organisations: the Quận ủy Quận 9, its Ban Tổ chức, the implied Thành ủy of HCMC, Trung ương, MTTQ, a group", () => {
    const byName = new Map(result().organisations.map((o) => [o.name, o]));
    const quanUy = byName.get("Quận ủy Quận 9");
    expect(quanUy).toMatchObject({ type: "party", level: "district", group: false });
    expect(quanUy?.unit?.code).toBe("763");
    // "Quận ủy Quận 9" once, and the bare "Quận ủy" seven times, are one body.
    expect(quanUy?.mentions.map((m) => m.text)).toEqual([
      "Quận ủy Quận 9",
      ...Array(7).fill("Quận ủy"),
    ]);
    expect(byName.get("Ban Tổ chức Quận ủy Quận 9")).toMatchObject({
      parentId: quanUy?.id,
      type: "party",
    });
    const thanhUy = byName.get("Thành ủy Thành phố Hồ Chí Minh");
    expect(thanhUy).toMatchObject({ type: "party", level: "province", implied: true });
    expect(thanhUy?.unit?.code).toBe("79");
    expect(byName.get("Ban Chấp hành Trung ương")).toMatchObject({
      level: "central",
      abbreviation: "BCH TƯ",
    });
    expect(byName.get("Mặt trận Tổ quốc Việt Nam")).toMatchObject({ type: "front" });
    expect(byName.get("các Ban xây dựng Đảng của Quận ủy Quận 9")).toMatchObject({
      group: true,
      parentId: quanUy?.id,
    });
    for (const g of ["các cấp ủy", "các đoàn thể", "cấp ủy cơ sở"])
      expect(byName.get(g)?.group).toBe(true);
  });

  test("places: Quận 9, linked to GSO 763, an abolished unit (merged into Thủ Đức in 2021)", () => {
    expect(result().places.map((p) => p.name)).toEqual(["Quận 9"]);
    expect(result().places[0]?.unit).toMatchObject({
      id: "gso:763",
      code: "763",
      name: "Quận 9",
      level: "district",
      unitType: "Quận",
      within: ["Thành phố Hồ Chí Minh"],
      validTo: "2021-01-01",
      era: "historical",
      successors: ["769"],
    });
    expect(result().places[0]?.mentions.map((m) => m.text)).toEqual(["Quận 9", "quận 9", "Quận 9"]);
  });

  test("every span points into the input, and the result validates", () => {
    const r = result();
    expect(Analysis.parse(r)).toEqual(r);
    expect(
      expectSpansPointIntoSource(
        { people: result().people, o: result().organisations, p: result().places },
        seed,
      ),
    ).toBeGreaterThan(20);
  });
});

describe("offsets survive normalisation", () => {
  test("NFD input: spans cover the decomposed text", () => {
    const nfd = seed.normalize("NFD");
    const r = analyze(nfd);
    expect(r.people.map((p) => p.name)).toEqual(["Cao Văn Minh"]);
    expectSpansPointIntoSource({ people: r.people, o: r.organisations, p: r.places }, nfd);
    const m = r.people[0]?.mentions[0];
    expect(m && nfd.slice(m.span.start, m.span.end).normalize("NFC")).toBe("Cao Văn Minh");
  });

  test("new-style tones (Quận uỷ, hoà) give the same entities", () => {
    const text = "Đồng chí Nguyễn Văn Hoà, Bí thư Quận uỷ Thanh Khê, làm việc tại xã Vũ Hoà.";
    const people = extractPeople(text);
    expect(people[0]?.titles[0]?.organisationName).toBe("Quận ủy Thanh Khê");
    expectSpansPointIntoSource(people, text);
  });
});

describe("the standalone functions", () => {
  test("extractPeople, extractOrganisations and extractPlaces agree with analyze", () => {
    const r = analyze(seed);
    expect(extractPeople(seed)).toEqual(r.people);
    expect(extractOrganisations(seed)).toEqual(r.organisations);
    expect(extractPlaces(seed)).toEqual(r.places);
  });
});

describe("never throws, stays linear", () => {
  test.each([
    ["empty", ""],
    ["only honorifics", "ông bà anh chị đồng chí"],
    ["a title with nothing after", "Phó Bí thư Thường trực"],
    ["lone surrogates", "Ông \ud800 Nguyễn \udc00 Văn"],
    ["an org head at the end", "Ủy ban nhân dân"],
    ["brackets left open", "ông Nguyễn Văn A (Chủ tịch UBND xã (("],
  ])("%s", (_name, text) => {
    const r = analyze(text);
    expect(Analysis.safeParse(r).success).toBe(true);
    expectSpansPointIntoSource({ people: r.people, o: r.organisations, p: r.places }, text);
  });

  test("the year pattern is safe", () => {
    expectSafeRegex(YEAR_PATTERN);
  });

  test("a long run of titles, names and bodies takes linear time", () => {
    const unit =
      "Phó Chủ tịch UBND tỉnh Quảng Nam, Bí thư Huyện ủy Nguyễn Văn An, Ban Tổ chức Tỉnh ủy ";
    expectLinearTime(
      (s) => extractPeople(s),
      (n) => unit.repeat(Math.ceil(n / unit.length)),
      120_000,
    );
  });

  test("a long run of capitalised words takes linear time", () => {
    expectLinearTime(
      (s) => tokenize(s).length + extractPlaces(s).length,
      (n) => "Nguyễn Hà Nội Quận Ủy Ban ".repeat(Math.ceil(n / 26)),
      120_000,
    );
  });
});
