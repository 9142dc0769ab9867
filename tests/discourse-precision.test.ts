import { describe, expect, test } from "vitest";
import { type EventEntity, extractDirectives, extractEvents } from "../src/index.js";
import { expectNone, expectSingle } from "./helpers/directives.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

// Precision on real news (review defect 7, and the corpus sample of
// scripts/eval/labels/discourse-sample.json): short excerpts of baomoi articles, each one rule,
// as positive examples (what must be read) and negative ones (what must not).

interface Expected {
  issuer?: string | null;
  addressees?: string[];
  /** Each action's full text. */
  actions?: string[];
}

function expectDirective(text: string, want: Expected): void {
  const d = expectSingle(text);
  if (want.issuer !== undefined) expect(d.issuer?.text ?? null).toBe(want.issuer);
  if (want.addressees) expect(d.addressees.map((a) => a.text)).toEqual(want.addressees);
  if (want.actions) expect(d.actions.map((a) => a.text)).toEqual(want.actions);
}

function expectEvent(text: string): EventEntity {
  const es = extractEvents(text);
  expect(es, JSON.stringify(es.map((e) => e.text))).toHaveLength(1);
  expectSpansPointIntoSource(es, text);
  return es[0] as EventEntity;
}

describe("the issuer stops at adverbs and is never a conjunction", () => {
  const cases: [string, Expected][] = [
    [
      "HLV Hữu Thắng rất mong muốn các học trò mình có sự chuẩn bị thật tốt.",
      { issuer: "HLV Hữu Thắng", addressees: ["các học trò mình"] },
    ],
    [
      "Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung đã yêu cầu Giám đốc Sở GD&ĐT báo cáo về sự việc.",
      {
        issuer: "Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung",
        addressees: ["Giám đốc Sở GD&ĐT"],
        actions: ["báo cáo về sự việc"],
      },
    ],
    [
      "Trung tâm Y tế dự phòng Đắk Lắk đã chỉ đạo Trung tâm Y tế huyện Buôn Đôn tiếp tục theo dõi tình hình bệnh.",
      { issuer: "Trung tâm Y tế dự phòng Đắk Lắk", addressees: ["Trung tâm Y tế huyện Buôn Đôn"] },
    ],
    [
      "Khi biết chuyện, Sergei đã đe dọa, yêu cầu Daria cho hắn quay về chung sống với mẹ con cô.",
      {
        issuer: "Sergei",
        addressees: ["Daria"],
        actions: ["cho hắn quay về chung sống với mẹ con cô"],
      },
    ],
  ];
  for (const [text, want] of cases) test(text, () => expectDirective(text, want));

  test("an adverb between the subject and its act is not part of the issuer", () => {
    const text = "Dịp Tết, Bắc Ninh chủ yếu chỉ nhắc nhở, tuyên truyền người vi phạm giao thông.";
    for (const d of extractDirectives(text)) expect(d.issuer?.text).toBe("Bắc Ninh");
  });

  for (const text of [
    // A purpose clause, not a speaker: "Nhằm" is no issuer.
    "Bà Tuyến cho biết: Nhằm đôn đốc các doanh nghiệp thực hiện tốt chủ đề năm 2017, Liên đoàn lao động thành phố đã tổ chức 6 đoàn đi kiểm tra.",
    // One more predicate of a subject that is no party.
    "Trong thời kỳ kháng chiến, chùa là nơi diễn thuyết, tổ chức các cuộc mít-tinh, kêu gọi nhân dân tham gia kháng chiến.",
    // "chỉ đạo quyết liệt": the city's way of leading, in a list of what it did.
    "Thành phố đã tập trung chỉ đạo quyết liệt, thực hiện “Năm kỷ cương hành chính 2017” trên toàn địa bàn.",
  ]) {
    test(`no directive: ${text}`, () => expectNone(text));
  }

  test("a subjectless act after adverbials only is still a directive", () => {
    expectDirective("Theo đó, đề nghị các đơn vị báo cáo kết quả trước ngày 10/2.", {
      issuer: null,
      addressees: ["các đơn vị"],
    });
  });
});

describe("passives: an official party is given a task, a brand or a thing is not", () => {
  test("Vụ Pháp chế được giao chủ trì ...", () => {
    const d = expectSingle(
      "Vụ Pháp chế được giao chủ trì tổ chức quán triệt việc thi hành Luật Tiếp cận thông tin.",
    );
    expect(d.form).toBe("passive");
    expect(d.addressees.map((a) => a.text)).toEqual(["Vụ Pháp chế"]);
    expect(d.issuer).toBeUndefined();
  });

  test("các doanh nghiệp viễn thông cũng được yêu cầu ...", () => {
    const d = expectSingle(
      "Các doanh nghiệp viễn thông cũng được yêu cầu cung cấp phần mềm chuyển đổi mã vùng.",
    );
    expect(d.addressees[0]?.text).toBe("Các doanh nghiệp viễn thông");
  });

  for (const text of [
    "Chính vì thế, Lexus đã được giao nhiệm vụ cho ra đời thiết kế của một chiếc du thuyền thể thao.",
    "Chứng chỉ này được yêu cầu gia hạn sau 3 năm đầu tiên và 5 năm một lần sau đó.",
    "Haha được giao nhiệm vụ lựa chọn thử thách cho các thành viên khác.",
  ]) {
    test(`no directive: ${text}`, () => expectNone(text));
  }
});

describe("addressees end before the addressee's own verb", () => {
  const cases: [string, Expected][] = [
    [
      "Về lâu dài, Sở TNMT đề nghị UBND tỉnh Quảng Nam cho chủ trương thực hiện kè tại các khu vực trên.",
      {
        issuer: "Sở TNMT",
        addressees: ["UBND tỉnh Quảng Nam"],
        actions: ["cho chủ trương thực hiện kè tại các khu vực trên"],
      },
    ],
    [
      "Mỗi khi dừng xe, lực lượng CSGT đều nhắc nhở lái xe cẩn trọng, đi đúng Luật.",
      { addressees: ["lái xe"] },
    ],
    [
      "Ngày 6/2, cựu Thủ tướng Yulia Tymoshenko đã kêu gọi áp đặt tình trạng chiến tranh tại khu vực Donbass.",
      { addressees: [], actions: ["áp đặt tình trạng chiến tranh tại khu vực Donbass"] },
    ],
  ];
  for (const [text, want] of cases) test(text, () => expectDirective(text, want));

  for (const text of [
    // Things asked for, not parties told to act.
    "Công ty đã yêu cầu một lệnh chính thức từ tòa án.",
    "Chị Trang sẽ đến tận nơi để xem hàng. Đồng thời, yêu cầu đầy đủ hóa đơn, giấy kiểm định vàng.",
  ]) {
    test(`no directive: ${text}`, () => expectNone(text));
  }
});

describe("actions are not cut inside a list of names or of nouns", () => {
  const cases: [string, Expected][] = [
    [
      "Bộ đã giao Vụ Kế hoạch chủ trì và phối hợp với các Tổng cục, Cục, Vụ chuyên ngành lập báo cáo tổng thể về 12 dự án.",
      {
        addressees: ["Vụ Kế hoạch"],
        actions: [
          "chủ trì và phối hợp với các Tổng cục, Cục, Vụ chuyên ngành lập báo cáo tổng thể về 12 dự án",
        ],
      },
    ],
    [
      "Ông yêu cầu phải thực hiện đúng kỹ thuật duy tu, duy trì nhằm đảm bảo giá trị văn hóa nguyên bản của công trình.",
      { actions: ["phải thực hiện đúng kỹ thuật duy tu, duy trì"] },
    ],
    // A new subject and its verb after a comma still opens an action.
    [
      "Chủ tịch tỉnh yêu cầu các sở kiểm tra ngay, Đoàn kiểm tra liên ngành tăng cường kiểm tra các chợ.",
      { actions: ["kiểm tra ngay", "Đoàn kiểm tra liên ngành tăng cường kiểm tra các chợ"] },
    ],
  ];
  for (const [text, want] of cases) test(text, () => expectDirective(text, want));
});

describe("event topics end at a coordinator", () => {
  test("cuộc họp hoặc làm việc trực tiếp", () => {
    const es = extractEvents(
      "Các bộ sẽ tổ chức cuộc họp hoặc làm việc trực tiếp với doanh nghiệp để tháo gỡ khó khăn.",
    );
    for (const e of es) expect(e.topic?.text ?? "").not.toMatch(/hoặc/u);
  });

  test("cuộc hội đàm hay điện đàm", () => {
    const es = extractEvents(
      "Ông Trump đã có cuộc hội đàm hay điện đàm với các nhà lãnh đạo từ nhiều quốc gia.",
    );
    for (const e of es) expect(e.topic?.text ?? "").not.toMatch(/^hay/u);
  });

  test("a topic with `và` between nouns stays whole", () => {
    const e = expectEvent("Sáng 5/3, Sở tổ chức hội thảo về môi trường và biến đổi khí hậu.");
    expect(e.topic?.text).toBe("về môi trường và biến đổi khí hậu");
  });
});

describe("an event's date is a time adverbial, not a target or a term", () => {
  test("a day with its part of day", () => {
    const e = expectEvent(
      "Sáng 6/2, tại Bạc Liêu, Bộ NN-PTNT tổ chức Hội nghị ngành tôm Việt Nam.",
    );
    expect(e.date?.text).toBe("Sáng 6/2");
  });

  for (const text of [
    "Phát biểu tại hội nghị, Thủ tướng cho rằng mục tiêu đạt 10 tỷ USD xuất khẩu vào năm 2030 là quá thấp.",
    "Đại hội Đảng bộ quận Nam Từ Liêm lần thứ I, nhiệm kỳ 2015-2020 đã xác định ba khâu đột phá.",
    "Tại hội nghị, Bộ đề ra mục tiêu đến tháng 12/2020 kim ngạch xuất khẩu đạt 4,5 tỷ USD.",
  ]) {
    test(`no date: ${text}`, () => {
      for (const e of extractEvents(text)) expect(e.date?.text, text).toBeUndefined();
    });
  }
});

describe("offers, hand-overs and purposes (corpus sample 2)", () => {
  for (const text of [
    "Phía Liverpool tiếp tục một lần nữa đề nghị một bản hợp đồng với cầu thủ này.",
    "Kể từ ngày giao nhà cho người mua, chủ đầu tư có trách nhiệm làm thủ tục cấp giấy chứng nhận.",
  ]) {
    test(`no directive: ${text}`, () => expectNone(text));
  }

  test("a verb before `đối với` in a list of nouns opens no action", () => {
    const d = expectSingle(
      "Thứ trưởng yêu cầu các tập đoàn tổ chức kiểm điểm, làm rõ trách nhiệm cá nhân, tổ chức đối với các dự án.",
    );
    expect(d.actions.some((a) => a.text.startsWith("tổ chức đối với"))).toBe(false);
  });

  test("an addressee ends before its verb from the lexicon (dọn)", () => {
    expectDirective("Tôi yêu cầu Duy dọn đồ ra khỏi nhà.", {
      issuer: "Tôi",
      addressees: ["Duy"],
      actions: ["dọn đồ ra khỏi nhà"],
    });
  });

  test("'Đồng thời chỉ đạo ...' takes the previous sentence's subject", () => {
    const ds = extractDirectives(
      "Bộ Giáo dục và Đào tạo yêu cầu Sở Giáo dục và Đào tạo Hà Nội kiểm tra làm rõ vụ việc.\nĐồng thời chỉ đạo tổ chức rút kinh nghiệm về công tác quản lý các cơ sở giáo dục mầm non.",
    );
    expect(ds.map((d) => d.issuer?.text)).toEqual([
      "Bộ Giáo dục và Đào tạo",
      "Bộ Giáo dục và Đào tạo",
    ]);
  });
});

describe("a comma then a preposition ends a party list", () => {
  for (const text of [
    "Ở trên này chúng tôi chỉ đạo biên chế năm học theo mùa vụ, theo phong tục, tập quán của người dân.",
    "Phía Liverpool tiếp tục đề nghị một bản hợp đồng với cầu thủ này, với mức phí chuyển nhượng lên 2,5 triệu bảng.",
  ]) {
    test(`no directive: ${text}`, () => expectNone(text));
  }

  test("a list of parties joined by commas stays whole", () => {
    expectDirective("Thủ tướng yêu cầu các bộ, ngành, địa phương khẩn trương rà soát các dự án.", {
      issuer: "Thủ tướng",
      addressees: ["các bộ, ngành, địa phương"],
    });
  });
});
