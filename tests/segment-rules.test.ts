import { describe, expect, test } from "vitest";
import { viewOf } from "../src/segment/features.js";
import { bylineRule, sourceRule } from "../src/segment/rules/credits.js";
import { BULLET_RE, NUMBERED_RE } from "../src/segment/rules/structure.js";
import {
  AGENCY_DATELINE_RE,
  matchDateline,
  PLACE_DATELINE_RE,
  STAMP_RE,
  stampRule,
} from "../src/segment/rules/top.js";
import { expectSafeRegex } from "./helpers/redos.js";

/** The rule's view of a one-paragraph text. */
const view = (text: string) =>
  viewOf(
    text,
    {
      start: 0,
      end: text.length,
      indent: 0,
      blankBefore: 1,
      blankAfter: 1,
      lines: 1,
      width: text.length,
    },
    0,
  );

describe("datelines", () => {
  test.each([
    ["HÀ NỘI - Sáng nay", "HÀ NỘI - ", "dateline-place"],
    ["Hà Nội – Sáng nay", "Hà Nội – ", "dateline-place"],
    ["TP.HCM, ngày 5/8/2017 - Cây cầu", "TP.HCM, ngày 5/8/2017 - ", "dateline-place-date"],
    ["(Chinhphu.vn) - Sáng nay", "(Chinhphu.vn) - ", "dateline-agency"],
    ["(Dân trí) – Chiều 5/2", "(Dân trí) – ", "dateline-agency"],
    ["(baodautu.vn) Trao đổi với báo chí", "(baodautu.vn) ", "dateline-agency"],
    ["ĐÀ NẴNG-Ngày 7-2, tại đền", "ĐÀ NẴNG-", "dateline-place"],
    ["QUẢNG NAM- Ngày 5-2, lãnh đạo", "QUẢNG NAM- ", "dateline-place"],
    ["VOV.VN-Nhóm lớp Sen Vàng", "VOV.VN-", "dateline-agency"],
  ])("%s", (text, prefix, rule) => {
    const d = matchDateline(text);
    expect(d?.rule).toBe(rule);
    expect(text.slice(0, d?.length)).toBe(prefix);
  });

  test.each([
    "Sáng ngày 04/8/2017,Quận ủy Quận 9 tổ chức hội nghị",
    "Bộ GD-ĐT vừa công bố Quy chế kỳ thi",
    "HAT-P-65B và HAT-P-66B đang trở thành bộ đôi",
    "AV-Test, tổ chức an ninh độc lập",
    "PGS-TS Lưu Trang vừa được bổ nhiệm",
    "(Tổng hợp) Một bài viết",
    "Ông Nguyễn Văn A - Phó Chủ tịch UBND",
  ])("not a dateline: %s", (text) => expect(matchDateline(text)).toBeNull());
});

describe("date stamps", () => {
  test.each([
    ["Cập nhật: 10:30 05/08/2017", "2017-08-05T10:30+07:00"],
    ["Thứ Bảy, 05/08/2017 10:30 (GMT+7)", "2017-08-05T10:30+07:00"],
    ["Cập nhật: 05/08/2017 03:30 (GMT+0)", "2017-08-05T03:30+00:00"],
    ["Ngày đăng: 5/8/2017", "2017-08-05"],
  ])("%s", (text, iso) => expect(stampRule(text)?.date).toBe(iso));

  test("a sentence with a date is not a stamp", () => {
    expect(stampRule("Sáng 5/8/2017, hội nghị diễn ra")).toBeNull();
  });
});

describe("credits", () => {
  test.each([
    "Theo VnExpress",
    "(Theo Reuters)",
    "– Theo Stylecraze",
    "Theo Lê Phương (Khám phá)",
    "Theo vne",
    "TTXVN",
    "TTXVN/Tin Tức",
    "Nguồn: Reuters",
    "(Tổng hợp)",
    "PV.",
    "St",
    "baodautu.vn",
  ])("source: %s", (text) => expect(sourceRule(view(text))).not.toBeNull());

  test.each([
    "Theo ông",
    "Theo chuẩn tăng trưởng của Tổ chức Y tế Thế giới thì con bạn đang bị suy dinh dưỡng",
    "Theo đó, ngày 5/2",
  ])("not a source: %s", (text) => expect(sourceRule(view(text))).toBeNull());

  test.each([
    "Ngọc Thắm",
    "Ng.Quang",
    "A.T",
    "MINH THI",
    "Bài và ảnh: Hoàng Lâm",
    "Tin - ảnh: C. Nguyên",
    "Bích Lan/VOV.VN",
    "Phan Thanh (Sciencenews)",
    "PGS.BS. Đào Ngọc Diễn",
    "Nguyễn Thuận -",
  ])("byline: %s", (text) => expect(bylineRule(view(text))).not.toBeNull());

  test.each([
    ": Bắc Mariana",
    "Tết ở Trường Sa",
    "Hôm nay trời đẹp.",
    "Thông tin liên hệ qua email",
  ])("not a byline: %s", (text) => expect(bylineRule(view(text))).toBeNull());
});

describe("every exported rule pattern is safe from catastrophic backtracking", () => {
  test.each([
    ["AGENCY_DATELINE_RE", AGENCY_DATELINE_RE],
    ["STAMP_RE", STAMP_RE],
    ["BULLET_RE", BULLET_RE],
    ["NUMBERED_RE", NUMBERED_RE],
  ])("%s", (_name, re) => expectSafeRegex(re));

  test("PLACE_DATELINE_RE (a literal alternation of places, then bounded parts) runs in linear time", () => {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) PLACE_DATELINE_RE.exec(`${"HÀ NỘI ".repeat(50)}x`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
