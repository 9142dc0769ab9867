import { table } from "./lexicon.js";

/**
 * Positions people hold, as the press writes them before or after a name ("Phó Bí thư Thường
 * trực Quận ủy", "Chủ tịch UBND TP Hà Nội", "Thứ trưởng Bộ GD&ĐT", "Trưởng Công an quận 2").
 * Built from the news corpus (the 40 most frequent continuations of `Phó`, `Bí thư`, `Chủ tịch`,
 * `Giám đốc`, `Trưởng`, `Bộ trưởng`, `Ủy viên`, `Thứ trưởng` ...) and the official job titles of the
 * party, the state, the Front and the armed forces.
 */
export interface RoleEntry {
  /** Canonical form, capitalised as in official usage: `Phó Bí thư`. */
  readonly canonical: string;
  /** Forms in the text; lower-case forms match any case. */
  readonly forms: readonly string[];
  /**
   * The organisation head the role contains, and where: `Trưởng phòng` → `phòng` after (the body is
   * "phòng GD&ĐT quận"), `Cục trưởng` → `Cục` before (the body follows: "Cục trưởng Cục Kiểm lâm").
   */
  readonly embeds?: { readonly head: string; readonly side: "before" | "after" };
  /** The role means nothing alone: it needs an organisation after it (`Trưởng`, `Đại biểu`). */
  readonly needsOrganisation?: boolean;
  /** The organisation the role implies when none follows (`Thủ tướng` → Chính phủ). */
  readonly implies?: string;
}

// canonical | other forms | embeds (head:before|after) | flags (needs-org, implies=Name, forms-only:
// the canonical is not itself a form, as `Đại biểu` written for `đại biểu Quốc hội`)
const ROWS = table(`
Tổng Bí thư | tổng bí thư, TBT | | implies=Ban Chấp hành Trung ương
Bí thư | bí thư | |
Phó Bí thư | phó bí thư | |
Ủy viên | ủy viên, UV | |
Thành ủy viên | thành ủy viên | | implies=Thành ủy
Tỉnh ủy viên | tỉnh ủy viên | | implies=Tỉnh ủy
Huyện ủy viên | huyện ủy viên | | implies=Huyện ủy
Quận ủy viên | quận ủy viên | | implies=Quận ủy
Đảng ủy viên | đảng ủy viên | | implies=Đảng ủy
Chủ tịch nước | chủ tịch nước | | implies=Nhà nước
Phó Chủ tịch nước | phó chủ tịch nước | | implies=Nhà nước
Chủ tịch | chủ tịch, CT | |
Phó Chủ tịch | phó chủ tịch, PCT | |
Thủ tướng | thủ tướng | | implies=Chính phủ
Phó Thủ tướng | phó thủ tướng | | implies=Chính phủ
Bộ trưởng | bộ trưởng | Bộ:before |
Thứ trưởng | thứ trưởng | Bộ:before |
Tổng cục trưởng | tổng cục trưởng | Tổng cục:before |
Phó Tổng cục trưởng | phó tổng cục trưởng | Tổng cục:before |
Cục trưởng | cục trưởng | Cục:before |
Phó Cục trưởng | phó cục trưởng | Cục:before |
Chi cục trưởng | chi cục trưởng | Chi cục:before |
Phó Chi cục trưởng | phó chi cục trưởng | Chi cục:before |
Vụ trưởng | vụ trưởng | Vụ:before |
Phó Vụ trưởng | phó vụ trưởng | Vụ:before |
Viện trưởng | viện trưởng | Viện:before |
Phó Viện trưởng | phó viện trưởng | Viện:before |
Hiệu trưởng | hiệu trưởng | Trường:before |
Phó Hiệu trưởng | phó hiệu trưởng | Trường:before |
Tổng Giám đốc | tổng giám đốc, TGĐ | |
Phó Tổng Giám đốc | phó tổng giám đốc, Phó TGĐ | |
Giám đốc điều hành | giám đốc điều hành, CEO | |
Giám đốc | giám đốc, GĐ | |
Phó Giám đốc | phó giám đốc, PGĐ | |
Chủ nhiệm | chủ nhiệm | |
Phó Chủ nhiệm | phó chủ nhiệm | |
Trưởng ban | trưởng ban | ban:after |
Phó Trưởng ban | phó trưởng ban, phó ban | ban:after |
Trưởng phòng | trưởng phòng | phòng:after |
Phó Trưởng phòng | phó trưởng phòng, phó phòng | phòng:after |
Trưởng khoa | trưởng khoa | khoa:after |
Phó Trưởng khoa | phó trưởng khoa, phó khoa | khoa:after |
Trưởng đoàn | trưởng đoàn | đoàn:after |
Phó Trưởng đoàn | phó trưởng đoàn, phó đoàn | đoàn:after |
Đội trưởng | đội trưởng | Đội:before |
Phó Đội trưởng | phó đội trưởng | Đội:before |
Trưởng | trưởng | | needs-org
Phó Trưởng | phó trưởng | | needs-org
Chánh án | chánh án | |
Phó Chánh án | phó chánh án | |
Chánh Văn phòng | chánh văn phòng | văn phòng:after |
Phó Chánh Văn phòng | phó chánh văn phòng | văn phòng:after |
Chánh Thanh tra | chánh thanh tra | thanh tra:after |
Phó Chánh Thanh tra | phó chánh thanh tra | thanh tra:after |
Tổng Thanh tra | tổng thanh tra | | implies=Thanh tra Chính phủ
Tư lệnh | tư lệnh | |
Phó Tư lệnh | phó tư lệnh | |
Chính ủy | chính ủy | |
Phó Chính ủy | phó chính ủy | |
Chỉ huy trưởng | chỉ huy trưởng | |
Phó Chỉ huy trưởng | phó chỉ huy trưởng | |
Tổng Tham mưu trưởng | tổng tham mưu trưởng | |
Tham mưu trưởng | tham mưu trưởng | |
Thủ trưởng | thủ trưởng | | needs-org
Kế toán trưởng | kế toán trưởng | |
Trưởng thôn | trưởng thôn | |
Trưởng bản | trưởng bản | |
Trưởng ấp | trưởng ấp | |
Trưởng khu phố | trưởng khu phố | |
Tổ trưởng tổ dân phố | tổ trưởng tổ dân phố | |
Đại biểu | ĐBQH | | forms-only implies=Quốc hội
Đại biểu | đại biểu | | needs-org
Người phát ngôn | người phát ngôn, phát ngôn viên | |
Đại sứ | đại sứ | |
Tổng Lãnh sự | tổng lãnh sự | |
Tổng thống | tổng thống, TT | |
Phó Tổng thống | phó tổng thống | |
Ngoại trưởng | ngoại trưởng | |
Quốc vương | quốc vương | |
Nhà vua | nhà vua | |
Nữ hoàng | nữ hoàng | |
Hoàng tử | hoàng tử | |
Thái tử | thái tử | |
Thị trưởng | thị trưởng | |
Thống đốc | thống đốc | |
Phó Thống đốc | phó thống đốc | |
Tổng Thư ký | tổng thư ký | |
Thư ký | thư ký | |
Thượng nghị sĩ | thượng nghị sĩ | |
Hạ nghị sĩ | hạ nghị sĩ | |
Nghị sĩ | nghị sĩ | |
Trọng tài viên | trọng tài viên | |
Cố vấn | cố vấn | |
Trợ lý | trợ lý | |
`);

/** Every role, most specific first is not needed: lookup is longest-match. */
export const ROLES: readonly RoleEntry[] = Object.freeze(
  ROWS.map(([canonical = "", others = "", embeds = "", flags = ""]) => {
    const [head = "", side = ""] = embeds.split(":");
    const implied = /implies=([^|]+)$/u.exec(flags)?.[1]?.trim();
    return Object.freeze({
      canonical,
      forms: Object.freeze([
        ...(flags.includes("forms-only") ? [] : [canonical]),
        ...others
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      ]),
      ...(head ? { embeds: { head, side: side === "before" ? "before" : "after" } } : {}),
      ...(flags.includes("needs-org") ? { needsOrganisation: true } : {}),
      ...(implied ? { implies: implied } : {}),
    } satisfies RoleEntry);
  }),
);

/** Words after a role that qualify it: "Phó Bí thư Thường trực", "Phó Thủ tướng Thường trực". */
export const ROLE_QUALIFIERS: readonly (readonly [form: string, canonical: string])[] =
  Object.freeze([
    ["thường trực", "Thường trực"],
    ["thứ nhất", "thứ nhất"],
    ["phụ trách", "phụ trách"],
    ["chuyên trách", "chuyên trách"],
  ]);

/** Words before a role that say when it was held. */
export const ROLE_MODIFIERS: readonly (readonly [
  form: string,
  kind: "former" | "acting" | "new",
])[] = Object.freeze([
  ["nguyên", "former"],
  ["cựu", "former"],
  ["quyền", "acting"],
  ["Q.", "acting"],
  ["tân", "new"],
]);
