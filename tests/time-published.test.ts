import { describe, expect, test } from "vitest";
import { analyze } from "../src/analyze.js";
import { Doc } from "../src/extract/doc.js";
import { extractDatesFromDoc } from "../src/extract/time/index.js";
import {
  publishedFromIso,
  publishedValue,
  readOffset,
  stampOffset,
} from "../src/extract/time/published.js";
import { normalize } from "../src/normalize/normalize.js";

describe("publication values keep their UTC offset", () => {
  test.each([
    ["2017-08-05T09:00:00+07:00", "2017-08-05T09:00+07:00"],
    ["2017-08-05T09:00:00.123+0700", "2017-08-05T09:00+07:00"],
    ["2017-08-05T02:00:00.000Z", "2017-08-05T02:00+00:00"],
    ["2017-08-05T09:00:00-05:00", "2017-08-05T09:00-05:00"],
    ["2017-08-05 09:00", "2017-08-05T09:00+07:00"], // no offset stated: Vietnam's
    ["2017-08-05", "2017-08-05"], // a day alone has no offset to give
  ])("%s → %s", (iso, value) => expect(publishedFromIso(iso)).toBe(value));

  test.each(["2017-02-30T09:00:00+07:00", "2017-08-05T25:00", "2017-08-05T09:00+25:00", "hôm qua"])(
    "no value from %j",
    (s) => expect(publishedFromIso(s)).toBeUndefined(),
  );

  test("offsets as pages and stamp lines write them", () => {
    expect(readOffset("+07:00")).toBe(420);
    expect(readOffset("-0230")).toBe(-150);
    expect(readOffset("Z")).toBe(0);
    expect(stampOffset("Thứ Bảy, 05/08/2017 10:30 (GMT+7)")).toBe(420);
    expect(stampOffset("05/08/2017 03:30 UTC+0")).toBe(0);
    expect(stampOffset("05/08/2017 10:30")).toBeUndefined();
    expect(
      publishedValue({ year: 2017, month: 8, day: 5, hour: 10, minute: 30, offset: -300 }),
    ).toBe("2017-08-05T10:30-05:00");
  });

  test("the page's offset reaches metadata.published through analyze", () => {
    const html =
      '<html><head><meta property="article:published_time" content="2017-08-05T09:00:00+07:00"></head><body><article><h1>Tin</h1><p>Sáng nay, đoàn công tác đến xã.</p></article></body></html>';
    expect(analyze(html).metadata.published).toBe("2017-08-05T09:00+07:00");
  });

  test("a time published in another offset anchors the day it is in the output's offset", () => {
    const doc = Doc.fromNormalized(normalize("Hôm nay trời mưa."));
    // 23:30 in New York on 4 August is 10:30 on 5 August in Vietnam.
    const [d] = extractDatesFromDoc(doc, {}, "2017-08-04T23:30-04:00");
    expect(d?.value).toEqual({
      type: "value",
      value: "2017-08-05T00:00:00.000+07:00",
      grain: "day",
    });
    const [e] = extractDatesFromDoc(doc, {}, "2017-08-04T23:30+07:00");
    expect(e?.value).toEqual({
      type: "value",
      value: "2017-08-04T00:00:00.000+07:00",
      grain: "day",
    });
  });
});
