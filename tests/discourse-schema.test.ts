import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { analyze, Directive, DocumentRef, EventEntity } from "../src/index.js";

// Output conventions of the discourse items (notes/conventions.md): ids `<kind>-<n>` counted from 1
// in text order, references named `<kind>Id`, a `rule` on every item and sub-item with a span, and
// denormalised copies in the referenced entity's own types.
const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

/** Every object under `value` that has a span and a text, with its path. */
function spanned(value: unknown, path = "$"): { path: string; item: Record<string, unknown> }[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => spanned(v, `${path}[${i}]`));
  const o = value as Record<string, unknown>;
  const own = o.span !== undefined && typeof o.text === "string" ? [{ path, item: o }] : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => spanned(v, `${path}.${k}`))];
}

const TEXT =
  "Sáng ngày 04/8/2017, Quận ủy Quận 9 tổ chức hội nghị chuyên đề. Tham dự và chủ trì hội nghị có đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy. Hội nghị ghi nhận được 06 ý kiến phát biểu. Đồng chí Cao Văn Minh đề nghị Ban Tổ chức Quận ủy cần tiếp tục quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, hoàn thành trước ngày 30/9/2017; tăng cường kết nạp 10% đảng viên mới.";

describe("discourse output conventions", () => {
  for (const [name, text] of [
    ["seed", seed],
    ["excerpt", TEXT],
  ] as const) {
    test(`${name}: a rule on every spanned item and sub-item`, () => {
      const r = analyze(text);
      const items = spanned({ directives: r.directives, events: r.events, documents: r.documents });
      expect(items.length).toBeGreaterThan(10);
      const missing = items.filter((x) => typeof x.item.rule !== "string" || x.item.rule === "");
      expect(missing.map((x) => x.path)).toEqual([]);
    });

    test(`${name}: ids event-n, directive-n, document-n in text order`, () => {
      const r = analyze(text);
      const check = (items: { id: string }[], kind: string) => {
        expect(items.map((x) => x.id)).toEqual(items.map((_, k) => `${kind}-${k + 1}`));
      };
      check(r.events, "event");
      check(r.directives, "directive");
      check(r.documents, "document");
      const events = new Set(r.events.map((e) => e.id));
      for (const d of r.directives) if (d.eventId) expect(events.has(d.eventId)).toBe(true);
    });

    test(`${name}: items validate against their schemas`, () => {
      const r = analyze(text);
      for (const d of r.directives) Directive.parse(d);
      for (const e of r.events) EventEntity.parse(e);
      for (const d of r.documents) DocumentRef.parse(d);
    });
  }

  test("an event's date copies the date entity's value, grain and part of day", () => {
    const r = analyze(TEXT);
    const e = r.events[0] as EventEntity;
    const date = r.dates.find((d) => d.text === "Sáng ngày 04/8/2017");
    expect(date).toBeDefined();
    expect(e.date).toMatchObject({ text: "Sáng ngày 04/8/2017", partOfDay: "morning" });
    expect(e.date?.value).toEqual(date?.value);
    expect(e.date?.grain).toBe(date?.grain);
    expect(date?.id).toMatch(/^date-\d+$/u);
    expect(e.date?.dateId).toBe(date?.id);
  });

  test("an outcome and a target copy the count entity's value and unit", () => {
    const r = analyze(TEXT);
    const e = r.events[0] as EventEntity;
    expect(e.outcomes[0]).toMatchObject({ value: 6, unit: "ý kiến phát biểu" });
    // The reference is to the count entity, not to the bare number inside it.
    const count = r.counts.find((c) => c.id === e.outcomes[0]?.countId);
    expect(count).toMatchObject({ value: 6, unit: "ý kiến phát biểu" });
    // Every reference names an item of the analysis.
    const ids = new Set(
      [...r.dates, ...r.counts, ...r.people, ...r.organisations].map((x) => x.id),
    );
    const refs = JSON.stringify({ d: r.directives, e: r.events, k: r.documents }).matchAll(
      /"(?:dateId|countId|personId|organisationId)":"([^"]+)"/gu,
    );
    for (const [, id] of refs) expect(ids.has(id as string), id).toBe(true);
    const d = r.directives[0] as Directive;
    expect(d.actions.some((a) => a.deadline?.text === "trước ngày 30/9/2017")).toBe(true);
    const doc = r.documents.find((x) => x.number === "05-CT/TW");
    expect(doc?.date?.value).toMatchObject({ value: expect.stringMatching(/^2016-05-15T/u) });
  });
});
