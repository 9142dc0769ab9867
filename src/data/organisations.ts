import { lines, table } from "./lexicon.js";

/** What kind of body an organisation is. */
export type OrganisationType =
  | "party"
  | "state"
  | "court"
  | "procuracy"
  | "police"
  | "military"
  | "front"
  | "mass-organisation"
  | "company"
  | "bank"
  | "school"
  | "hospital"
  | "research"
  | "media"
  | "association"
  | "religious"
  | "foreign"
  | "international"
  | "other";

/** Administrative level of a Vietnamese body (foreign and international bodies have none). */
export type OrganisationLevel = "central" | "province" | "district" | "commune" | "grassroots";

/**
 * How the words after a head complete the name:
 * - `fixed`: the head is the whole name (`Bộ Chính trị`, `Quốc hội`);
 * - `committee`: a party or youth committee named by its place, implied when absent (`Quận ủy`
 *   alone is the district's own);
 * - `place`: a body of a place (`UBND tỉnh Quảng Nam`, `Công an quận 2`), implied when absent;
 * - `domain`: a department named by its field (`Sở Y tế`, `Ban Tổ chức`), then a place or parent;
 * - `name`: a proper name follows (`Công ty TNHH Thiên Thanh`, `Bệnh viện Bạch Mai`);
 * - `number`: a number follows (`Quân khu 7`);
 * - `parent`: a sub-body of the organisation that follows (`Ban Thường vụ Thành ủy`).
 */
export type HeadPattern = "fixed" | "committee" | "place" | "domain" | "name" | "number" | "parent";

/** One organisation head: how it is written, what it expands to, and how its name goes on. */
export interface OrganisationHead {
  /** Canonical (expanded) form: `Ủy ban nhân dân`. */
  readonly canonical: string;
  /** Every form in the text, abbreviations included; lower-case forms match any case. */
  readonly forms: readonly string[];
  /** The standard abbreviation, when there is one: `UBND`. */
  readonly abbreviation?: string;
  readonly type: OrganisationType;
  /** The level, when the head fixes it; otherwise it comes from the place or the parent. */
  readonly level?: OrganisationLevel;
  readonly pattern: HeadPattern;
  /** For `committee`, the level of place that names it (a Quận ủy is named by its district). */
  readonly placeLevel?: "province" | "district" | "commune";
  /** Whether a parent organisation may follow (`Ban Tổ chức` + `Quận ủy`). */
  readonly takesParent?: boolean;
  /** Whether a country may follow, making it a foreign body (`Quốc hội Lào`, `Bộ Quốc phòng Mỹ`). */
  readonly takesCountry?: boolean;
  /** Lower-case forms are allowed only when a known domain or name follows (`ban Tuyên giáo`). */
  readonly strictCase?: boolean;
}

// canonical | other forms | abbreviation | type | level | pattern | flags
// flags: parent (a parent may follow), country (a country may follow), strict (lower case only
// before a known domain), place=province|district|commune (the level of place naming a committee).
const ROWS = table(`
# The Party
Đảng Cộng sản Việt Nam | ĐCSVN, Đảng Cộng sản | ĐCSVN | party | central | fixed |
Ban Chấp hành Trung ương | Trung ương, T.Ư, TƯ, TW, BCH Trung ương, BCH TƯ, BCH T.Ư, BCHTW, BCH TW, Trung ương Đảng, T.Ư Đảng, TƯ Đảng, TW Đảng, Ban Chấp hành Trung ương Đảng, Ban chấp hành Trung ương, Ban chấp hành Trung ương Đảng, Ban Chấp hành T.Ư | BCH TƯ | party | central | fixed |
Bộ Chính trị | BCT | | party | central | fixed |
Ban Bí thư | | | party | central | fixed |
Ủy ban Kiểm tra Trung ương | UBKT Trung ương, UBKTTW, UBKT TƯ, UBKT T.Ư, Ủy ban Kiểm tra TƯ, Ủy ban Kiểm tra T.Ư | UBKT TƯ | party | central | fixed |
Tỉnh ủy | tỉnh ủy | | party | province | committee | place=province
Thành ủy | thành ủy | | party | province | committee | place=province
Huyện ủy | huyện ủy | | party | district | committee | place=district
Quận ủy | quận ủy | | party | district | committee | place=district
Thị ủy | thị ủy | | party | district | committee | place=district
Đảng ủy | đảng ủy | | party | commune | committee | place=commune parent
Đảng bộ | đảng bộ | | party | | committee | parent
Chi bộ | chi bộ | | party | grassroots | name | parent
Đảng đoàn | | | party | | parent | parent
Ban Cán sự Đảng | Ban cán sự Đảng, Ban cán sự đảng | | party | | parent | parent
Ban Thường vụ | Ban thường vụ, BTV, Thường vụ | BTV | party | | parent | parent
Thường trực | | | party | | parent | parent
Ban Chấp hành | Ban chấp hành, BCH | BCH | party | | parent | parent
Ủy ban Kiểm tra | Ủy ban kiểm tra, UBKT | UBKT | party | | parent | parent
Ban | ban | | party | | domain | parent strict
Văn phòng | văn phòng | | state | | parent | parent
# The state
Quốc hội | quốc hội | | state | central | fixed | country
Ủy ban Thường vụ Quốc hội | UBTVQH, Ủy ban Thường vụ QH | UBTVQH | state | central | fixed |
Hội đồng Dân tộc | | | state | central | fixed |
Đoàn đại biểu Quốc hội | Đoàn ĐBQH, Đoàn ĐB Quốc hội, Đoàn ĐB QH, Đoàn Đại biểu Quốc hội, đoàn ĐBQH, đoàn đại biểu Quốc hội, đoàn ĐB Quốc hội, đoàn ĐB QH, đoàn Đại biểu Quốc hội, đoàn đại biểu quốc hội | Đoàn ĐBQH | state | province | place |
Chính phủ | | | state | central | fixed | country
Nhà nước | | | state | central | fixed |
Hội đồng Nhà nước | | | state | central | fixed |
Phủ Thủ tướng | | | state | central | fixed | country
Thanh tra Chính phủ | TTCP | TTCP | state | central | fixed |
Kiểm toán Nhà nước | KTNN | KTNN | state | central | fixed |
Ngân hàng Nhà nước | NHNN, Ngân hàng Nhà nước Việt Nam | NHNN | state | central | fixed |
Kho bạc Nhà nước | KBNN | KBNN | state | | place |
Bảo hiểm xã hội | BHXH, Bảo hiểm Xã hội | BHXH | state | | place |
Bộ | bộ | | state | central | domain | country strict
Sở | sở | | state | province | domain | strict
Phòng | phòng | | state | district | domain | parent strict
Tổng cục | | | state | central | domain | parent
Cục | | | state | central | domain | parent
Chi cục | | | state | province | domain | parent
Vụ | | | state | central | domain | parent
Thanh tra | | | state | | parent | parent
Ủy ban nhân dân | UBND, UB nhân dân, Ủy ban Nhân dân, ủy ban nhân dân, UB ND | UBND | state | | place |
Hội đồng nhân dân | HĐND, Hội đồng Nhân dân, hội đồng nhân dân | HĐND | state | | place |
Ủy ban | ủy ban | | state | | domain | parent strict
Ban Quản lý | ban quản lý, BQL, Ban quản lý | BQL | state | | name | parent
Ban Quản lý dự án | ban quản lý dự án, BQLDA, Ban QLDA, BQL dự án, Ban quản lý dự án | | state | | name | parent
Trung tâm | trung tâm | | state | | domain | parent strict
Viện | viện | | research | | domain | parent strict
Cảng vụ | | | state | | name |
Tòa án nhân dân tối cao | TAND tối cao, TANDTC | TANDTC | court | central | fixed |
Tòa án nhân dân | TAND, Tòa án, tòa án nhân dân, Toà án nhân dân | TAND | court | | place |
Viện Kiểm sát nhân dân tối cao | VKSND tối cao, VKSNDTC, Viện KSND tối cao | VKSNDTC | procuracy | central | fixed |
Viện Kiểm sát nhân dân | VKSND, Viện KSND, Viện kiểm sát nhân dân, Viện kiểm sát, Viện Kiểm sát | VKSND | procuracy | | place |
# Police and army
Công an nhân dân | CAND | CAND | police | central | fixed |
Công an | công an | | police | | place |
Cơ quan Cảnh sát điều tra | Cơ quan CSĐT, CQCSĐT, cơ quan Cảnh sát điều tra, Cơ quan cảnh sát điều tra, cơ quan CSĐT | CQCSĐT | police | | parent | parent
Ban Giám đốc | Ban giám đốc | | other | | parent | parent
Bộ Chỉ huy Quân sự | Bộ CHQS, Bộ chỉ huy quân sự | Bộ CHQS | military | province | place |
Ban Chỉ huy Quân sự | Ban CHQS, Ban chỉ huy quân sự | Ban CHQS | military | district | place |
Bộ đội Biên phòng | BĐBP, Bộ đội biên phòng | BĐBP | military | | place |
Bộ Tư lệnh | Bộ tư lệnh, BTL | | military | | name |
Quân khu | quân khu | | military | | number |
Quân đoàn | quân đoàn | | military | | number |
Sư đoàn | sư đoàn | | military | | number |
Lữ đoàn | lữ đoàn | | military | | number |
Trung đoàn | trung đoàn | | military | | number |
Quân đội nhân dân Việt Nam | QĐND Việt Nam, Quân đội nhân dân | QĐND | military | central | fixed |
Cảnh sát biển Việt Nam | Cảnh sát biển | | military | central | fixed |
Hải quân | | | military | central | fixed | country
# The Front and mass organisations
Mặt trận Tổ quốc Việt Nam | MTTQ Việt Nam, MTTQVN, MTTQ VN, Mặt trận Tổ quốc, MTTQ | MTTQ | front | | place |
Ủy ban Mặt trận Tổ quốc | UBMTTQ, UB MTTQ, Ủy ban MTTQ, UBMTTQVN, Ủy ban Mặt trận Tổ quốc Việt Nam, Ủy ban MTTQ Việt Nam, UB MTTQVN, UBMT | UBMTTQ | front | | place |
Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | Ủy ban Trung ương MTTQ Việt Nam, UBTƯ MTTQ Việt Nam, Ủy ban T.Ư MTTQ Việt Nam, Ủy ban T.Ư MTTQVN, UB T.Ư MTTQ VN, Ủy ban TƯ MTTQ Việt Nam, Ủy ban Trung ương MTTQVN, UBTƯ MTTQVN, Ủy ban T.Ư Mặt trận Tổ quốc Việt Nam, Ủy ban Trung ương Mặt trận Tổ quốc | UBTƯ MTTQVN | front | central | fixed |
Đoàn Thanh niên Cộng sản Hồ Chí Minh | Đoàn TNCS Hồ Chí Minh, Đoàn TNCS HCM, Đoàn Thanh niên, Đoàn TN, Đoàn thanh niên | Đoàn TNCS HCM | mass-organisation | | place |
Trung ương Đoàn | TW Đoàn, T.Ư Đoàn, TƯ Đoàn, Trung ương Đoàn TNCS Hồ Chí Minh | | mass-organisation | central | fixed |
Tỉnh đoàn | tỉnh đoàn | | mass-organisation | province | committee | place=province
Thành đoàn | thành đoàn | | mass-organisation | province | committee | place=province
Huyện đoàn | huyện đoàn | | mass-organisation | district | committee | place=district
Quận đoàn | quận đoàn | | mass-organisation | district | committee | place=district
Hội Liên hiệp Phụ nữ Việt Nam | Hội LHPN Việt Nam, Hội LHPNVN | Hội LHPNVN | mass-organisation | central | fixed |
Hội Liên hiệp Phụ nữ | Hội LHPN, Hội Phụ nữ, LHPN | Hội LHPN | mass-organisation | | place |
Hội Cựu chiến binh Việt Nam | Hội CCB Việt Nam, Hội CCBVN | | mass-organisation | central | fixed |
Hội Cựu chiến binh | Hội CCB, Hội cựu chiến binh | Hội CCB | mass-organisation | | place |
Hội Nông dân Việt Nam | Hội NDVN, Hội ND Việt Nam | Hội NDVN | mass-organisation | central | fixed |
Hội Nông dân | Hội ND, Hội nông dân | Hội ND | mass-organisation | | place |
Tổng Liên đoàn Lao động Việt Nam | TLĐLĐVN, Tổng LĐLĐVN, Tổng Liên đoàn Lao động, Tổng LĐLĐ VN | TLĐLĐVN | mass-organisation | central | fixed |
Liên đoàn Lao động | LĐLĐ, Liên đoàn lao động | LĐLĐ | mass-organisation | | place |
Công đoàn | công đoàn | | mass-organisation | | name | parent strict
Hội Chữ thập đỏ | Hội Chữ thập đỏ Việt Nam | | mass-organisation | | place |
Hội Người cao tuổi | | | mass-organisation | | place |
Hội Khuyến học | | | association | | place |
Hội Nhà báo | | | association | | place |
Hội Luật gia | | | association | | place |
Hội | | | association | | name | strict
Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam | VUSTA | VUSTA | association | central | fixed |
# Companies, schools, hospitals, media
Công ty | Cty, C.ty, công ty, CTy | | company | | name | strict
Tổng công ty | TCT, Tổng Công ty, tổng công ty, TCty | | company | | name | strict
Tập đoàn | tập đoàn | | company | | name | strict
Ngân hàng | ngân hàng | | bank | | name | strict
Hợp tác xã | HTX, hợp tác xã | | company | | name | strict
Doanh nghiệp tư nhân | DNTN | | company | | name |
Xí nghiệp | xí nghiệp | | company | | name | strict
Nhà máy | nhà máy | | company | | name | strict
Hội đồng quản trị | HĐQT | HĐQT | company | | parent | parent
Hội đồng thành viên | HĐTV | HĐTV | company | | parent | parent
Câu lạc bộ | CLB, câu lạc bộ | CLB | association | | name | strict
Cảng hàng không | CHK, Cảng Hàng không, cảng hàng không | | state | | name |
Đội | đội | | state | | domain | parent strict
Trường | trường | | school | | name | strict
Đại học | ĐH, đại học | | school | | name | strict
Học viện | học viện | | school | | domain | strict
Bệnh viện | BV, bệnh viện | | hospital | | name | strict
Trung tâm Y tế | TTYT, Trung tâm y tế | TTYT | hospital | | place |
Trung tâm Y tế Dự phòng | TTYTDP, Trung tâm y tế dự phòng, Trung tâm Y tế dự phòng | TTYTDP | hospital | | place |
Trung tâm Kiểm soát bệnh tật | Trung tâm kiểm soát bệnh tật, Trung tâm Kiểm soát Bệnh tật | CDC | hospital | | place |
Trạm Y tế | Trạm y tế | | hospital | commune | place |
Báo điện tử | báo điện tử | | media | | name |
Báo | báo | | media | | name | strict
Tạp chí | tạp chí | | media | | name | strict
Đài Truyền hình Việt Nam | VTV | VTV | media | central | fixed |
Đài Tiếng nói Việt Nam | VOV | VOV | media | central | fixed |
Thông tấn xã Việt Nam | TTXVN | TTXVN | media | central | fixed |
Đài Phát thanh và Truyền hình | Đài PT-TH, Đài PTTH, Đài Phát thanh - Truyền hình | | media | province | place |
Cổng thông tin điện tử | Cổng TTĐT, Cổng thông tin, cổng thông tin điện tử | | media | | place |
Đại sứ quán | ĐSQ, đại sứ quán | | foreign | | name |
Tổng Lãnh sự quán | tổng lãnh sự quán | | foreign | | name |
# Foreign and international bodies
Liên Hợp Quốc | LHQ, Liên hợp quốc, UN | LHQ | international | | fixed |
Hội đồng Bảo an | HĐBA, Hội đồng Bảo an Liên Hợp Quốc | | international | | fixed |
Hiệp hội các quốc gia Đông Nam Á | ASEAN | ASEAN | international | | fixed |
Liên minh châu Âu | EU, Liên minh Châu Âu | EU | international | | fixed |
Tổ chức Hiệp ước Bắc Đại Tây Dương | NATO | NATO | international | | fixed |
Tổ chức Y tế Thế giới | WHO | WHO | international | | fixed |
Quỹ Tiền tệ Quốc tế | IMF | IMF | international | | fixed |
Ngân hàng Thế giới | WB | WB | international | | fixed |
Ngân hàng Phát triển châu Á | ADB | ADB | international | | fixed |
Tổ chức Thương mại Thế giới | WTO | WTO | international | | fixed |
Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương | APEC | APEC | international | | fixed |
UNESCO | | | international | | fixed |
UNICEF | | | international | | fixed |
Liên đoàn Bóng đá Việt Nam | VFF | VFF | association | central | fixed |
FIFA | | | international | | fixed |
Nhà Trắng | | | foreign | | fixed |
Lầu Năm Góc | | | foreign | | fixed |
Điện Kremlin | Kremlin | | foreign | | fixed |
Hạ viện | hạ viện | | foreign | | fixed | country
Thượng viện | thượng viện | | foreign | | fixed | country
Cục Tình báo Trung ương Mỹ | CIA | CIA | foreign | | fixed |
Cục Điều tra Liên bang Mỹ | FBI | FBI | foreign | | fixed |
Đảng | đảng | | party | | name | strict
`);

/** Every organisation head, with how its name goes on. */
export const ORGANISATION_HEADS: readonly OrganisationHead[] = Object.freeze(
  ROWS.map(
    ([
      canonical = "",
      others = "",
      abbreviation = "",
      type = "",
      level = "",
      pattern = "",
      flags = "",
    ]) => {
      const placeLevel = /place=(province|district|commune)/u.exec(flags)?.[1];
      const flagWords = new Set(flags.split(" "));
      return Object.freeze({
        canonical,
        forms: Object.freeze([
          canonical,
          ...others
            .split(",")
            .map((s) => s.trim())
            .filter((s) => s.length > 0),
        ]),
        ...(abbreviation ? { abbreviation } : {}),
        type: type as OrganisationType,
        ...(level ? { level: level as OrganisationLevel } : {}),
        pattern: pattern as HeadPattern,
        ...(placeLevel ? { placeLevel: placeLevel as "province" | "district" | "commune" } : {}),
        ...(flagWords.has("parent") ? { takesParent: true } : {}),
        ...(flagWords.has("country") ? { takesCountry: true } : {}),
        ...(flagWords.has("strict") ? { strictCase: true } : {}),
      } satisfies OrganisationHead);
    },
  ),
);

/**
 * Bodies the press names without a head word: news outlets, companies and agencies everyone knows
 * by name. `name | type | full name (optional)`.
 */
const KNOWN = table(`
VnExpress | media
Tuổi Trẻ | media | Báo Tuổi Trẻ
Thanh Niên | media | Báo Thanh Niên
Dân trí | media | Báo Dân trí
Dân Trí | media | Báo Dân trí
VietNamNet | media
Vietnamnet | media | VietNamNet
Zing | media
Zing.vn | media
Lao Động | media | Báo Lao Động
Người Lao Động | media | Báo Người Lao Động
Tiền Phong | media | Báo Tiền Phong
Pháp Luật TPHCM | media | Báo Pháp Luật TP.HCM
Pháp Luật TP.HCM | media | Báo Pháp Luật TP.HCM
Pháp luật TP.HCM | media | Báo Pháp Luật TP.HCM
VTC News | media
VTC | media
Vietnam+ | media
Dân Việt | media
Kenh14 | media
AFP | media | Agence France-Presse
Reuters | media
CNN | media
BBC | media
Tân Hoa xã | media
Yonhap | media
Sputnik | media
Vingroup | company
Viettel | company | Tập đoàn Công nghiệp - Viễn thông Quân đội
VNPT | company | Tập đoàn Bưu chính Viễn thông Việt Nam
EVN | company | Tập đoàn Điện lực Việt Nam
Petrolimex | company | Tập đoàn Xăng dầu Việt Nam
PVN | company | Tập đoàn Dầu khí Việt Nam
PetroVietnam | company | Tập đoàn Dầu khí Việt Nam
Vietnam Airlines | company
Vietjet | company
Vietjet Air | company
Vinamilk | company
FPT | company
FLC | company
Masan | company
Formosa | company
Samsung | company
Apple | company
Google | company
Facebook | company
Microsoft | company
Toyota | company
SCIC | company | Tổng công ty Đầu tư và Kinh doanh vốn Nhà nước
ACV | company | Tổng công ty Cảng hàng không Việt Nam
MHB | bank | Ngân hàng Phát triển nhà Đồng bằng sông Cửu Long
BIDV | bank | Ngân hàng Đầu tư và Phát triển Việt Nam
Vietcombank | bank
VietinBank | bank
Agribank | bank
Sacombank | bank
Techcombank | bank
VPBank | bank
SHB | bank
ACB | bank
SJC | company
Saigontourist | company | Tổng công ty Du lịch Sài Gòn
Sabeco | company
Habeco | company
Vinacomin | company
Vinashin | company
NORAD | foreign | Bộ Tư lệnh Phòng không Bắc Mỹ
VIAC | association | Trung tâm Trọng tài Quốc tế Việt Nam
`);

/** A body known by its name alone. */
export interface KnownOrganisation {
  readonly name: string;
  readonly type: OrganisationType;
  readonly fullName?: string;
}

/** Bodies the press names without a head word. */
export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = Object.freeze(
  KNOWN.map(([name = "", type = "", fullName = ""]) =>
    Object.freeze({ name, type: type as OrganisationType, ...(fullName ? { fullName } : {}) }),
  ),
);

/**
 * Phrases that name a set of bodies, not one: kept as a group organisation (`các cấp ủy`,
 * `các đoàn thể`). Matched longest first; `các` + a head (`các Ban xây dựng Đảng`) is found by rule.
 */
export const GROUP_PHRASES: readonly string[] = lines(`
các cấp ủy đảng
các cấp ủy Đảng cơ sở
các cấp ủy Đảng
các cấp ủy
cấp ủy Đảng
cấp ủy đảng
cấp ủy cơ sở
cấp ủy các chi
cấp ủy các cấp
cấp ủy, chính quyền
các đoàn thể
các tổ chức chính trị - xã hội
các tổ chức chính trị – xã hội
tổ chức đoàn thể chính trị – xã hội
tổ chức đoàn thể chính trị - xã hội
các sở, ngành
các sở ngành
các sở, ban, ngành
các bộ, ngành
các bộ, ban, ngành
các ban, ngành
các ban ngành
các cơ quan, ban, ngành
các cơ quan chức năng
chính quyền các cấp
chính quyền địa phương
đảng bộ cơ sở
các chi, đảng bộ cơ sở
chi, đảng bộ cơ sở
HĐND các cấp
Ủy ban MTTQ các cấp
MTTQ và các đoàn thể
Mặt trận và các đoàn thể
`);
