import { words } from "./lexicon.js";

/**
 * Vietnamese family names (họ), the first syllable of most names in the press. Built from the
 * names the news corpus gives after honorifics and titles (Nguyễn 1,625 times, Trần 509, Lê 305, Vũ
 * 231, Phạm 212, Hoàng 190 ... down to Cấn, Khuất, Phí, Sái, Tiếu), completed with the common
 * family names of the Kinh and of the Tày, Nùng, Thái, Mường, Hmông, Dao, Khmer, Hoa and Chăm.
 *
 * A capitalised run of 2 to 5 syllables starting with one of these is a name candidate even with no
 * honorific before it; other runs need a cue (an honorific, a rank, a title).
 */
export const FAMILY_NAMES: readonly string[] = words(`
Nguyễn Trần Lê Vũ Phạm Hoàng Hồ Phan Đinh Võ Huỳnh Trịnh Đỗ Bùi Vương Ngô Trương Đặng Mai
Phùng Dương Hà Lưu Đào Cao Đoàn Tạ Thái Lương Tô Chử Lâm Kim La Từ Nông Vi Đàm Cù Kiều
Đậu Khổng Lã Lại Tòng Bạch Lý Sái Lô Lữ Tiếu Chu Cấn Quách Triệu Tống Khuất Phí Điêu
Lường Bàn Diệp Nghiêm Mạc Doãn Tiêu Âu Bế Biện Cầm Chế Châu Cung Đàng Giáp Hầu Hứa Khúc
Khương Kha Lò Lục Mã Mẫn Nhữ Ông Quản Tăng Thạch Thân Tôn Trình Tào Ung Hoa Lều Ngụy Nhan
Tất Bồ Bành Hàn Ôn Sầm Thiều Tiết Trác Ưng Giàng Sùng Thào Vàng Lầu Mùa Hờ Chảo Sình Lồ
Quàng Lừ Chang Sằm Lèo Đèo Mè Pờ Sần Danh Chau Néang Ngọ Thích
`);

/**
 * First syllables of names of the Central Highlands peoples: Ê Đê men's `Y` and women's `H'`, and the
 * Jrai, Bahnar, Sê Đăng and Mnông family names that also begin names (`Ksor Phước Hà`, `Rơ Mah
 * Tuấn`, `Siu Hương`). `Y Thanh Hà Niê Kđăm`: the lineage name (`Niê Kđăm`) comes last.
 */
export const HIGHLAND_NAME_STARTS: readonly string[] = words(`
Y H' Ksor Kpă Rơ Rah Siu Nay Rmah Puih Đinh Ka K' Điểu Bđăp Byă Êban Niê Mlô Ayun Hđơk
Liêng Ya
`);

/**
 * Lineage names that END Ê Đê and Jrai names (`Y Thanh Hà Niê Kđăm`, `H'Hen Niê`): they may follow a
 * given name, so a name run may go on through them.
 */
export const HIGHLAND_LINEAGES: readonly string[] = words(`
Niê Kđăm Mlô Êban Ayun Hđơk Byă Adrơng Buôn Yă Ksor Siu Kpă Nay Rcom Knul Bkrông Êñuôl

`);

/**
 * The stems and branches of the lunar calendar: `Đinh Dậu`, `Mậu Tuất` name years, not people,
 * although `Đinh` is a family name.
 */
export const CAN: readonly string[] = words("Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý");
export const CHI: readonly string[] = words("Tý Sửu Dần Mão Mẹo Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi");

/** Well-known people the press names by an epithet: `Bác Hồ` is Hồ Chí Minh. */
export const EPITHETS: readonly (readonly [epithet: string, name: string])[] = Object.freeze([
  ["Bác Hồ", "Hồ Chí Minh"],
  ["Bác Tôn", "Tôn Đức Thắng"],
]);
