import { describe, expect, test } from "vitest";
import { type EventEntity, extractEvents } from "../src/index.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

/** The one event of `text`. */
function expectSingle(text: string): EventEntity {
  const events = extractEvents(text);
  expect(events, JSON.stringify(events.map((e) => e.text))).toHaveLength(1);
  expectSpansPointIntoSource(events, text);
  return events[0] as EventEntity;
}

function expectNone(text: string): void {
  expect(
    extractEvents(text).map((e) => e.text),
    text,
  ).toEqual([]);
}

// Event words and their types, each in a sentence that reports the event as held.
const TYPES: [string, EventEntity["type"], string][] = [
  [
    "Sáng 6/2, Bộ Công Thương tổ chức hội nghị triển khai nhiệm vụ năm 2017.",
    "conference",
    "hội nghị",
  ],
  ["Viện Khoa học xã hội tổ chức hội thảo về biến đổi khí hậu.", "workshop", "hội thảo"],
  [
    "Đại hội Đảng bộ quận Nam Từ Liêm lần thứ I đã xác định ba khâu đột phá.",
    "congress",
    "đại hội",
  ],
  ["Hai Thủ tướng đồng chủ trì kỳ họp lần thứ 39 Ủy ban liên Chính phủ.", "session", "kỳ họp"],
  ["Thứ trưởng Hoàng Quốc Vượng đã chủ trì cuộc họp của Ban chỉ đạo.", "meeting", "cuộc họp"],
  ["Chiều nay Bộ Công Thương họp xử lý các dự án thua lỗ.", "meeting", "họp"],
  ["Sở Y tế tổ chức buổi họp báo công bố kết quả thanh tra.", "press-conference", "buổi họp báo"],
  [
    "Ngày 6/1, nhà trường tổ chức lễ công bố quyết định bổ nhiệm hiệu trưởng.",
    "ceremony",
    "lễ công bố",
  ],
  [
    "Sáng 7/2, Bí thư Thành ủy làm việc với Quận 2 về nhiệm vụ phát triển kinh tế.",
    "working-session",
    "làm việc với",
  ],
  [
    "Đoàn công tác của Hội LHPN Thủ đô đã đến thăm các gia đình chính sách.",
    "visit",
    "đoàn công tác",
  ],
  [
    "Sáng 7/2, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp ông Atsusuke Kawada.",
    "reception",
    "tiếp",
  ],
  [
    "Ngày 6-2, tỉnh tổ chức buổi họp mặt doanh nghiệp xuân Đinh Dậu 2017.",
    "gathering",
    "buổi họp mặt",
  ],
];

describe("event types", () => {
  test.each(TYPES)("%s", (text, type, head) => {
    const e = expectSingle(text);
    expect(e.type).toBe(type);
    expect(e.head).toBe(head);
  });
});

describe("what an event says about itself", () => {
  test("topic, organiser, date with part of day, place", () => {
    const e = expectSingle(
      "Sáng ngày 04/8/2017, Quận ủy Quận 9 tổ chức hội nghị chuyên đề về công tác tạo nguồn phát triển đảng viên tại hội trường Quận ủy.",
    );
    expect(e.topic?.text).toBe("chuyên đề về công tác tạo nguồn phát triển đảng viên");
    expect(e.organiser?.text).toBe("Quận ủy Quận 9");
    expect(e.date).toMatchObject({
      text: "Sáng ngày 04/8/2017",
      value: { type: "value", value: "2017-08-04T00:00:00.000+07:00", grain: "day" },
      grain: "day",
      partOfDay: "morning",
    });
    expect(e.place?.text).toBe("hội trường Quận ủy");
  });

  test("chair and attendees: 'Tham dự và chủ trì hội nghị có ...', 'Tham dự ... còn có ...'", () => {
    const e = expectSingle(
      "Quận ủy tổ chức hội nghị chuyên đề. Tham dự và chủ trì hội nghị có đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy. Tham dự hội nghị còn có ông Nguyễn Văn A, Chủ tịch UBND quận và đại diện các phòng, ban.",
    );
    expect(e.chairs.map((c) => c.text)).toEqual([
      "đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy",
    ]);
    expect(e.attendees.map((a) => a.text)).toEqual([
      "đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy",
      "ông Nguyễn Văn A, Chủ tịch UBND quận",
      "đại diện các phòng, ban",
    ]);
  });

  test("a list of titled names, titles first", () => {
    const e = expectSingle(
      "Dự buổi lễ có Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM Đinh La Thăng, Chủ tịch UBND TPHCM Nguyễn Thành Phong cùng đại diện lãnh đạo các sở, ngành.",
    );
    expect(e.attendees.map((a) => a.text)).toEqual([
      "Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM Đinh La Thăng",
      "Chủ tịch UBND TPHCM Nguyễn Thành Phong",
      "đại diện lãnh đạo các sở, ngành",
    ]);
  });

  test("the chair before the verb, and 'dưới sự chủ trì của'", () => {
    expect(
      expectSingle(
        "Ngày 23/1/2017, Thứ trưởng Hoàng Quốc Vượng đã chủ trì cuộc họp của Ban chỉ đạo.",
      ).chairs.map((c) => c.text),
    ).toEqual(["Thứ trưởng Hoàng Quốc Vượng"]);
    expect(
      expectSingle(
        "Hội nghị diễn ra dưới sự chủ trì của Bí thư Tỉnh ủy Phạm Thị Thanh Trà.",
      ).chairs.map((c) => c.text),
    ).toEqual(["Bí thư Tỉnh ủy Phạm Thị Thanh Trà"]);
  });

  test("outcomes stated in numbers", () => {
    const e = expectSingle(
      "Quận ủy tổ chức hội nghị chuyên đề. Hội nghị cũng đã ghi nhận được 06 ý kiến phát biểu đóng góp của đại diện các cấp ủy.",
    );
    expect(e.outcomes.map((o) => [o.text, o.value, o.unit])).toEqual([
      ["06 ý kiến phát biểu", 6, "ý kiến phát biểu"],
    ]);
  });
});

describe("edges of what an event says", () => {
  test("a working session's topic is the party worked with, up to the time", () => {
    const e = expectSingle(
      "Làm việc với Quận ủy quận 2 sáng 7/2, Bí thư Thành ủy đề nghị quận tập trung giải quyết dứt điểm.",
    );
    expect(e.topic?.text).toBe("Quận ủy quận 2");
    expect(e.date?.text).toBe("sáng 7/2");
  });

  test("a document's date and a 'tại' before a document are not the event's", () => {
    const e = expectSingle(
      "Ông Bình nhấn mạnh đánh giá của Ban Bí thư tại Chỉ thị số 40-CT/TW ngày 22/11/2014 tại Hội nghị tổng kết tín dụng chính sách tại Tây Bắc.",
    );
    expect(e.date).toBeUndefined();
    expect(e.place?.text).toBe("Tây Bắc");
  });

  test("'do' meaning 'because' names no organiser; a photo credit ends the topic", () => {
    const e = expectSingle(
      "Lễ khai hội Yên Tử diễn ra sáng 31/1. Tuy nhiên, do năm nay lễ khai hội tổ chức vào ngày thứ hai nên lượng du khách không lớn.",
    );
    expect(e.organiser).toBeUndefined();
    const f = expectSingle("Thủ tướng phát biểu tại hội nghị về phát triển ngành tôm (ảnh VGP).");
    expect(f.topic?.text).toBe("về phát triển ngành tôm");
  });
});

describe("one event per real event", () => {
  test("the headline's, the lead's and later mentions are one event", () => {
    const text =
      "Tổ chức hội nghị chuyên đề về công tác tạo nguồn phát triển đảng viên\nSáng ngày 04/8/2017, Quận ủy tổ chức hội nghị chuyên đề về công tác tạo nguồn phát triển đảng viên. Hội nghị cũng đã ghi nhận 06 ý kiến. Phát biểu tại hội nghị, đồng chí Minh đề nghị các cấp ủy cần tiếp tục quán triệt.";
    const e = expectSingle(text);
    expect(e.mentions).toHaveLength(4);
  });

  test("two events of one type, told apart by their numbers", () => {
    const events = extractEvents(
      "Ông phát biểu tại Đại hội đại biểu Đảng bộ Hà Nội lần thứ X. Luận điểm này được nhấn mạnh tại Đại hội Đảng lần thứ VI.",
    );
    expect(events).toHaveLength(2);
  });

  test("an event only planned in a directive's task is not reported as held", () => {
    expectNone(
      "Chủ tịch yêu cầu Sở Nội vụ khẩn trương xây dựng kế hoạch để tổ chức hội nghị quán triệt đến các cán bộ.",
    );
  });
});

describe("not events", () => {
  test.each([
    "Lễ hội đền Trần năm nay thu hút đông du khách.",
    "Người dân đi lễ chùa đầu năm.",
    "Nghi lễ treo trâu sẽ không còn.",
    "Đảng ủy xã tổ chức các hội nghị quán triệt nghị quyết.",
    "Theo tinh thần Nghị quyết Đại hội XII của Đảng.",
    "Phòng họp của UBND quận được sửa chữa.",
    "Ông tiếp tục làm việc tại cơ quan.",
    "Cán bộ phải làm việc với giấy tờ cả ngày.",
  ])("%s", (text) => {
    expectNone(text);
  });
});
