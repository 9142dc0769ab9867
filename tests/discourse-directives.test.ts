import { describe, expect, test } from "vitest";
import { type Directive, extractDirectives } from "../src/index.js";
import { expectNone, expectSingle } from "./helpers/directives.js";

const starts = (d: Directive) => d.actions.map((a) => a.text.split(" ").slice(0, 3).join(" "));

// The reported and indirect forms the issue names, as bulletins write them.
describe("forms of a directive", () => {
  test("reported: Thủ tướng yêu cầu các bộ, ngành ...", () => {
    const d = expectSingle(
      "Thủ tướng yêu cầu các bộ, ngành khẩn trương rà soát các dự án chậm tiến độ, báo cáo Chính phủ trước ngày 15/3.",
    );
    expect(d).toMatchObject({ form: "direct", speechAct: { lemma: "yêu cầu" } });
    expect(d.issuer?.text).toBe("Thủ tướng");
    expect(d.addressees.map((a) => a.text)).toEqual(["các bộ, ngành"]);
    expect(starts(d)).toEqual(["khẩn trương rà", "báo cáo Chính"]);
    expect(d.actions[0]?.markers.map((m) => [m.lemma, m.kind])).toEqual([
      ["khẩn trương", "aspect"],
    ]);
    expect(d.actions[1]?.deadline?.text).toBe("trước ngày 15/3");
  });

  test("assignment: UBND tỉnh giao Sở Y tế chủ trì ...", () => {
    const d = expectSingle(
      "UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các địa phương kiểm tra an toàn thực phẩm.",
    );
    expect(d.speechAct.lemma).toBe("giao");
    expect(d.issuer).toMatchObject({ text: "UBND tỉnh", kind: "organisation" });
    expect(d.addressees.map((a) => [a.text, a.kind])).toEqual([["Sở Y tế", "organisation"]]);
    expect(d.actions[0]?.verb?.lemma).toBe("chủ trì");
  });

  test("collective: Hội nghị thống nhất ...", () => {
    const d = expectSingle("Hội nghị thống nhất phải tăng cường cảnh giới tại các điểm giao cắt.");
    expect(d).toMatchObject({ form: "collective", speechAct: { lemma: "thống nhất" } });
    expect(d.issuer?.text).toBe("Hội nghị");
    expect(d.actions[0]?.markers.map((m) => m.lemma)).toEqual(["phải"]);
  });

  test("a document speaks: Công văn nêu rõ ...", () => {
    const d = expectSingle("Công văn nêu rõ, các đơn vị phải báo cáo kết quả trước ngày 10/2.");
    expect(d.form).toBe("document");
    expect(d.issuer).toMatchObject({ text: "Công văn", kind: "document" });
    expect(d.addressees.map((a) => a.text)).toEqual(["các đơn vị"]);
  });

  test("passive: Sở X được UBND tỉnh giao ...", () => {
    const d = expectSingle("Sở Giao thông vận tải được UBND tỉnh giao chủ trì việc lập quy hoạch.");
    expect(d.form).toBe("passive");
    expect(d.issuer?.text).toBe("UBND tỉnh");
    expect(d.addressees.map((a) => a.text)).toEqual(["Sở Giao thông vận tải"]);
  });

  test("told by someone else: ... cho biết đã yêu cầu ...", () => {
    const d = expectSingle(
      "Ông Trịnh Tuấn Liêm, Giám đốc Sở GTVT tỉnh Đồng Nai, cho biết đang yêu cầu TP Biên Hòa rà soát quy hoạch.",
    );
    expect(d.form).toBe("reported");
    expect(d.issuer?.text).toBe("Ông Trịnh Tuấn Liêm, Giám đốc Sở GTVT tỉnh Đồng Nai");
    expect(d.addressees.map((a) => a.text)).toEqual(["TP Biên Hòa"]);
  });

  test("quoted, with the speaker after the quote", () => {
    const d = expectSingle(
      "“Trong lúc điều tra, Sở và quận Cầu Giấy cần xem xét đình chỉ chức vụ với Hiệu trưởng” - ông Chung yêu cầu.",
    );
    expect(d.issuer?.text).toBe("ông Chung");
    expect(d.addressees.map((a) => a.text)).toEqual(["Sở", "quận Cầu Giấy"]);
    expect(d.actions[0]?.markers.map((m) => m.lemma)).toEqual(["cần"]);
  });

  test("a list after a colon: one action per item", () => {
    const d = expectSingle(
      "Thủ tướng yêu cầu:\n- Bộ Tài chính bảo đảm kinh phí cho các địa phương;\n- Bộ Y tế kiểm tra các cơ sở khám chữa bệnh.\nĐây là nhiệm vụ trọng tâm.",
    );
    expect(d.actions).toHaveLength(2);
    expect(d.actions.map((a) => a.rule)).toEqual(["action-list-item", "action-list-item"]);
  });

  test("an obligation makes nhấn mạnh a directive, with the party before it as addressee", () => {
    const d = expectSingle(
      "Chủ tịch UBND tỉnh nhấn mạnh, các ngành, các địa phương cần quán triệt tinh thần chỉ đạo.",
    );
    expect(d.speechAct.lemma).toBe("nhấn mạnh");
    expect(d.addressees.map((a) => a.text)).toEqual(["các ngành", "các địa phương"]);
  });

  test("two directives chained in one sentence share their issuer", () => {
    const ds = extractDirectives(
      "Ban Kinh tế - Ngân sách đề nghị Đoàn kiểm tra xử phạt vi phạm và yêu cầu các chủ trông xe thực hiện nghiêm quy định.",
    );
    expect(ds.map((d) => d.speechAct.lemma)).toEqual(["đề nghị", "yêu cầu"]);
    expect(ds.map((d) => d.issuer?.text)).toEqual([
      "Ban Kinh tế - Ngân sách",
      "Ban Kinh tế - Ngân sách",
    ]);
    expect(ds[1]?.addressees.map((a) => a.text)).toEqual(["các chủ trông xe"]);
  });
});

describe("issuers and addressees", () => {
  test("a lower-case office with its name continues the addressees", () => {
    const d = expectSingle(
      "UBND phường đã đề nghị Công an phường, phòng GDĐT làm việc trực tiếp với các giáo viên liên quan.",
    );
    expect(d.addressees.map((a) => a.text)).toEqual(["Công an phường", "phòng GDĐT"]);
    expect(starts(d)).toEqual(["làm việc trực"]);
  });

  test("a coordinated act takes the subject of its own clause", () => {
    const d = expectSingle(
      "Đến năm 2008, Cục CSGT tiếp tục đề xuất đấu giá biển số xe, Thủ tướng đã chấp thuận chủ trương và giao cho các Bộ nghiên cứu triển khai.",
    );
    expect(d.issuer?.text).toBe("Thủ tướng");
    expect(d.addressees.map((a) => a.text)).toEqual(["các Bộ"]);
  });

  test("a quantified group is an issuer; a verb with its object is no addressee", () => {
    const d = expectSingle(
      "Cùng với đó, nhiều cử tri mong muốn, ĐB nên tăng cường các buổi tiếp xúc cử tri theo chuyên đề.",
    );
    expect(d.issuer?.text).toBe("nhiều cử tri");
    const e = expectSingle("Chính quyền đã kháng cáo, yêu cầu hủy bỏ lệnh của thẩm phán James.");
    expect(e.addressees).toEqual([]);
    expect(starts(e)).toEqual(["hủy bỏ lệnh"]);
  });

  test("a name with a comma in it is one addressee; a time phrase before them is none", () => {
    const d = expectSingle(
      "Bộ trưởng đã chỉ đạo Sở Lao động, thương binh và xã hội Hà Nội kiểm tra, xác minh vụ việc.",
    );
    expect(d.addressees.map((a) => a.text)).toEqual(["Sở Lao động, thương binh và xã hội Hà Nội"]);
    const e = expectSingle(
      "Thứ trưởng yêu cầu: Thời gian tới, các đơn vị cần khẩn trương làm việc với các địa phương.",
    );
    expect(e.addressees.map((a) => a.text)).toEqual(["các đơn vị"]);
  });

  test("the subject ends at its own verb; adverbs before the action are markers", () => {
    const d = expectSingle(
      "Phó Thủ tướng Vương Đình Huệ đồng tình chuyển về VICEM, đồng thời lưu ý phải tính toán cụ thể.",
    );
    expect(d.issuer?.text).toBe("Phó Thủ tướng Vương Đình Huệ");
    const e = expectSingle("Lãnh đạo huyện đã đề nghị công ty tự tay mở khóa cửa chợ.");
    expect(e.addressees.map((a) => a.text)).toEqual(["công ty"]);
    expect(e.actions[0]?.markers.map((m) => [m.text, m.kind])).toEqual([["tự tay", "emphasis"]]);
  });

  test("long lists, 'cũng như', titles opening a party, and an adverbial before the task", () => {
    const d = expectSingle(
      "Chủ tịch UBND tỉnh Nguyễn Văn Trì đề nghị các cấp ủy Đảng, chính quyền, các ngành, địa phương, các tổ chức chính trị - xã hội và mỗi cán bộ, đảng viên và nhân dân nêu cao tinh thần trách nhiệm.",
    );
    expect(d.addressees.at(-1)?.text).toBe("mỗi cán bộ, đảng viên và nhân dân");
    const e = expectSingle(
      "Bộ Tài chính tiếp tục cam kết và chỉ đạo UBCKNN cũng như các sở giao dịch chứng khoán tiếp tục tập trung đổi mới.",
    );
    expect(e.addressees.map((a) => a.text)).toEqual(["UBCKNN", "các sở giao dịch chứng khoán"]);
    const f = expectSingle(
      "UBND thành phố giao thủ trưởng các sở, ngành, chủ tịch UBND các quận, huyện căn cứ chức năng, nhiệm vụ của đơn vị mình tổ chức quán triệt Chỉ thị.",
    );
    expect(f.addressees.map((a) => a.text)).toEqual([
      "thủ trưởng các sở, ngành",
      "chủ tịch UBND các quận, huyện",
    ]);
    expect(starts(f)).toEqual(["tổ chức quán"]);
  });

  test("issuers past time adverbs and sentence adverbials; an emphasis verb after a weak act", () => {
    expect(expectSingle("Cảnh sát sau đó đề nghị người dân cung cấp thông tin.").issuer?.text).toBe(
      "Cảnh sát",
    );
    const d = expectSingle(
      "Khi tổ chức kiểm điểm đề nghị tập đoàn, tổng công ty mời thêm thành phần Thanh tra Bộ.",
    );
    expect(d.issuer).toBeUndefined();
    const e = expectSingle(
      "Đồng chí Thứ trưởng lưu ý, Công an tỉnh Sóc Trăng phải chú trọng công tác xây dựng lực lượng.",
    );
    expect(e.addressees.map((a) => a.text)).toEqual(["Công an tỉnh Sóc Trăng"]);
  });

  test("a straight-quoted phrase inside an action stays in it", () => {
    const d = expectSingle(
      'Sở yêu cầu các đơn vị thực hiện nghiêm "5 không" trong mùa lễ hội, báo cáo trước ngày 15/2.',
    );
    expect(d.actions.map((a) => a.text)).toEqual([
      'thực hiện nghiêm "5 không" trong mùa lễ hội',
      "báo cáo trước ngày 15/2",
    ]);
  });
});

describe("actions", () => {
  test("semicolons split actions; commas split complete verb phrases when there are none", () => {
    const d = expectSingle(
      "Chủ tịch yêu cầu các sở, ngành làm tốt công tác an sinh xã hội; xử lý nghiêm quảng cáo rao vặt; phòng chống cháy nổ, dịch bệnh.",
    );
    expect(starts(d)).toEqual(["làm tốt công", "xử lý nghiêm", "phòng chống cháy"]);
    const e = expectSingle(
      "Bộ đề nghị Sở xác minh sự việc trên, chỉ đạo xử lý nghiêm khắc và có văn bản báo cáo kết quả.",
    );
    expect(starts(e)).toEqual(["xác minh sự", "chỉ đạo xử", "có văn bản"]);
  });

  test("verbs sharing an object stay one action", () => {
    const d = expectSingle(
      "Bộ yêu cầu Sở chỉ đạo, kiểm tra làm rõ vụ việc, phối hợp các cơ quan chức năng xử lý nghiêm.",
    );
    expect(starts(d)).toEqual(["chỉ đạo, kiểm", "phối hợp các"]);
    const e = expectSingle(
      "Thứ trưởng yêu cầu các tập đoàn tiến hành rà soát lại các phương án xử lý, giải quyết các khó khăn.",
    );
    expect(e.actions).toHaveLength(1);
  });

  test("markers: modality, aspect, emphasis and negation before the verb", () => {
    const d = expectSingle(
      "Bí thư đề nghị các cấp ủy cần tiếp tục tăng cường thực hiện công tác kiểm tra; tuyệt đối không để xảy ra sai phạm.",
    );
    expect(d.actions[0]?.markers.map((m) => [m.lemma, m.kind])).toEqual([
      ["cần", "modality"],
      ["tiếp tục", "aspect"],
      ["tăng cường", "emphasis"],
    ]);
    expect(d.actions[0]?.verb?.lemma).toBe("thực hiện");
    expect(d.actions[1]?.markers.map((m) => m.kind)).toEqual(["negation"]);
  });

  test("an emphasis word with no verb after it is the verb", () => {
    const d = expectSingle("Chủ tịch yêu cầu các sở tăng cường công tác quản lý lễ hội.");
    expect(d.actions[0]?.verb?.lemma).toBe("tăng cường");
    expect(d.actions[0]?.markers).toEqual([]);
  });

  test("an enumeration after 'như' and names after semicolons are objects, not actions", () => {
    const d = expectSingle(
      "Cử tri đề nghị ĐB tăng cường giám sát các vấn đề bức xúc như công tác môi trường, VSATTP, hoạt động khám chữa bệnh.",
    );
    expect(d.actions).toHaveLength(1);
    const e = expectSingle(
      "Đồng chí chỉ đạo thành lập và viết bài cho Tạp chí Cộng sản - Cơ quan lý luận của Trung ương Đảng; Báo Cứu quốc - Cơ quan ngôn luận của Tổng bộ Việt Minh.",
    );
    expect(e.actions).toHaveLength(1);
  });

  test("a bare marker or a forecast after a comma opens no action", () => {
    const d = expectSingle(
      "Tỉnh đề nghị các ngành đưa phong trào trồng cây phát triển rộng khắp, liên tục trong toàn dân.",
    );
    expect(d.actions).toHaveLength(1);
    const e = expectSingle(
      "Bộ chỉ đạo UBCKNN tiếp tục tái cấu trúc thị trường trong năm nay, dự đoán quy mô thị trường sẽ đạt 50% GDP.",
    );
    expect(e.actions).toHaveLength(1);
  });

  test("a target in numbers and a deadline", () => {
    const d = expectSingle(
      "UBND thành phố yêu cầu các sở phấn đấu giảm 10% biên chế, hoàn thành trước ngày 30/4/2017.",
    );
    expect(d.actions[0]?.target).toMatchObject({ text: "10% biên chế", value: 10 });
    expect(d.actions[1]?.deadline).toMatchObject({
      text: "trước ngày 30/4/2017",
      value: { type: "value", value: "2017-04-30T00:00:00.000+07:00", grain: "day" },
    });
  });

  test("the purpose clause of the last action is the directive's goal", () => {
    const d = expectSingle(
      "Chủ tịch giao các đơn vị khẩn trương nghiên cứu các cơ chế đặc thù, nhằm thu hút đầu tư vào thành phố.",
    );
    expect(d.actions).toHaveLength(1);
    expect(d.purpose?.text).toBe("nhằm thu hút đầu tư vào thành phố");
  });
});

describe("not directives", () => {
  test.each([
    "Theo yêu cầu của lãnh đạo Bộ, các đơn vị sẽ tổng hợp số liệu.",
    "Dưới sự chỉ đạo của Thành ủy, quận đã hoàn thành các chỉ tiêu.",
    "Ban Chỉ đạo xử lý các dự án đã họp.",
    "Tình hình giao thông dịp Tết được bảo đảm.",
    "Người lao động đã nộp đơn đề nghị hưởng bảo hiểm xã hội một lần.",
    "Ông chấp nhận lời đề nghị của Warren Buffet.",
    "Chính phủ sẽ chỉ đạo các bộ, ngành như thế nào để giảm tai nạn giao thông?",
    "Giá vàng giao tháng 4 trên sàn Comex tăng 9,4 USD/ounce.",
    "Các bị can bị đề nghị truy tố về tội cố ý làm trái.",
    "Ông Lavrov cũng lưu ý hiện vẫn còn quá sớm để nói về vấn đề này.",
    "Chỉ thị “Nhật - Pháp bắn nhau và hành động của chúng ta” ra đời năm 1945.",
    "Đây là yêu cầu bắt buộc đối với doanh nghiệp cổ phần hóa.",
    "Trung Quốc đang yêu cầu các quyền phát triển đất đai dọc đường sắt.",
    "Chúng tôi nhắc nhở ngay.",
    "JETRO thường xuyên nhận được nhiều đề nghị tư vấn của các doanh nghiệp Nhật Bản.",
    "UBND tỉnh giao dự toán chi đầu tư XDCB năm 2015 chưa đúng quy định.",
    "Một bản yêu cầu chấm dứt lệnh cấm đã được 27.000 người ký tên.",
    "Họ đã gửi đơn yêu cầu nên vụ việc đã được quốc hội tiếp nhận.",
    "Hội đồng Hồi giáo của bang lên án các cuộc tảo hôn và khẳng định nó không được chấp nhận ở Úc.",
  ])("%s", (text) => {
    expectNone(text);
  });

  test("a headline repeats the body: its directive is read from the body only", () => {
    const ds = extractDirectives(
      "Chủ tịch Hà Nội yêu cầu báo cáo vụ cô giáo đánh trẻ\nSáng 6/2, ông Nguyễn Đức Chung yêu cầu Sở GD&ĐT báo cáo vụ việc.",
    );
    expect(ds.map((d) => d.issuer?.text)).toEqual(["ông Nguyễn Đức Chung"]);
  });
});
