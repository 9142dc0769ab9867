import { describe, expect, test } from "vitest";
import { splitSentences } from "../src/segment/index.js";
import { expectLinearTime } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const split = (text: string) => splitSentences(text).map((s) => s.text);

/** The text is one sentence. */
const expectOne = (text: string) => expect(split(text)).toEqual([text]);

describe("corpus: sentences that must not split", () => {
  test.each([
    "Đoàn công tác đến TP. HCM vào sáng nay.",
    "Ông làm việc tại TP.HCM từ năm 2010.",
    "Nhà ở Q.9, P. Tăng Nhơn Phú A.",
    "GS.TS. Nguyễn Văn A và PGS.TS Trần B dự hội thảo.",
    "ThS. Lê C, BS. Phạm D cùng tham gia.",
    "Thu nhập đạt 1.234,5 triệu đồng.",
    "Sáng ngày 04/8/2017,Quận ủy Quận 9 tổ chức hội nghị.",
    "Người dân đổ ra các phố Trần Nhân Tông, Phan Đình Phùng... mua vàng.",
    "Chị T.T.M. cho biết đã báo công an.",
    "“Tôi sẽ đi!”, ông nói.",
    "1. Hôn vợ mỗi ngày",
    "a. Nội dung thứ nhất.",
    "Giá vàng tăng 0,5% so với hôm qua.",
    "Ông John Trump là giáo sư của M.I.T.",
    "Công ty đóng tại TP.Biên Hòa tuyển dụng.",
    "PGS.TS.Nguyễn Duy Hưng cho biết.",
  ])("%s", (text) => expectOne(text));
});

describe("corpus: sentences that must split", () => {
  test.each([
    [
      "Taylor cho biết lúc đầu cô cảm thấy ngại. Amanda cũng thoải mái với mối quan hệ này.",
      ["Taylor cho biết lúc đầu cô cảm thấy ngại.", "Amanda cũng thoải mái với mối quan hệ này."],
    ],
    ["Ông nói: “Tôi sẽ đi.” Sau đó ông đi.", ["Ông nói: “Tôi sẽ đi.”", "Sau đó ông đi."]],
    ["Các tỉnh, v.v. Sau đó họ về.", ["Các tỉnh, v.v.", "Sau đó họ về."]],
    ["Khó ngủ ... Lâu ngày thành bệnh.", ["Khó ngủ ...", "Lâu ngày thành bệnh."]],
    ["Thật sao? Vâng!", ["Thật sao?", "Vâng!"]],
    ["Năm 2016. 3 người bị bắt.", ["Năm 2016.", "3 người bị bắt."]],
    ["Xong rồi.Sau đó về.", ["Xong rồi.", "Sau đó về."]],
    ["Đến TP.HCM. Sau đó về Hà Nội.", ["Đến TP.HCM.", "Sau đó về Hà Nội."]],
    ["Dòng một\n\nDòng hai", ["Dòng một", "Dòng hai"]],
    ["Đầu tư vào Việt Nam./. Vũ Dũng/VOV", ["Đầu tư vào Việt Nam./.", "Vũ Dũng/VOV"]],
  ])("%s", (text, expected) => expect(split(text)).toEqual(expected));
});

describe("edge cases", () => {
  test("empty and blank input give no sentence", () => {
    expect(split("")).toEqual([]);
    expect(split(" \n\u00a0\t")).toEqual([]);
  });

  test("spans point into NFD input", () => {
    const input = "Ho\u0300a bi\u0300nh. Vie\u0323\u0302t Nam.";
    const s = splitSentences(input);
    expect(s).toHaveLength(2);
    expect(expectSpansPointIntoSource(s, input)).toBe(2);
  });

  test("linear time on one giant paragraph", () => {
    expectLinearTime(
      (t) => splitSentences(t),
      (n) => "Câu ngắn. TP. HCM v.v. ".repeat(n / 23),
      200_000,
    );
  });
});
