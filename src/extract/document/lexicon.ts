/**
 * Lexicon of Vietnamese legal and party documents: the words that name a document type, the type
 * codes and issuing-body codes of document numbers ("05-CT/TW": CT = Chỉ thị, TW = Trung ương;
 * "1234/QĐ-UBND": QĐ = Quyết định, UBND = Ủy ban nhân dân; "12-KH/QU": KH = Kế hoạch, QU = Quận ủy).
 * Numbering follows Decree 30/2020/NĐ-CP (government) and Regulation 66-QĐ/TW (party); the codes
 * below are the ones found in the baomoi corpus plus the ministries and party bodies they belong to.
 */

/** Document types bantin recognises. */
export const DOCUMENT_TYPES = [
  "resolution",
  "joint-resolution",
  "directive",
  "decision",
  "decree",
  "circular",
  "joint-circular",
  "plan",
  "official-letter",
  "notice",
  "guidance",
  "conclusion",
  "regulation",
  "law",
  "code",
  "ordinance",
  "constitution",
  "telegram",
  "report",
  "submission",
  "scheme",
  "programme",
  "order",
  "document",
] as const;

/** One of {@link DOCUMENT_TYPES}. */
export type DocumentTypeName = (typeof DOCUMENT_TYPES)[number];

/**
 * How a type word may cite a document:
 * - `number`: only with a number ("Kế hoạch số 12-KH/QU"; a bare "Kế hoạch" is a common noun, and
 *   "Kế hoạch và Đầu tư" is a ministry);
 * - `year`: also with a year ("Nghị quyết năm 2017", "Nghị định 105 năm 2014");
 * - `name`: also with a capitalised name ("Luật Đất đai", "Nghị quyết Trung ương 4").
 */
export type CitationForm = "number" | "year" | "name";

/** A document type word. */
export interface DocumentTypeWord {
  readonly type: DocumentTypeName;
  readonly forms: readonly CitationForm[];
}

const w = (type: DocumentTypeName, ...forms: CitationForm[]): DocumentTypeWord =>
  Object.freeze({ type, forms: Object.freeze<CitationForm[]>(["number", ...forms]) });

/** Type words, as written in running text (matching ignores case). */
export const DOCUMENT_TYPE_WORDS: readonly (readonly [string, DocumentTypeWord])[] = [
  ["Nghị quyết", w("resolution", "year", "name")],
  ["Nghị quyết liên tịch", w("joint-resolution", "year")],
  ["Chỉ thị", w("directive", "year", "name")],
  ["Quyết định", w("decision", "year")],
  ["Quyết định hành chính", w("decision")],
  ["Nghị định", w("decree", "year")],
  ["Thông tư", w("circular", "year")],
  ["Thông tư liên tịch", w("joint-circular", "year")],
  ["Kế hoạch", w("plan")],
  ["Công văn", w("official-letter")],
  ["Văn bản", w("document")],
  ["Thông báo", w("notice")],
  ["Thông báo kết luận", w("conclusion")],
  ["Hướng dẫn", w("guidance")],
  ["Kết luận", w("conclusion", "name")],
  ["Quy định", w("regulation")],
  ["Quy chế", w("regulation")],
  ["Luật", w("law", "year", "name")],
  ["Bộ luật", w("code", "year", "name")],
  ["Pháp lệnh", w("ordinance", "year", "name")],
  ["Hiến pháp", w("constitution", "year")],
  ["Công điện", w("telegram")],
  ["Báo cáo", w("report")],
  ["Tờ trình", w("submission")],
  ["Đề án", w("scheme")],
  ["Chương trình", w("programme")],
  ["Sắc lệnh", w("order", "year")],
  ["Lệnh", w("order")],
];

/** Type codes in document numbers. Matching is exact but also tried upper-cased (`QĐ-Ttg`). */
export const TYPE_CODES: Readonly<Record<string, DocumentTypeName>> = Object.freeze({
  NQ: "resolution",
  NQLT: "joint-resolution",
  CT: "directive",
  QĐ: "decision",
  QDD: "decision",
  QD: "decision",
  NĐ: "decree",
  ND: "decree",
  TT: "circular",
  TTLT: "joint-circular",
  KH: "plan",
  KHLT: "plan",
  CV: "official-letter",
  TB: "notice",
  HD: "guidance",
  KL: "conclusion",
  QyĐ: "regulation",
  QĐi: "regulation",
  QC: "regulation",
  BC: "report",
  TTr: "submission",
  TTR: "submission",
  ĐA: "scheme",
  CTr: "programme",
  CTR: "programme",
  CĐ: "telegram",
  L: "law",
  PL: "ordinance",
});

/** Issuing bodies encoded in document numbers. */
export const ISSUER_CODES: Readonly<Record<string, string>> = Object.freeze({
  // Party
  TW: "Trung ương",
  BCHTW: "Ban Chấp hành Trung ương",
  BBT: "Ban Bí thư",
  BCĐ: "Ban Chỉ đạo",
  UBKTTW: "Ủy ban Kiểm tra Trung ương",
  BTGTW: "Ban Tuyên giáo Trung ương",
  BTCTW: "Ban Tổ chức Trung ương",
  BDVTW: "Ban Dân vận Trung ương",
  BNCTW: "Ban Nội chính Trung ương",
  VPTW: "Văn phòng Trung ương Đảng",
  ĐUQSTW: "Quân ủy Trung ương",
  TU: "Tỉnh ủy/Thành ủy",
  TĐTN: "Tỉnh đoàn/Thành đoàn",
  QU: "Quận ủy",
  HU: "Huyện ủy",
  ĐU: "Đảng ủy",
  ĐUK: "Đảng ủy Khối",
  BTV: "Ban Thường vụ",
  BTVTU: "Ban Thường vụ Tỉnh ủy/Thành ủy",
  BTVHU: "Ban Thường vụ Huyện ủy",
  BTVQU: "Ban Thường vụ Quận ủy",
  BTG: "Ban Tuyên giáo",
  BDV: "Ban Dân vận",
  UBKT: "Ủy ban Kiểm tra",
  // State
  QH: "Quốc hội",
  UBTVQH: "Ủy ban Thường vụ Quốc hội",
  CTN: "Chủ tịch nước",
  CP: "Chính phủ",
  TTg: "Thủ tướng Chính phủ",
  TTG: "Thủ tướng Chính phủ",
  VPCP: "Văn phòng Chính phủ",
  HĐBT: "Hội đồng Bộ trưởng",
  UBND: "Ủy ban nhân dân",
  ƯBND: "Ủy ban nhân dân",
  UB: "Ủy ban nhân dân",
  HĐND: "Hội đồng nhân dân",
  TTCP: "Thanh tra Chính phủ",
  KTNN: "Kiểm toán Nhà nước",
  NHNN: "Ngân hàng Nhà nước",
  TANDTC: "Tòa án nhân dân tối cao",
  VKSNDTC: "Viện kiểm sát nhân dân tối cao",
  BHXH: "Bảo hiểm xã hội",
  TLĐ: "Tổng Liên đoàn Lao động Việt Nam",
  MTTQ: "Mặt trận Tổ quốc Việt Nam",
  UBMTTQ: "Ủy ban Mặt trận Tổ quốc",
  TCHQ: "Tổng cục Hải quan",
  TCT: "Tổng cục Thuế",
  CHHVN: "Cục Hàng hải Việt Nam",
  BCA: "Bộ Công an",
  BCT: "Bộ Công Thương",
  BTC: "Bộ Tài chính",
  BQP: "Bộ Quốc phòng",
  BNG: "Bộ Ngoại giao",
  BNV: "Bộ Nội vụ",
  BTP: "Bộ Tư pháp",
  BKHĐT: "Bộ Kế hoạch và Đầu tư",
  BKH: "Bộ Kế hoạch và Đầu tư",
  BYT: "Bộ Y tế",
  BXD: "Bộ Xây dựng",
  BGTVT: "Bộ Giao thông vận tải",
  BGDĐT: "Bộ Giáo dục và Đào tạo",
  BNNPTNT: "Bộ Nông nghiệp và Phát triển nông thôn",
  "BNN&PTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
  BNN: "Bộ Nông nghiệp và Phát triển nông thôn",
  BTNMT: "Bộ Tài nguyên và Môi trường",
  BLĐTBXH: "Bộ Lao động - Thương binh và Xã hội",
  BVHTTDL: "Bộ Văn hóa, Thể thao và Du lịch",
  BTTTT: "Bộ Thông tin và Truyền thông",
  BKHCN: "Bộ Khoa học và Công nghệ",
  UBDT: "Ủy ban Dân tộc",
  SGDĐT: "Sở Giáo dục và Đào tạo",
  SGD: "Sở Giáo dục và Đào tạo",
  STNMT: "Sở Tài nguyên và Môi trường",
  SXD: "Sở Xây dựng",
  SYT: "Sở Y tế",
  STC: "Sở Tài chính",
  SGTVT: "Sở Giao thông vận tải",
  SKHĐT: "Sở Kế hoạch và Đầu tư",
  SNV: "Sở Nội vụ",
  STP: "Sở Tư pháp",
  SCT: "Sở Công Thương",
  SNNPTNT: "Sở Nông nghiệp và Phát triển nông thôn",
  SLĐTBXH: "Sở Lao động - Thương binh và Xã hội",
  SVHTTDL: "Sở Văn hóa, Thể thao và Du lịch",
  STTTT: "Sở Thông tin và Truyền thông",
  SKHCN: "Sở Khoa học và Công nghệ",
  CA: "Công an",
  BCH: "Ban Chỉ huy",
  BTL: "Bộ Tư lệnh",
});

/** Issuer codes that take a term number (`QH13`: the 13th National Assembly). */
export const TERM_ISSUERS: ReadonlySet<string> = new Set(["QH", "UBTVQH", "HĐND"]);

/**
 * Words before a type word that make it part of another name: "Pháp Luật TP.HCM" (a newspaper),
 * "Trường Luật Harvard", "Công ty Luật TNHH Everest", "Đoàn Luật sư".
 */
export const NOT_DOCUMENT_AFTER: ReadonlySet<string> = new Set([
  "pháp",
  "trường",
  "khoa",
  "công ty",
  "hãng",
  "văn phòng",
  "đoàn",
  "giáo sư",
  "cử nhân",
  "thạc sĩ",
  "tiến sĩ",
  "sinh viên",
  "ngành",
  "viện",
  "tạp chí",
  "báo",
  "chuyên gia",
  "học",
  "đại học",
  "vụ",
  "ban",
  "sở",
  "bộ",
  "phòng",
  "cục",
  "đh",
  "gs",
  "pgs",
  "ts",
  "ths",
  "ls",
  "cty",
]);

/**
 * Law names with a comma inside ("Luật Bảo vệ, chăm sóc và giáo dục trẻ em", "Luật Phòng, chống
 * tham nhũng"): the name words before the comma.
 */
export const LAW_NAME_COMMA_HEADS: ReadonlySet<string> = new Set([
  "bảo vệ",
  "phòng",
  "sửa đổi",
  "phòng cháy",
]);

/** Verbs a law is the subject of ("Luật Hải quan quy định ..."): they end a law's name. */
export const LAW_PREDICATES: ReadonlySet<string> = new Set([
  "quy",
  "nêu",
  "ghi",
  "cho",
  "cấm",
  "hướng",
  "yêu",
  "áp",
  "điều",
  "xác",
  "định",
  "đồng",
  "chỉ",
  "mới",
  "giao",
  "bổ",
  "trình",
  "đi",
]);

/**
 * Lower-case words a resolution's, directive's or conclusion's name may contain ("Nghị quyết Đại
 * hội đại biểu Đảng bộ tỉnh lần thứ XIX"); a law's name may contain any lower-case word.
 */
export const PARTY_NAME_WORDS: ReadonlySet<string> = new Set([
  "tỉnh",
  "thành phố",
  "thành",
  "phố",
  "quận",
  "huyện",
  "xã",
  "phường",
  "thị",
  "lần",
  "thứ",
  "khóa",
  "đại",
  "biểu",
  "toàn",
  "quốc",
  "trung",
  "ương",
  "đảng",
  "bộ",
  "hội",
  "nghị",
]);

/**
 * Capitalised words after "Luật" that are not a law's name ("Luật Plus", a news site). "Luật sư"
 * (lawyer) needs no entry: a law's name starts with a capital.
 */
export const NOT_LAW_NAMES: ReadonlySet<string> = new Set(["plus", "online", "sư", "tnhh"]);
