/**
 * Entity tables and the timeline (issue 7): article dates, titles over time, organisations and
 * their mentions, co-occurrence, counts per period.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { corpusTables, timeline } from "../src/corpus/api.js";
import { articleDate } from "../src/corpus/article-date.js";
import { CooccurrenceCounter, MAX_ENTITIES_PER_ARTICLE } from "../src/corpus/cooccurrence.js";
import { EntityTables } from "../src/corpus/entity-tables.js";
import { articleFacts, composeTitle, datePrefix } from "../src/corpus/facts.js";
import { periodOf, Timeline } from "../src/corpus/timeline.js";
import {
  type Analysis,
  analyze,
  CooccurrenceEdge,
  EntityMentionRow,
  OrganisationRow,
  PersonRow,
  PersonTitleRow,
  TimelineItem,
  TimelineRow,
} from "../src/index.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

/** Two bulletins about one official, three years apart, written for the test. */
const A2017 =
  "Huyện Cần Giờ: Tổng kết công tác phòng chống lụt bão năm 2017\n\nSáng ngày 05/3/2017, Ủy ban nhân dân huyện Cần Giờ tổ chức hội nghị tổng kết công tác phòng chống lụt bão. Đến dự có ông Nguyễn Văn An, Chủ tịch UBND huyện Cần Giờ.\n\nÔng Nguyễn Văn An đề nghị các xã ven biển rà soát phương án di dời dân trước mùa mưa bão.";
const A2020 =
  "Cần Giờ: Hội nghị Huyện ủy lần thứ 12\n\nNgày 10/6/2020, Huyện ủy Cần Giờ tổ chức hội nghị lần thứ 12. Ông Nguyễn Văn An, Bí thư Huyện ủy Cần Giờ chủ trì hội nghị.\n\nHội nghị thống nhất tập trung phát triển du lịch sinh thái rừng ngập mặn.";
const UNDATED =
  "Cần Giờ phát triển du lịch\n\nÔng Nguyễn Văn An, Bí thư Huyện ủy Cần Giờ cho biết huyện sẽ mở thêm tuyến du lịch sinh thái.";

describe("article date", () => {
  test("the seed is dated by the date its lead opens with", () => {
    expect(articleDate(analyze(seed))).toEqual({ date: "2017-08-04", source: "lead" });
  });

  test("a date the caller gives wins; an invalid one is ignored", () => {
    const a = analyze(seed);
    expect(articleDate(a, "2020-01-31T10:00")).toEqual({ date: "2020-01-31", source: "given" });
    expect(articleDate(a, "2020-02-31")?.source).toBe("lead");
  });

  test("metadata.published comes before the text's dates", () => {
    const a = analyze(seed);
    expect(articleDate({ ...a, metadata: { ...a.metadata, published: "2017-08-05" } })).toEqual({
      date: "2017-08-05",
      source: "metadata",
    });
  });

  test("a date inside a sentence, a relative date or a history lead does not date the article", () => {
    expect(
      articleDate(analyze("Tin ngắn\n\nHội nghị được tổ chức vào ngày 4/8/2017 tại quận.")),
    ).toBe(undefined);
    expect(articleDate(analyze("Tin ngắn\n\nSáng 4/8, Quận ủy tổ chức hội nghị."))).toBe(undefined);
    expect(
      articleDate(
        analyze(
          "Ký ức\n\nNgày 2/6/1953, đơn vị hành quân qua bản. Ngày 5/8/2017, các cựu chiến binh về thăm lại chiến trường xưa.",
        ),
      ),
    ).toBe(undefined);
  });

  test("a lead date without a year is dated when the year comes from the caller's reference date", () => {
    const a = analyze("Tin ngắn\n\nSáng 4/8, Quận ủy tổ chức hội nghị.", {
      referenceDate: "2017-08-10",
    });
    expect(articleDate(a)).toEqual({ date: "2017-08-04", source: "lead" });
  });

  test("junk analyses never throw", () => {
    for (const junk of [
      {},
      { dates: "x" },
      { dates: [null, 1, {}] },
      { metadata: null },
    ] as never[]) {
      expect(articleDate(junk)).toBe(undefined);
      expect(() => articleFacts(junk, null)).not.toThrow();
    }
  });
});

describe("facts of one article", () => {
  test("the seed: people with composed titles, named bodies only, dated event and directive", () => {
    const f = articleFacts(analyze(seed), "seed");
    expect(f.date).toBe("2017-08-04");
    expect(f.title).toMatch(/^Quận 9: Tổ chức hội nghị chuyên đề/u);
    expect(f.people.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ["Cao Văn Minh", ["Phó Bí thư Thường trực Quận ủy Quận 9"]],
    ]);
    const bodies = f.organisations.map((o) => o.name);
    expect(bodies).toContain("Quận ủy Quận 9");
    expect(bodies).not.toContain("các cấp ủy"); // a set of bodies, not a named one
    expect(f.organisations.find((o) => o.name === "Quận ủy Quận 9")?.forms[0]).toBe("Quận ủy");
    expect(f.events).toEqual([expect.objectContaining({ date: "2017-08-04", type: "conference" })]);
    expect(f.directives).toEqual([
      expect.objectContaining({ date: "2017-08-04", type: "đề nghị" }),
    ]);
    expect(f.dates.map((d) => d.date)).toEqual(["2017-08-04", "2017"]);
  });

  test("composeTitle and datePrefix", () => {
    expect(
      composeTitle({ role: "Chủ tịch", organisation: "UBND huyện", acting: false, former: true }),
    ).toBe("nguyên Chủ tịch UBND huyện");
    expect(composeTitle({ role: "Giám đốc", acting: true, former: false })).toBe("quyền Giám đốc");
    expect(datePrefix("2017-08-04")).toBe("2017-08-04");
    expect(datePrefix("2017-08")).toBe("2017-08");
    expect(datePrefix("2017")).toBe("2017");
    expect(datePrefix("2017-13")).toBe(undefined);
    expect(datePrefix("x")).toBe(undefined);
  });
});

describe("entity tables", () => {
  const analyses = [A2017, A2020, UNDATED].map((t) => analyze(t));

  test("a title held in 2017 and another in 2020 are both kept, each with its dates", () => {
    const tables = new EntityTables();
    analyses.forEach((a, i) => {
      tables.add(`a${i}`, a);
    });
    const an = tables.people().find((p) => p.name === "Nguyễn Văn An");
    expect(an).toMatchObject({ articles: 3, firstDate: "2017-03-05", lastDate: "2020-06-10" });
    expect(
      an?.titles.map((t) => [t.title, t.firstDate, t.lastDate, t.articles, t.undated]),
    ).toEqual([
      ["Chủ tịch Ủy ban nhân dân huyện Cần Giờ", "2017-03-05", "2017-03-05", 1, 0],
      ["Bí thư Huyện ủy Cần Giờ", "2020-06-10", "2020-06-10", 2, 1],
    ]);
    for (const p of tables.people()) PersonRow.parse(p);
  });

  test("organisations with their mentions, and who is named with whom", () => {
    const t = corpusTables(analyses.map((analysis, i) => ({ id: i, analysis })));
    const huyenUy = t.organisations.find((o) => o.name === "Huyện ủy Cần Giờ");
    expect(huyenUy).toMatchObject({ articles: 2, type: "party", firstDate: "2020-06-10" });
    for (const o of t.organisations) OrganisationRow.parse(o);
    const edge = t.edges.find(
      (e) => e.source === "person:Nguyễn Văn An" && e.target === "organisation:Huyện ủy Cần Giờ",
    );
    expect(edge).toEqual({
      source: "person:Nguyễn Văn An",
      target: "organisation:Huyện ủy Cần Giờ",
      weight: 2,
      kind: "person-organisation",
    });
    for (const e of t.edges) CooccurrenceEdge.parse(e);
    expect(t.nodes[0]).toMatchObject({ id: "person:Nguyễn Văn An", articles: 3, kind: "person" });
    expect(t.personTitles.map((r) => [r.person, r.date, r.article])).toContainEqual([
      "Nguyễn Văn An",
      "2020-06-10",
      1,
    ]);
    for (const r of t.personTitles) PersonTitleRow.parse(r);
    for (const r of t.mentions) EntityMentionRow.parse(r);
  });

  test("the caller's dates (e.g. from a JSONL field) date the titles", () => {
    const t = corpusTables([{ id: "u", analysis: analyses[2] as Analysis, date: "2019-01-02" }]);
    expect(t.people[0]?.titles[0]).toMatchObject({ firstDate: "2019-01-02", undated: 0 });
  });

  test("co-occurrence: an article counts once per pair; crowded articles pair their most mentioned", () => {
    const c = new CooccurrenceCounter();
    const e = (id: string, mentions = 1) => ({ id, label: id, kind: "person" as const, mentions });
    c.addArticle([e("a"), e("b"), e("a")]);
    c.addArticle([e("b"), e("a")]);
    expect(c.edges()).toEqual([{ source: "a", target: "b", weight: 2, kind: "person-person" }]);
    const crowd = Array.from({ length: MAX_ENTITIES_PER_ARTICLE + 40 }, (_, i) =>
      e(`p${String(i).padStart(3, "0")}`, i < 5 ? 10 : 1),
    );
    const big = new CooccurrenceCounter();
    big.addArticle(crowd);
    expect(big.pairCount).toBe((MAX_ENTITIES_PER_ARTICLE * (MAX_ENTITIES_PER_ARTICLE - 1)) / 2);
    expect(big.nodes().length).toBe(MAX_ENTITIES_PER_ARTICLE + 40);
    expect(big.edges(2)).toEqual([]);
  });

  test("deterministic whatever the order of ties", () => {
    const run = () =>
      JSON.stringify(corpusTables(analyses.map((analysis, i) => ({ id: i, analysis }))));
    expect(run()).toBe(run());
  });
});

describe("timeline", () => {
  test("counts per month from the text's dates; a year counts only by year", () => {
    const r = timeline([seed, A2017, A2020]);
    expect(r.rows.map((x) => x.period)).toEqual(["2017-03", "2017-08", "2020-06"]);
    const aug = r.rows.find((x) => x.period === "2017-08");
    expect(aug).toMatchObject({ articles: 1, dates: 1, events: 1, directives: 1, documents: 0 });
    expect(aug?.people).toBeGreaterThan(0);
    for (const row of r.rows) TimelineRow.parse(row);
    for (const item of r.items) TimelineItem.parse(item);
    const byYear = timeline([seed], { grain: "year" }).rows;
    expect(byYear).toEqual([expect.objectContaining({ period: "2017", dates: 2 })]);
  });

  test("by day, and the long table of dated items", () => {
    const t = new Timeline("day");
    const items = t.add("seed", analyze(seed));
    expect(items.map((i) => [i.kind, i.date])).toEqual([
      ["article", "2017-08-04"],
      ["date", "2017-08-04"],
      ["event", "2017-08-04"],
      ["directive", "2017-08-04"],
    ]);
    expect(t.rows().map((r) => r.period)).toEqual(["2017-08-04"]);
  });

  test("periodOf: a date less precise than the period has none", () => {
    expect(periodOf("2017-08-04", "month")).toBe("2017-08");
    expect(periodOf("2017-08", "day")).toBe(undefined);
    expect(periodOf("2017", "year")).toBe("2017");
  });

  test("undated articles add no article count, and junk never throws", () => {
    const r = timeline([{ id: 1, analysis: {} }, "", "\ud800"]);
    expect(r.rows).toEqual([]);
  });
});
