import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractDiscourse } from "../src/extract/discourse/index.js";
import { Doc } from "../src/extract/doc.js";
import { type Analysis, analyze, type Directive, type EventEntity } from "../src/index.js";
import { normalize } from "../src/normalize/normalize.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

// The seed article (fixtures/seed/seed.txt): a district party bulletin about one thematic conference
// and the directive its chair gave. This is the issue's own expectation, kept whole.
const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

/** The seven actions of the directive, by their first words, with their verb and markers. */
const ACTIONS: { start: string; verb: string; markers: string[] }[] = [
  { start: "cần tiếp tục quán triệt", verb: "quán triệt", markers: ["cần", "tiếp tục"] },
  { start: "không ngừng nâng cao nhận thức", verb: "nâng cao", markers: ["không ngừng"] },
  { start: "làm tốt công tác tạo nguồn", verb: "làm", markers: [] },
  { start: "quan tâm xây dựng, phát huy", verb: "xây dựng", markers: ["quan tâm"] },
  { start: "tăng cường thực hiện công tác phối", verb: "thực hiện", markers: ["tăng cường"] },
  { start: "thường xuyên bồi dưỡng", verb: "bồi dưỡng", markers: ["thường xuyên"] },
  { start: "các cấp ủy Đảng phải có kế hoạch", verb: "có", markers: ["phải"] },
];

function checkDirective(d: Directive, source: string): void {
  expect(d.speechAct.lemma).toBe("đề nghị");
  expect(d.form).toBe("direct");
  expect(d.issuer?.kind).toBe("person");
  expect(d.issuer?.text).toBe("đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy");
  expect(d.addressees.map((a) => [a.text, a.kind])).toEqual([
    ["Ban Tổ chức Quận ủy", "organisation"],
    ["cấp ủy các chi, đảng bộ cơ sở", "group"],
  ]);
  expect(d.actions).toHaveLength(7);
  d.actions.forEach((a, k) => {
    const want = ACTIONS[k] as (typeof ACTIONS)[number];
    expect(a.text.startsWith(want.start), `action ${k + 1}: ${a.text}`).toBe(true);
    expect(a.verb?.lemma).toBe(want.verb);
    expect(a.markers.map((m) => m.lemma)).toEqual(want.markers);
    expect(source.slice(a.span.start, a.span.end)).toBe(a.text);
  });
  // Action 2 holds two sub-actions, after "đặc biệt" and "từ đó".
  const second = d.actions[1];
  expect(second?.subActions.map((s) => s.introducer?.text)).toEqual(["đặc biệt", "từ đó"]);
  expect(second?.subActions[0]?.markers.map((m) => m.lemma)).toEqual(["chú trọng"]);
  expect(second?.subActions[0]?.verb?.lemma).toBe("thực hiện");
  // Action 6 has its own purpose; action 7 its own subject.
  expect(d.actions[5]?.purpose?.text).toBe(
    "nhằm giúp các đồng chí đáp ứng tốt yêu cầu nhiệm vụ đặt ra",
  );
  expect(d.actions[6]?.subject?.text).toBe("các cấp ủy Đảng");
  // The purpose clause is the directive's goal, not an eighth action.
  expect(d.purpose?.text).toBe(
    "góp phần giúp Đảng bộ quận thực hiện thắng lợi chỉ tiêu Nghị quyết năm 2017 đề ra",
  );
  expect(d.actions.some((a) => a.text.includes("góp phần"))).toBe(false);
}

function checkEvent(e: EventEntity): void {
  expect(e.type).toBe("conference");
  expect(e.head).toBe("hội nghị");
  expect(e.topic?.text).toBe("chuyên đề về công tác tạo nguồn phát triển đảng viên");
  expect(e.organiser?.text).toBe("Quận ủy Quận 9");
  expect(e.chairs.map((c) => c.text)).toEqual([
    "đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy",
  ]);
  // The date entity's value (the morning of 4 August) or, alone, the written day.
  const v = e.date?.value;
  expect(v?.type === "value" ? v.value : v?.from?.value).toMatch(/^2017-08-04T/u);
  expect(e.date?.partOfDay).toBe("morning");
  expect(e.outcomes.map((o) => [o.value, o.unit])).toEqual([[6, "ý kiến phát biểu"]]);
  // One event with all its mentions: title, lead, chair sentence, "Hội nghị cũng đã ...", the
  // caption and the directive's sentence.
  expect(e.mentions.length).toBe(6);
  expect(e.mentions.map((m) => m.text.toLowerCase().slice(0, 8))).toEqual(
    new Array(6).fill("hội nghị"),
  );
}

describe("the seed article, through the discourse stage alone", () => {
  const result = extractDiscourse(Doc.fromNormalized(normalize(seed)));

  test("one directive by Cao Văn Minh with seven actions and the purpose clause", () => {
    expect(result.directives).toHaveLength(1);
    checkDirective(result.directives[0] as Directive, seed);
  });

  test("one event: the thematic conference, organised, chaired, dated, with its outcome", () => {
    expect(result.events).toHaveLength(1);
    checkEvent(result.events[0] as EventEntity);
    expect(result.directives[0]?.eventId).toBe(result.events[0]?.id);
  });

  test("the resolution the purpose clause cites", () => {
    expect(result.documents.map((d) => [d.type, d.typeText, d.year])).toEqual([
      ["resolution", "Nghị quyết", 2017],
    ]);
  });

  test("every span points into the seed", () => {
    expect(expectSpansPointIntoSource(result, seed)).toBeGreaterThan(50);
  });
});

describe("the seed article, through analyze: the same, linked to people and organisations", () => {
  // These links need the people/organisation extractor (issue 5); the expectation is the issue's.
  const run = (): Analysis => analyze(seed);

  test("the directive's issuer is the person Cao Văn Minh, its first addressee an organisation", () => {
    const r = run();
    const d = r.directives[0] as Directive;
    checkDirective(d, seed);
    const minh = r.people.find((p) => p.name.includes("Cao Văn Minh"));
    expect(minh).toBeDefined();
    expect(d.issuer?.personId).toBe(minh?.id);
    const ban = r.organisations.find((o) => o.name.includes("Ban Tổ chức"));
    expect(ban).toBeDefined();
    expect(d.addressees[0]?.organisationId).toBe(ban?.id);
  });

  test("the event's chair is the same person, its organiser the Quận ủy Quận 9", () => {
    const r = run();
    const e = r.events[0] as EventEntity;
    checkEvent(e);
    const minh = r.people.find((p) => p.name.includes("Cao Văn Minh"));
    expect(e.chairs[0]?.personId).toBe(minh?.id);
    expect(e.organiser?.organisationId).toBeDefined();
    expect(r.directives[0]?.eventId).toBe(e.id);
    expectSpansPointIntoSource(r, seed);
  });
});
