import { lines, table } from "./lexicon.js";

/** The level of an administrative unit. */
export type AdminLevel = "province" | "district" | "commune";

/**
 * Words that introduce an administrative unit, with the levels and official types they allow:
 * `form | levels | official types (the gazetteer's), comma-separated`. `thành phố` names both
 * centrally-run cities (province level) and provincial cities (district level); `TP` likewise.
 */
const TYPE_ROWS = table(`
tỉnh | province | Tỉnh
thành phố | province,district | Thành phố Trung ương,Thành phố
TP | province,district | Thành phố Trung ương,Thành phố
Tp | province,district | Thành phố Trung ương,Thành phố
T.P | province,district | Thành phố Trung ương,Thành phố
quận | district | Quận
Q | district | Quận
huyện | district | Huyện
H | district | Huyện
thị xã | district | Thị xã
TX | district | Thị xã
xã | commune | Xã
phường | commune | Phường
P | commune | Phường
thị trấn | commune | Thị trấn
TT | commune | Thị trấn
đặc khu | commune | Đặc khu
`);

/** A word that introduces an administrative unit. */
export interface AdminTypeWord {
  readonly form: string;
  readonly levels: readonly AdminLevel[];
  readonly types: readonly string[];
  /** Abbreviations (`TP`, `Q`, `P`, `H`, `TX`, `TT`) must be capitalised and may take a dot. */
  readonly abbreviation: boolean;
}

/** Every word that introduces an administrative unit. */
export const ADMIN_TYPE_WORDS: readonly AdminTypeWord[] = Object.freeze(
  TYPE_ROWS.map(([form = "", levels = "", types = ""]) =>
    Object.freeze({
      form,
      levels: Object.freeze(levels.split(",") as AdminLevel[]),
      types: Object.freeze(types.split(",")),
      abbreviation: form.length <= 3 && form !== "xã",
    }),
  ),
);

/**
 * Other names of provinces and cities: `alias | GSO code`. The official names are in the gazetteer;
 * these are the press's own (TP.HCM 1,265 times in the corpus, TPHCM 293, Sài Gòn, TT-Huế, BR-VT).
 */
export const PLACE_ALIASES: readonly (readonly [alias: string, code: string])[] = Object.freeze(
  table(`
TP.HCM | 79
TP HCM | 79
TPHCM | 79
TP. HCM | 79
Tp.HCM | 79
Tp HCM | 79
TP.Hồ Chí Minh | 79
HCM | 79
Sài Gòn | 79
TP Sài Gòn | 79
HN | 01
Thủ đô Hà Nội | 01
TT-Huế | 46
TT - Huế | 46
TT Huế | 46
Thừa Thiên - Huế | 46
Thừa Thiên-Huế | 46
Thừa Thiên – Huế | 46
BR-VT | 77
BR - VT | 77
Bà Rịa-Vũng Tàu | 77
Bà Rịa - Vũng Tàu | 77
Bà Rịa – Vũng Tàu | 77
Đắc Lắc | 66
Daklak | 66
Đắk Lăk | 66
Đăk Lăk | 66
Đắc Nông | 67
Đăk Nông | 67
Kon Tum | 62
Kontum | 62
`).map(([alias = "", code = ""]) => Object.freeze([alias, code] as const)),
);

/** The kinds of place that are not administrative units. */
export type WorldPlaceType = "country" | "city" | "region" | "continent";

/**
 * Countries, foreign cities and regions by their Vietnamese names: `name | type | other forms`.
 * A capitalised form only matches a capitalised word (`Anh` the country, not `anh` the pronoun;
 * `Nam` only inside longer names).
 */
const WORLD_ROWS = table(`
Việt Nam | country | VN, Việt nam
Lào | country | CHDCND Lào, Cộng hòa Dân chủ Nhân dân Lào
Campuchia | country | Cam-pu-chia, Căm-pu-chia
Thái Lan | country
Myanmar | country | Mianma
Malaysia | country | Ma-lai-xi-a
Singapore | country | Xin-ga-po
Indonesia | country | In-đô-nê-xi-a
Philippines | country | Philippin, Phi-líp-pin
Brunei | country
Đông Timor | country | Timor-Leste
Trung Quốc | country | TQ
Nhật Bản | country | Nhật
Hàn Quốc | country | Nam Triều Tiên
Triều Tiên | country | CHDCND Triều Tiên, Bắc Triều Tiên
Đài Loan | region
Hồng Kông | region | Hong Kong, HongKong
Ma Cao | region | Macau
Mông Cổ | country
Ấn Độ | country
Pakistan | country
Bangladesh | country
Sri Lanka | country
Nepal | country
Afghanistan | country
Iran | country
Iraq | country
Syria | country | Xy-ri
Thổ Nhĩ Kỳ | country
Israel | country | Ixraen
Palestine | country
Saudi Arabia | country | Ả Rập Xê Út, Ả-rập Xê-út
UAE | country | Các Tiểu vương quốc Ả Rập Thống nhất
Qatar | country
Ai Cập | country
Libya | country
Nga | country | Liên bang Nga, LB Nga
Ukraine | country | U-crai-na, Ucraina
Belarus | country
Liên Xô | country | Liên Xô cũ
Mỹ | country | Hoa Kỳ, Hợp chủng quốc Hoa Kỳ, Hoa Kì
Canada | country | Ca-na-đa
Mexico | country | Mê-hi-cô
Cuba | country | Cu-ba
Brazil | country | Braxin
Argentina | country | Ác-hen-ti-na
Venezuela | country
Chile | country | Chi-lê
Peru | country | Pê-ru
Colombia | country
Anh | country | Vương quốc Anh, Anh Quốc, Liên hiệp Vương quốc Anh
Pháp | country | Cộng hòa Pháp
Đức | country | CHLB Đức
Ý | country | Italy, I-ta-li-a
Tây Ban Nha | country
Bồ Đào Nha | country
Hà Lan | country
Bỉ | country
Thụy Sĩ | country | Thụy Sỹ
Thụy Điển | country
Na Uy | country
Đan Mạch | country
Phần Lan | country
Ba Lan | country
Séc | country | CH Séc, Cộng hòa Séc
Hungary | country | Hung-ga-ri
Áo | country
Hy Lạp | country
Ireland | country | Ai-len
Úc | country | Australia, Ô-xtrây-li-a, Ôxtrâylia
New Zealand | country | Niu Di-lân
Nam Phi | country
Nigeria | country
Kenya | country
Cộng hòa Séc | country
Washington | city | Oa-sinh-tơn, Washington D.C., Washington DC
New York | city | Niu Oóc
Los Angeles | city
San Francisco | city
Bắc Kinh | city
Thượng Hải | city
Quảng Châu | city
Thâm Quyến | city
Tokyo | city | Tô-ky-ô
Osaka | city
Seoul | city | Xơ-un
Bình Nhưỡng | city | Pyongyang
Moscow | city | Moskva, Mát-xcơ-va, Matxcơva
Saint Petersburg | city | Saint Peterburg, St. Petersburg, Xanh Pê-téc-bua
London | city | Luân Đôn
Paris | city
Berlin | city
Rome | city
Brussels | city | Bruxelles
Geneva | city | Giơ-ne-vơ
Viêng Chăn | city | Vientiane
Phnom Penh | city | Phnôm Pênh, Nông Pênh
Bangkok | city | Băng Cốc
Kuala Lumpur | city
Jakarta | city | Gia-các-ta
Manila | city
Yangon | city
New Delhi | city
Sydney | city
Melbourne | city
Canberra | city
Ottawa | city
Havana | city | La Habana
Hua Phan | region | Houaphanh, Hủa Phăn
Đông Nam Á | region
Châu Á | continent | châu Á
Châu Âu | continent | châu Âu
Châu Phi | continent | châu Phi
Châu Mỹ | continent | châu Mỹ
Châu Đại Dương | continent | châu Đại Dương
Bắc Mỹ | region
Nam Mỹ | region | Mỹ Latinh, Mỹ La-tinh
Trung Đông | region
Biển Đông | region
Thái Bình Dương | region
Đại Tây Dương | region
Ấn Độ Dương | region
Bán đảo Triều Tiên | region | bán đảo Triều Tiên
miền Bắc | region | Miền Bắc
miền Trung | region | Miền Trung
miền Nam | region | Miền Nam
Bắc Bộ | region | Bắc bộ
Trung Bộ | region | Trung bộ
Nam Bộ | region | Nam bộ
Tây Bắc | region | Tây Bắc Bộ
Đông Bắc | region | Đông Bắc Bộ
Tây Nguyên | region
Việt Bắc | region
Đồng bằng sông Cửu Long | region | ĐBSCL, đồng bằng sông Cửu Long, Đồng bằng Sông Cửu Long
Đồng bằng sông Hồng | region | ĐBSH, đồng bằng sông Hồng
Đông Nam Bộ | region | Đông Nam bộ
Nam Trung Bộ | region | Nam Trung bộ
Bắc Trung Bộ | region | Bắc Trung bộ
Duyên hải Nam Trung Bộ | region
Hoàng Sa | region | quần đảo Hoàng Sa
Trường Sa | region | quần đảo Trường Sa
Thủ Thiêm | region
Phú Mỹ Hưng | region
Pác Bó | region
`);

/** A country, foreign city or region. */
export interface WorldPlace {
  readonly name: string;
  readonly type: WorldPlaceType;
  readonly forms: readonly string[];
}

/** Countries, foreign cities and regions. */
export const WORLD_PLACES: readonly WorldPlace[] = Object.freeze(
  WORLD_ROWS.map(([name = "", type = "", others = ""]) =>
    Object.freeze({
      name,
      type: type as WorldPlaceType,
      forms: Object.freeze([
        name,
        ...others
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      ]),
    }),
  ),
);

/**
 * Words that introduce a street or road, then its name (capitalised words or a number):
 * `đường Nguyễn Huệ`, `phố Hàng Bài`, `quốc lộ 1A`, `đường 39B`.
 */
export const STREET_WORDS: readonly (readonly [form: string, kind: "street" | "road"])[] =
  Object.freeze(
    table(`
đường hoa | street
đường | street
phố | street
đại lộ | street
ngõ | street
ngách | street
hẻm | street
quốc lộ | road
QL | road
tỉnh lộ | road
TL | road
cao tốc | road
đường cao tốc | road
đường tỉnh | road
ĐT | road
`).map(([form = "", kind = ""]) =>
      Object.freeze([form, kind === "road" ? "road" : "street"] as const),
    ),
  );

/**
 * Places below the commune that the catalogue does not list: a village, hamlet or residential
 * group, named after the word (`thôn Đông`, `bản Lác`, `ấp 3`, `khu phố 5`, `làng Hành Thiện`).
 */
export const HAMLET_WORDS: readonly string[] = lines(`
thôn
làng
bản
ấp
buôn
plei
sóc
khu phố
tổ dân phố
khối phố
xóm
khu dân cư
`);

/**
 * Words before the name of a landmark that is not an administrative unit or a street: rivers,
 * mountains, bays, bridges, markets, temples, airports (`sông Tô Lịch`, `chợ Bến Thành`, `đền Đông
 * Cuông`). The name after them is neither a person nor a place bantin links.
 */
export const LANDMARK_WORDS: readonly string[] = lines(`
sông
suối
hồ
núi
đèo
vịnh
hang
động
đảo
cầu
chợ
chùa
đền
đình
miếu
nhà thờ
công viên
sân bay
cảng hàng không
sân vận động
nhà hát
bến
ga
khu công nghiệp
khu đô thị
khu du lịch
cụm công nghiệp
dự án
tàu
chiến dịch
`);
