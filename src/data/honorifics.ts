import type { HonorificKind } from "../schema/entities.js";
import { table } from "./lexicon.js";

/**
 * What a word before a name says about the person, kept apart from the name:
 * - `address`: the polite forms of address the press uses (`đồng chí`, `ông`, `bà`, `anh`, `chị`);
 * - `rank`: military and police ranks (`Đại tá`, `Thiếu tướng`);
 * - `academic`: degrees and academic titles, written out or abbreviated (`PGS.TS`, `ThS.`, `BS.`);
 * - `honour`: state honours (`Nhà giáo Ưu tú`, `Anh hùng Lao động`, `NSND`);
 * - `religious`: clergy (`Hòa thượng`, `Linh mục`);
 * - `profession`: a calling written like a title (`nhà báo`, `luật sư`, `HLV`).
 */
export type { HonorificKind };

/** One honorific: the forms it is written in, its canonical form, kind, and the gender it implies. */
export interface HonorificEntry {
  readonly forms: readonly string[];
  readonly canonical: string;
  readonly kind: HonorificKind;
  readonly gender?: "male" | "female";
}

// canonical | kind | gender | other forms (comma-separated). Lower-case forms match any case;
// a capital in a form must be capital in the text (so `Anh` the country stays out of `anh`).
const ROWS = table(`
đồng chí | address | | đ/c
ông | address | male |
bà | address | female |
anh | address | male |
chị | address | female |
cô | address | female |
thầy | address | male |
cụ | address | |
ngài | address | |
Bác | address | | # Bác Hồ
Thiếu úy | rank | | thiếu úy
Trung úy | rank | | trung úy
Thượng úy | rank | | thượng úy
Đại úy | rank | | đại úy
Thiếu tá | rank | | thiếu tá
Trung tá | rank | | trung tá
Thượng tá | rank | | thượng tá
Đại tá | rank | | đại tá
Thiếu tướng | rank | | thiếu tướng
Trung tướng | rank | | trung tướng
Thượng tướng | rank | | thượng tướng
Đại tướng | rank | | đại tướng
Chuẩn Đô đốc | rank | | chuẩn đô đốc
Phó Đô đốc | rank | | phó đô đốc
Đô đốc | rank | | đô đốc
tướng | rank | |
Hạ sĩ | rank | | hạ sĩ
Trung sĩ | rank | | trung sĩ
Thượng sĩ | rank | | thượng sĩ
Binh nhất | rank | | binh nhất
Giáo sư | academic | | giáo sư, GS
Phó Giáo sư | academic | | phó giáo sư, PGS
Tiến sĩ | academic | | tiến sĩ, TS, tiến sỹ
Tiến sĩ khoa học | academic | | TSKH
Thạc sĩ | academic | | thạc sĩ, ThS, Ths, Th.S, thạc sỹ
Bác sĩ | academic | | bác sĩ, BS, Bs, bác sỹ
Bác sĩ chuyên khoa I | academic | | BSCKI, BS.CKI, BSCK1
Bác sĩ chuyên khoa II | academic | | BSCKII, BS.CKII, BSCK2
Dược sĩ | academic | | dược sĩ, DS
Kỹ sư | academic | | kỹ sư, KS
Kiến trúc sư | academic | | kiến trúc sư, KTS
Luật sư | academic | | luật sư, LS
Cử nhân | academic | | cử nhân
Nhà giáo Nhân dân | honour | | NGND, nhà giáo nhân dân
Nhà giáo Ưu tú | honour | | NGƯT, nhà giáo ưu tú
Nghệ sĩ Nhân dân | honour | | NSND, nghệ sĩ nhân dân
Nghệ sĩ Ưu tú | honour | | NSƯT, nghệ sĩ ưu tú
Thầy thuốc Nhân dân | honour | | TTND, thầy thuốc nhân dân
Thầy thuốc Ưu tú | honour | | TTƯT, thầy thuốc ưu tú
Anh hùng Lao động | honour | | anh hùng lao động, AHLĐ
Anh hùng Lực lượng vũ trang nhân dân | honour | | Anh hùng LLVTND, anh hùng lực lượng vũ trang nhân dân, Anh hùng LLVT
Bà mẹ Việt Nam Anh hùng | honour | female | Mẹ Việt Nam Anh hùng, mẹ Việt Nam anh hùng
Chiến sĩ thi đua toàn quốc | honour | | chiến sĩ thi đua toàn quốc
Hòa thượng | religious | male | hòa thượng
Thượng tọa | religious | male | thượng tọa
Đại đức | religious | male | đại đức
Ni sư | religious | female | ni sư
Linh mục | religious | male | linh mục, Lm
Giám mục | religious | male | giám mục
Tổng Giám mục | religious | male | tổng giám mục
Mục sư | religious | | mục sư
nhà báo | profession | |
nhà văn | profession | |
nhà thơ | profession | |
nhạc sĩ | profession | | nhạc sỹ
họa sĩ | profession | | họa sỹ
ca sĩ | profession | | ca sỹ
nghệ sĩ | profession | | nghệ sỹ
diễn viên | profession | |
đạo diễn | profession | |
nhà nghiên cứu | profession | |
nhà sử học | profession | |
doanh nhân | profession | |
huấn luyện viên | profession | | HLV
cầu thủ | profession | |
vận động viên | profession | | VĐV
phóng viên | profession | |
giáo viên | profession | |
cô giáo | profession | female |
thầy giáo | profession | male |
kỹ sư | profession | |
`);

/** Every honorific, rank and degree bantin keeps apart from names. */
export const HONORIFICS: readonly HonorificEntry[] = Object.freeze(
  ROWS.map(([canonical = "", kind = "", gender = "", others = ""]) =>
    Object.freeze({
      canonical,
      kind: kind as HonorificKind,
      forms: Object.freeze([
        canonical,
        ...others
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      ]),
      ...(gender === "male" || gender === "female" ? { gender } : {}),
    }),
  ),
);
