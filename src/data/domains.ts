import { table, words } from "./lexicon.js";

/**
 * Fields that name departments after a head (`Bộ`, `Sở`, `Phòng`, `Ban`, `Cục`, `Vụ`, `Ủy ban`...):
 * `canonical | other forms` (separated by `;`, as some forms contain commas). The abbreviations are the ones the news corpus uses (GD&ĐT 483 times,
 * GD-ĐT 412, GTVT 299, NN&PTNT 113, TT&TT 108, GDĐT 76, TN&MT 61, VHTTDL 60, KH&ĐT 42, KH-ĐT 37...).
 */
const ROWS = table(`
Giáo dục và Đào tạo | GD&ĐT; GD-ĐT; GDĐT; GD và ĐT; Giáo dục - Đào tạo; Giáo dục – Đào tạo; Giáo dục và đào tạo; GD ĐT; GD&amp;ĐT
Giáo dục | giáo dục; GD
Y tế | y tế
Tài chính | tài chính
Công an | công an
Quốc phòng | quốc phòng
Ngoại giao | ngoại giao
Nội vụ | nội vụ
Tư pháp | tư pháp
Kế hoạch và Đầu tư | KH&ĐT; KH-ĐT; KHĐT; KH và ĐT; Kế hoạch - Đầu tư; Kế hoạch – Đầu tư; Kế hoạch Đầu tư; Kế hoạch và đầu tư
Công Thương | Công thương; công thương
Nông nghiệp và Phát triển nông thôn | NN&PTNT; NN-PTNT; NNPTNT; NN và PTNT; Nông nghiệp và phát triển nông thôn; Nông nghiệp - Phát triển nông thôn; Nông nghiệp & PTNT
Nông nghiệp | nông nghiệp
Giao thông vận tải | GTVT; GT-VT; Giao thông Vận tải; Giao thông - Vận tải; Giao thông – Vận tải; giao thông vận tải
Xây dựng | xây dựng
Tài nguyên và Môi trường | TN&MT; TN-MT; TNMT; TN và MT; Tài nguyên - Môi trường; Tài nguyên – Môi trường; Tài nguyên và môi trường
Thông tin và Truyền thông | TT&TT; TTTT; TT-TT; Thông tin - Truyền thông; Thông tin và truyền thông; TT và TT
Lao động - Thương binh và Xã hội | LĐ-TB&XH; LĐTB&XH; LĐ-TB-XH; LĐTBXH; LĐ-TBXH; Lao động, Thương binh và Xã hội; Lao động - Thương binh - Xã hội; Lao động – Thương binh và Xã hội; Lao động Thương binh và Xã hội
Lao động | lao động
Văn hóa, Thể thao và Du lịch | VH-TT-DL; VHTT&DL; VHTTDL; VH-TT&DL; VHTT-DL; Văn hóa - Thể thao và Du lịch; Văn hóa – Thể thao và Du lịch; Văn hóa Thể thao và Du lịch; Văn hóa, Thể thao và du lịch; Văn hoá, Thể thao và Du lịch
Văn hóa và Thể thao | VH-TT; VHTT; VH&TT; Văn hóa - Thể thao; Văn hóa – Thể thao; Văn hóa và thể thao; Văn hóa Thể thao
Văn hóa | văn hóa
Du lịch | du lịch
Khoa học và Công nghệ | KH&CN; KHCN; KH-CN; Khoa học - Công nghệ; Khoa học và công nghệ
Ngoại vụ | ngoại vụ
Quy hoạch - Kiến trúc | QH-KT; Quy hoạch Kiến trúc; Quy hoạch – Kiến trúc
Dân tộc | dân tộc
Tổ chức | tổ chức
Tuyên giáo | tuyên giáo
Dân vận | dân vận
Nội chính | nội chính
Kinh tế | kinh tế
Đối ngoại | đối ngoại
Kiểm tra | kiểm tra
Pháp chế | pháp chế
Pháp luật | pháp luật
Kinh tế - Ngân sách | KT-NS; Kinh tế – Ngân sách; Kinh tế và Ngân sách
Văn hóa - Xã hội | VH-XH; Văn hóa – Xã hội; Văn hóa Xã hội
Tổ chức cán bộ | TCCB; tổ chức cán bộ; Tổ chức Cán bộ
Tổ chức - Cán bộ | Tổ chức – Cán bộ
Cảnh sát giao thông | CSGT; cảnh sát giao thông; Cảnh sát Giao thông; PC67; PC08
Cảnh sát hình sự | CSHS; cảnh sát hình sự; PC45; PC02
Cảnh sát điều tra | CSĐT; cảnh sát điều tra
Cảnh sát kinh tế | CSKT; cảnh sát kinh tế; PC46; PC03
Cảnh sát phòng cháy chữa cháy | PCCC; Cảnh sát PCCC; cảnh sát PCCC; Cảnh sát PCCC và CNCH; PC66; PC07
Cảnh sát cơ động | CSCĐ; cảnh sát cơ động
Cảnh sát môi trường | cảnh sát môi trường; PC49; PC05
An ninh quốc gia | an ninh quốc gia
An ninh | an ninh
An ninh kinh tế | ANKT; an ninh kinh tế
An ninh điều tra | ANĐT; an ninh điều tra
Thuế | thuế
Hải quan | hải quan
Thống kê | thống kê
Quản lý thị trường | QLTT; quản lý thị trường
Kiểm lâm | kiểm lâm
Lâm nghiệp | lâm nghiệp
Thủy sản | thủy sản
Thú y | thú y
Bảo vệ thực vật | BVTV; bảo vệ thực vật
Hàng không Việt Nam | Hàng không VN; HKVN
Hàng không | hàng không
Đường bộ Việt Nam | Đường bộ VN
Đường bộ | đường bộ
Đường sắt | đường sắt
Hàng hải | hàng hải
Đường thủy nội địa | đường thủy nội địa
Phòng chống tham nhũng | PCTN; phòng chống tham nhũng; Phòng, chống tham nhũng
Tiếp công dân | tiếp công dân
Chính trị | chính trị
Hợp tác quốc tế | HTQT; hợp tác quốc tế
Kế hoạch - Tài chính | KH-TC; Kế hoạch – Tài chính; Kế hoạch Tài chính
Tham mưu | tham mưu
Cán sự Đảng | cán sự Đảng; cán sự đảng
Chỉ đạo | chỉ đạo; BCĐ
An toàn giao thông | ATGT; an toàn giao thông
Tài nguyên nước | tài nguyên nước
Quản lý dự án | QLDA; quản lý dự án
Đầu tư và Xây dựng | đầu tư và xây dựng; Đầu tư - Xây dựng
Giám hiệu | giám hiệu; BGH
Thi đua - Khen thưởng | Thi đua – Khen thưởng; thi đua khen thưởng
Bảo vệ chăm sóc sức khỏe cán bộ | bảo vệ chăm sóc sức khỏe cán bộ
`);

/** A department's field: canonical form and the forms it is written in. */
export interface Domain {
  readonly canonical: string;
  readonly forms: readonly string[];
}

/** Every field, for the department heads. */
export const DOMAINS: readonly Domain[] = Object.freeze(
  ROWS.map(([canonical = "", others = ""]) =>
    Object.freeze({
      canonical,
      forms: Object.freeze([
        canonical,
        ...others
          .split(";")
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      ]),
    }),
  ),
);

/**
 * Lower-case syllables that occur inside the names of bodies after their first capitalised word
 * ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông", "Vụ Giáo dục phổ thông", "Trường Cao
 * đẳng sư phạm"): a name may run on through them, and stops at any other lower-case word (a verb,
 * a preposition), so that "Công ty Thiên Thanh hành hung cán bộ" ends at "Thanh".
 */
export const NAME_SYLLABLES: ReadonlySet<string> = new Set(
  words(`
  quản lý dự án đầu tư xây dựng công trình dân dụng công nghiệp giao thông nông nghiệp phát triển
  xã hội chính phúc lợi mỏ phổ yêu tái liên khu ngừa máu bệnh tật dịch
  nông thôn thủy lợi thủy điện di dân tái định cư sư phạm kỹ thuật khoa học xã hội nhân văn tự
  nhiên phổ thông hợp tác quốc tế nghiên cứu công nghệ thông tin truyền môi trường tài nguyên
  khoáng sản vật liệu sản xuất thương mại dịch vụ du lịch vận tải hàng không đường bộ sắt thủy nội
  địa biển cảng điện lực năng lượng dầu khí viễn bưu chính chứng khoán ngân bảo hiểm tài kế hoạch
  kinh tế trị hành quốc gia văn hóa thể thao nghệ thuật giáo dục đào tạo y dược đa khoa nhi sản tim
  mạch ung bướu chấn thương chỉnh hình hồi chức năng hữu nghị phòng chống tham nhũng tội phạm
  ma túy an ninh trật tự cảnh sát điều tra hình sự cơ động cháy chữa cứu nạn hộ xuất nhập khẩu thực
  phẩm toàn vệ sinh lao động việc làm thương binh người có công trẻ em phụ nữ thanh niên nông dân
  cựu chiến cao tuổi khuyến chữ thập đỏ luật gia nhà báo học kiến trúc quy đô thị cấp thoát nước
  chiếu sáng viên cây xanh phát truyền hình tấn bản in thiết kế tư vấn kiểm định thi một
  thành trách nhiệm hữu hạn cổ phần liên doanh sứ gốm gạch ngói kính thép xi măng may dệt da giày nhựa
  hóa chất phân bón giống thức ăn chăn nuôi lương cao su cà phê chè mía đường muối rượu bia nước
  giải khát sữa dừa vàng bạc đá quý phân phối bán lẻ siêu thị chợ vận chuyển xe khách buýt taxi
  tàu thuyền hàng hải đóng sửa chữa cơ khí ô tô máy móc thiết bị điện tử tin phần mềm mạng số
  tiếp công dân pháp chế ngân sách thi đua khen thưởng quân sự biên phòng tác chiến hậu cần kho
  bạc thuế quan thống kê kiểm lâm thú thực vật lâm thủy khí tượng văn thư lưu trữ tôn giáo dân
  tộc miền núi trung du vùng sâu xa ven biển đồng bằng sông
  `),
);
