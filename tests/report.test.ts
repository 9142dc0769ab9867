import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { richSeedAnalysis } from "../fixtures/cli/seed-rich.js";
import { normalize } from "../src/index.js";
import { collectFindings } from "../src/report/collect.js";
import { escapeHtml, jsonForScript, wellFormed } from "../src/report/escape.js";
import { indexHead, indexRow, indexTail } from "../src/report/index-page.js";
import { type Mark, renderMarked } from "../src/report/layout.js";
import { BLANK_LINES, renderReport } from "../src/report/render.js";
import { expectLinearTime, expectSafeRegex } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

/** An analysis-shaped base from the normaliser alone (the report must not depend on extractors). */
function baseOf(source: string): Record<string, unknown> {
  const { schemaVersion, ...normalized } = { ...normalize(source) };
  return {
    schemaVersion,
    input: { kind: "text", format: "plain", length: source.length },
    normalized,
    metadata: { authors: [] },
    sections: [],
  };
}

const rich = richSeedAnalysis(seed, baseOf(seed));

function mark(start: number, end: number, name: string, order = 0): Mark {
  return { start, end, order, open: (c) => `<${name}${c ? " c" : ""}>`, close: `</${name}>` };
}

describe("nesting highlights (layout)", () => {
  test("contained spans nest, outer first", () => {
    expect(renderMarked("abcdef", [mark(1, 3, "i"), mark(0, 5, "o")], 0, 6)).toBe(
      "<o>a<i>bc</i>de</o>f",
    );
  });
  test("crossing spans are cut at the boundary; the second piece is marked as continued", () => {
    expect(renderMarked("abcdef", [mark(0, 3, "a"), mark(2, 5, "b")], 0, 6)).toBe(
      "<a>ab<b>c</b></a><b c>de</b>f",
    );
  });
  test("clipping to a block keeps only the part inside, marked continued when it started before", () => {
    expect(renderMarked("abcdef", [mark(0, 4, "a")], 2, 6)).toBe("<a c>cd</a>ef");
  });
  test("identical spans nest by order; text is escaped", () => {
    expect(renderMarked("<b>", [mark(0, 3, "y", 1), mark(0, 3, "x", 0)], 0, 3)).toBe(
      "<x><y>&lt;b&gt;</y></x>",
    );
  });
  test("every character keeps every highlight over it, for many random spans", () => {
    const text = "x".repeat(200);
    let seedN = 7;
    const rnd = (n: number) => {
      seedN = (seedN * 1103515245 + 12345) % 2147483648;
      return seedN % n;
    };
    const marks: Mark[] = [];
    for (let i = 0; i < 120; i++) {
      const s = rnd(200);
      const e = Math.min(200, s + 1 + rnd(40));
      marks.push({ start: s, end: e, order: i, open: () => `<m${i}>`, close: `</m${i}>` });
    }
    const html = renderMarked(text, marks, 0, 200);
    // Walk the output: at every "x", the open marks must be exactly those covering its offset.
    const open: number[] = [];
    let offset = 0;
    for (const token of html.match(/<\/?m\d+>|x/g) ?? []) {
      if (token === "x") {
        const expected = marks
          .filter((m) => m.start <= offset && offset < m.end)
          .map((m) => m.order)
          .sort((a, b) => a - b);
        expect([...new Set(open)].sort((a, b) => a - b)).toEqual(expected);
        offset++;
      } else if (token.startsWith("</")) {
        expect(open.pop()).toBe(Number(token.slice(3, -1)));
      } else {
        open.push(Number(token.slice(2, -1)));
      }
    }
    expect(offset).toBe(200);
    expect(open).toEqual([]);
  });
});

describe("collecting findings from any collection", () => {
  test("spans, mentions and nested spans (titles, actions) become typed mentions", () => {
    const { mentions, entities } = collectFindings(rich, seed);
    const types = new Set(mentions.map((m) => m.type));
    for (const t of [
      "person",
      "title",
      "organisation",
      "place",
      "date",
      "count",
      "directive",
      "action",
      "event",
      "document",
    ]) {
      expect(types, t).toContain(t);
    }
    for (const m of mentions) expect(m.text).toBe(seed.slice(m.start, m.end));
    expect(mentions.filter((m) => m.ref === "people/0")).toHaveLength(3);
    expect(entities.get("people/0")?.value).toBe("Cao Văn Minh (Phó Bí thư Thường trực Quận ủy)");
    expect(entities.get("dates/0")?.value).toBe("2017-08-04 (day)");
    expect(entities.get("counts/0")?.value).toBe("6 ý kiến phát biểu");
  });
  test("a collection no table knows still shows up, with its own type", () => {
    const { mentions } = collectFindings(
      { vehicles: [{ span: { start: 0, end: 3 }, text: "Quậ", rule: "x" }] },
      seed,
    );
    expect(mentions).toEqual([
      { type: "vehicle", ref: "vehicles/0", start: 0, end: 3, text: "Quậ", detail: false },
    ]);
  });
  test("spanned fields of an item: titles, actions, addressees are findings; others are details", () => {
    const item = (start: number, end: number) => ({
      span: { start, end },
      text: seed.slice(start, end),
    });
    const { mentions } = collectFindings(
      {
        directives: [
          {
            ...item(0, 20),
            rule: "d",
            speechAct: { ...item(0, 3), lemma: "x" },
            addressees: [item(4, 6)],
            actions: [{ ...item(7, 15), verb: item(7, 9), subActions: [item(10, 12)] }],
          },
        ],
      },
      seed,
    );
    const kinds = mentions.map((m) => `${m.type}${m.detail ? "*" : ""}`).sort();
    expect(kinds).toEqual(["action", "action", "addressee", "directive", "speechAct*", "verb*"]);
  });
  test("spans outside the source are dropped, not trusted", () => {
    const bad = {
      people: [
        {
          name: "x",
          mentions: [
            { start: -1, end: 2 },
            { start: 5, end: 1e9 },
            { start: 3, end: 3 },
          ],
        },
      ],
    };
    expect(collectFindings(bad, "short").mentions).toEqual([]);
  });
});

describe("the report page", () => {
  const { html, summary } = renderReport(rich, seed, { id: "seed.txt", generator: "bantin test" });

  test("is self-contained: no external script, style, font, image or link", () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
    expect(html).toContain("Content-Security-Policy");
  });

  test("highlights every finding by type, outlines sections, has a legend and panels", () => {
    const { mentions } = collectFindings(rich, seed);
    const marks = html.match(/<mark class="e t-[^"]*"/g) ?? [];
    expect(marks.length).toBeGreaterThanOrEqual(mentions.length);
    for (const kind of ["title", "kicker", "lead", "body", "caption", "byline"])
      expect(html).toContain(`data-kind="${kind}"`);
    for (const label of [
      "People",
      "Titles",
      "Organisations",
      "Places",
      "Dates",
      "Counts",
      "Directives",
      "Actions",
    ]) {
      expect(html).toMatch(new RegExp(`class="chip"[\\s\\S]*?${label}`));
    }
    for (const panel of [
      "p-people",
      "p-organisations",
      "p-timeline",
      "p-directives",
      "p-normalisation",
    ])
      expect(html).toContain(`id="${panel}"`);
    expect(summary).toMatchObject({ sections: 7, characters: seed.length });
    expect(summary.counts.person).toBe(1);
  });

  test("organisations form a tree: a department under its committee", () => {
    const tree = html.slice(html.indexOf('id="p-organisations"'), html.indexOf('id="p-timeline"'));
    expect(tree).toMatch(/Quận ủy Quận 9[\s\S]*<ul>[\s\S]*Ban Tổ chức Quận ủy/);
  });

  test("the timeline is sorted and shows values at their grain", () => {
    const timeline = html.slice(html.indexOf('id="p-timeline"'), html.indexOf('id="p-directives"'));
    expect(timeline.indexOf(">2017<")).toBeGreaterThan(0);
    expect(timeline.indexOf(">2017<")).toBeLessThan(timeline.indexOf(">2017-08-04<"));
  });

  test("is deterministic", () => {
    expect(renderReport(rich, seed, { id: "seed.txt", generator: "bantin test" }).html).toBe(html);
  });

  test("an article containing markup stays text", () => {
    const evil = 'Tin <script>alert("x")</script> & <img src=x onerror=alert(1)> "</textarea>';
    const evilAnalysis = {
      ...baseOf(evil),
      metadata: { title: "<script>t</script>", authors: ["<b>a</b>"] },
      people: [
        {
          id: "<p>",
          name: "</script><script>alert(2)</script>",
          mentions: [{ start: 4, end: 12 }],
        },
      ],
    };
    const page = renderReport(evilAnalysis, evil, { id: "<id>" }).html;
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img");
    expect(page).not.toContain("</script><script>");
    // The article's text, with highlight tags taken out, is the escaped input.
    const article = page.slice(page.indexOf('<article class="doc"'), page.indexOf("</article>"));
    expect(article.replace(/<[^>]+>/g, "")).toContain(
      "Tin &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x",
    );
    // The data block cannot be closed early.
    const data = page.slice(
      page.indexOf('id="bantin-data">'),
      page.indexOf("</script>", page.indexOf('id="bantin-data">')),
    );
    expect(data).not.toMatch(/<\/?script/i);
  });

  test("paragraph splitting is ReDoS-safe and linear on pathological text", () => {
    expectSafeRegex(BLANK_LINES);
    expectLinearTime(
      (text) => renderReport({}, text),
      (n) => "\n \t".repeat(n / 3),
      90_000,
    );
  });

  test("junk input: empty, lone surrogates, controls, no normalized block", () => {
    for (const text of ["", "a\ud800b\udc00", "\u0000\u0001\u0007x"]) {
      const page = renderReport(baseOf(text), text).html;
      expect(page).toMatch(/<\/html>\n$/);
      expect([...page].some((c) => c.charCodeAt(0) < 9)).toBe(false);
      expect(page).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    expect(renderReport({}, "plain text").html).toContain("plain text");
    expect(renderReport(null, "").html).toContain("This article has no text.");
  });

  test("spans in the rich fixture point into the seed (the fixture is honest)", () => {
    expect(expectSpansPointIntoSource(rich, seed)).toBeGreaterThan(30);
  });
});

describe("escaping helpers", () => {
  test("html, script JSON, well-formed text", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
    expect(jsonForScript({ s: "</script><!--\u2028" })).toBe(
      '{"s":"\\u003c/script\\u003e\\u003c!--\\u2028"}',
    );
    expect(JSON.parse(jsonForScript({ s: "</script>&" }))).toEqual({ s: "</script>&" });
    expect(wellFormed("a\ud800b\u0000c\n\t😀")).toBe("a\ufffdb\ufffdc\n\t😀");
  });
});

describe("the index page", () => {
  test("streams head, rows and tail; escapes titles; links pages; marks failures", () => {
    const html =
      indexHead("<corpus>", "bantin test") +
      indexRow({
        number: 1,
        id: "a<1>",
        href: "articles/000001-a.html",
        title: "<b>T</b>",
        counts: { person: 2, vehicle: 1 },
        sections: 3,
        characters: 1200,
      }) +
      indexRow({
        number: 2,
        id: null,
        href: undefined,
        title: "",
        counts: {},
        sections: 0,
        characters: 0,
        error: "invalid JSON <x>",
      }) +
      indexTail({ articles: 2, failed: 1, seconds: 1.5, interrupted: false }, "bantin test");
    expect(html).toContain('<a href="articles/000001-a.html">&lt;b&gt;T&lt;/b&gt;</a>');
    expect(html).toContain("failed: invalid JSON &lt;x&gt;");
    expect(html).toContain("&lt;corpus&gt;");
    expect(html).toMatch(/<\/html>\n$/);
    expect(html).not.toMatch(/(?:src|href)="https?:/);
  });
});
