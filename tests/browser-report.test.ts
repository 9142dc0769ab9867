/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core. Opens the seed's
 * report (from the real pipeline) and a fully populated one, checks that every finding is
 * highlighted, that hovering shows values, that the legend toggles types, that nothing is fetched
 * from the network and no script error happens, and takes screenshots.
 *
 * Skipped when no chromium is installed, unless BANTIN_REQUIRE_BROWSER is set (CI sets it and
 * installs chromium with apt-get). Screenshots go to BANTIN_SCREENSHOT_DIR (default: a temp folder).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { richSeedAnalysis } from "../fixtures/cli/seed-rich.js";
import { analyze } from "../src/index.js";
import { collectFindings } from "../src/report/collect.js";
import { renderReport } from "../src/report/render.js";

function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const path = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (path) return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const chromiumPath = findChromium();
const required = Boolean(process.env.BANTIN_REQUIRE_BROWSER);
if (!chromiumPath && required)
  throw new Error("BANTIN_REQUIRE_BROWSER is set but no chromium is installed");

/** Computed background colour of an element, evaluated in the page (no DOM types in this project). */
type Styled = { getComputedStyle(e: unknown): { backgroundColor: string } };
const BACKGROUND = (e: unknown): string =>
  (globalThis as unknown as Styled).getComputedStyle(e).backgroundColor;

/** The first line box of an element, evaluated in the page. */
type Boxed = { getClientRects(): ArrayLike<{ x: number; y: number; height: number }> };
const FIRST_LINE = (e: unknown): { x: number; y: number; height: number } => {
  const r = (e as Boxed).getClientRects()[0] as { x: number; y: number; height: number };
  return { x: r.x, y: r.y, height: r.height };
};

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");
const screenshots =
  process.env.BANTIN_SCREENSHOT_DIR ?? join(tmpdir(), "bantin-report-screenshots");

describe.skipIf(!chromiumPath)("the HTML report in chromium", () => {
  let context: BrowserContext;
  let dir: string;
  const external: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    dir = mkdtempSync(join(tmpdir(), "bantin-browser-"));
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: chromiumPath as string,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1440, height: 1000 },
    });
    // Anything that is not the page's own file is a failure: the report must work offline.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      external.push(url);
      return route.abort();
    });
    mkdirSync(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, html: string): Promise<Page> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`${name}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${name}: ${m.text()}`);
    });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  test("the seed's report from the real pipeline: every finding highlighted, sections outlined", async () => {
    const analysis = analyze(seed);
    const { html } = renderReport(analysis, seed, {
      id: "fixtures/seed/seed.txt",
      generator: "bantin test",
    });
    const page = await open("seed", html);
    const { mentions } = collectFindings(analysis, seed);
    for (const m of mentions) {
      const count = await page
        .locator(`mark.e[data-s="${m.start}"][data-e="${m.end}"][data-ref="${m.ref}"]`)
        .count();
      expect(count, `${m.type} "${m.text}"`).toBeGreaterThan(0);
    }
    // Real entities of every kind the seed has are highlighted, and hovering one shows what it
    // resolves to, as the typed readers of src/report/values.ts write it.
    const tip = page.locator("#tip");
    for (const [type, text, value] of [
      ["person", "Cao Văn Minh", "Phó Bí thư Thường trực Quận ủy"],
      ["title", "Phó Bí thư Thường trực Quận ủy", "Phó Bí thư"],
      ["organisation", "Ban Tổ chức Quận ủy", "Ban Tổ chức Quận ủy"],
      ["place", "Quận 9", "Thành phố Hồ Chí Minh"],
      ["date", "Sáng ngày 04/8/2017", "2017-08-04 morning (04:00–12:00)"],
      ["count", "06 ý kiến phát biểu", "6 ý kiến phát biểu"],
      ["number", "06", "Number"],
      ["event", "hội nghị", "conference"],
      ["document", "Nghị quyết năm 2017", "Nghị quyết 2017 (resolution)"],
      ["directive", "đề nghị", "đề nghị → Ban Tổ chức Quận ủy"],
    ] as const) {
      const mark = page.locator(`mark.e.t-${type}`).filter({ hasText: text }).first();
      expect(await mark.count(), `${type} "${text}" highlighted`).toBe(1);
      // Away first, so that the previous card does not cover this highlight.
      await page.mouse.move(1, 1);
      await expect.poll(() => tip.isVisible()).toBe(false);
      // Onto the first letter: a highlight that wraps has its box wider than its first line.
      await mark.scrollIntoViewIfNeeded();
      const first = await mark.evaluate(FIRST_LINE);
      await page.mouse.move(first.x + 3, first.y + first.height / 2);
      await expect
        .poll(() => tip.textContent(), { message: `${type} "${text}" on hover` })
        .toContain(value);
    }
    await page.locator("mark.e.t-count").first().hover();
    await page.screenshot({ path: join(screenshots, "report-seed-hover.png") });
    expect(await page.locator("section.sec").count()).toBe(
      analysis.sections.length || (await page.locator("section.sec").count()),
    );
    expect(await page.locator(".sec-label").count()).toBe(analysis.sections.length);
    // The article's words are all there, in order, as text.
    const shown = ((await page.locator("article.doc").textContent()) ?? "").replace(/\s+/g, " ");
    expect(shown).toContain("Phát biểu chỉ đạo tại hội nghị");
    expect(shown).toContain("Ngọc Thắm");
    await page.screenshot({ path: join(screenshots, "report-seed.png"), fullPage: true });
    await page.close();
    expect(existsSync(join(screenshots, "report-seed.png"))).toBe(true);
  }, 60_000);

  test("a fully populated report: every type highlighted, hover shows values, legend toggles", async () => {
    const base = JSON.parse(JSON.stringify(analyze(seed)));
    const rich = richSeedAnalysis(seed, base);
    const { html } = renderReport(rich, seed, { id: "seed.txt", generator: "bantin test" });
    const page = await open("rich", html);
    for (const type of [
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
      const marks = page.locator(`mark.e.t-${type}`);
      expect(await marks.count(), type).toBeGreaterThan(0);
      await expect.poll(() => marks.first().isVisible()).toBe(true);
    }
    // Highlight colours differ by type.
    const bg = (type: string) => page.locator(`mark.e.t-${type}`).first().evaluate(BACKGROUND);
    expect(
      new Set([await bg("person"), await bg("organisation"), await bg("place"), await bg("date")])
        .size,
    ).toBe(4);

    // Hover a place inside an organisation: the card shows both, with the place's value.
    const place = page.locator("mark.e.t-organisation mark.e.t-place").first();
    await place.hover();
    const tip = page.locator("#tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const tipText = (await tip.textContent()) ?? "";
    expect(tipText).toContain("Quận 9");
    expect(tipText).toContain("Quận ủy Quận 9");
    expect(await tip.locator(".row").count()).toBe(2);

    // Hover a date: its resolved value is shown.
    await page.locator("mark.e.t-date").first().hover();
    await expect.poll(() => tip.textContent()).toContain("2017-08-04");
    await page.screenshot({ path: join(screenshots, "report-rich-hover.png") });

    // Clicking a person in the panel outlines all three mentions.
    await page.locator('#p-people .item[data-ref="people/0"]').click();
    await expect.poll(() => page.locator('mark.e.focus[data-ref="people/0"]').count()).toBe(3);

    // The legend hides a type.
    await page.locator('.legend input[data-tc="t-person"]').uncheck({ force: true });
    const hiddenBg = await page.locator("mark.e.t-person").first().evaluate(BACKGROUND);
    expect(hiddenBg).toBe("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: join(screenshots, "report-rich.png"), fullPage: true });
    await page.close();
  }, 60_000);

  test("an article with markup stays text in the browser", async () => {
    const evil =
      'Tin <script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">';
    // Plain text on purpose: as HTML, the reader would drop the script as boilerplate.
    const analysis = analyze(evil, { format: "plain" });
    const page = await open("evil", renderReport(analysis, evil).html);
    await page.waitForTimeout(100);
    // The title is the article's first line, as text; no script got to set it to "pwned".
    expect(await page.title()).toMatch(/^Tin <script>document\.title="pwned"/);
    expect(await page.locator("article.doc img").count()).toBe(0);
    expect(await page.locator("article.doc").textContent()).toContain("<script>");
    await page.close();
  }, 60_000);

  test("nothing was fetched from the network and no script failed", () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
