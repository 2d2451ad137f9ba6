// The types of văn bản hành chính and their abbreviations.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 7 and Phụ lục III, Mục I (reference §2); the Thông tư 01/2011
// abbreviations that differ are kept for letters dated before 05/03/2020 (reference §9).

/** One type of administrative document. */
export interface DocumentType {
	/** The type name as printed in a header, upper case. */
	name: string;
	/** The abbreviation under Nghị định 30, or undefined for công văn and thư công. */
	abbreviation?: string;
	/** The abbreviation under Thông tư 01/2011 where it differs. */
	oldAbbreviation?: string;
	/** True for types that exist only under Thông tư 01/2011. */
	oldOnly?: boolean;
}

/** The 29 types of Nghị định 30, Điều 7, plus the types that Thông tư 01/2011 had and Nghị định 30 dropped. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
	{ name: 'NGHỊ QUYẾT', abbreviation: 'NQ' },
	{ name: 'QUYẾT ĐỊNH', abbreviation: 'QĐ' },
	{ name: 'CHỈ THỊ', abbreviation: 'CT' },
	{ name: 'QUY CHẾ', abbreviation: 'QC' },
	{ name: 'QUY ĐỊNH', abbreviation: 'QyĐ' },
	{ name: 'THÔNG CÁO', abbreviation: 'TC' },
	{ name: 'THÔNG BÁO', abbreviation: 'TB' },
	{ name: 'HƯỚNG DẪN', abbreviation: 'HD' },
	{ name: 'CHƯƠNG TRÌNH', abbreviation: 'CTr' },
	{ name: 'KẾ HOẠCH', abbreviation: 'KH' },
	{ name: 'PHƯƠNG ÁN', abbreviation: 'PA' },
	{ name: 'ĐỀ ÁN', abbreviation: 'ĐA' },
	{ name: 'DỰ ÁN', abbreviation: 'DA' },
	{ name: 'BÁO CÁO', abbreviation: 'BC' },
	{ name: 'BIÊN BẢN', abbreviation: 'BB' },
	{ name: 'TỜ TRÌNH', abbreviation: 'TTr' },
	{ name: 'HỢP ĐỒNG', abbreviation: 'HĐ' },
	{ name: 'CÔNG ĐIỆN', abbreviation: 'CĐ' },
	{ name: 'BẢN GHI NHỚ', abbreviation: 'BGN', oldAbbreviation: 'GN' },
	{ name: 'BẢN THỎA THUẬN', abbreviation: 'BTT', oldAbbreviation: 'TTh' },
	{ name: 'GIẤY ỦY QUYỀN', abbreviation: 'GUQ', oldAbbreviation: 'UQ' },
	{ name: 'GIẤY MỜI', abbreviation: 'GM' },
	{ name: 'GIẤY GIỚI THIỆU', abbreviation: 'GGT', oldAbbreviation: 'GT' },
	{ name: 'GIẤY NGHỈ PHÉP', abbreviation: 'GNP', oldAbbreviation: 'NP' },
	{ name: 'PHIẾU GỬI', abbreviation: 'PG' },
	{ name: 'PHIẾU CHUYỂN', abbreviation: 'PC' },
	{ name: 'PHIẾU BÁO', abbreviation: 'PB' },
	{ name: 'CÔNG VĂN' },
	{ name: 'THƯ CÔNG' },
	{ name: 'BẢN CAM KẾT', oldAbbreviation: 'CK', oldOnly: true },
	{ name: 'GIẤY CHỨNG NHẬN', oldAbbreviation: 'CN', oldOnly: true },
	{ name: 'GIẤY ĐI ĐƯỜNG', oldAbbreviation: 'ĐĐ', oldOnly: true },
	{ name: 'GIẤY BIÊN NHẬN HỒ SƠ', oldAbbreviation: 'BN', oldOnly: true },
];

/**
 * Type abbreviations, upper-cased, that agencies also use as their own first ký hiệu group ("CT-TTHT" of a Cục
 * Thuế, "CN-" of a chi nhánh, "CĐ-" of a Công đoàn, "HĐ…" of a Hội đồng, police units "PA", "PC"): such a group
 * may name the agency rather than the type.
 */
export const AGENCY_LIKE_ABBREVIATIONS: ReadonlySet<string> = new Set([
	'CT',
	'TC',
	'PC',
	'PA',
	'PB',
	'PG',
	'DA',
	'HĐ',
	'CĐ',
	'GN',
	'TTH',
	'UQ',
	'GT',
	'NP',
	'CK',
	'CN',
	'ĐĐ',
	'BN',
]);

/** The abbreviations that Phụ lục III prints in mixed case; every other ký hiệu group is upper case. */
export const MIXED_CASE_ABBREVIATIONS: readonly string[] = ['CTr', 'TTr', 'QyĐ', 'TrS'];

/** Type names that may open a citation of another document ("Công văn số …"), longest first. */
export const CITED_TYPE_NAMES: readonly string[] = [
	'Nghị quyết liên tịch',
	'Thông tư liên tịch',
	'Thông báo kết luận',
	'Pháp lệnh',
	'Nghị quyết',
	'Nghị định',
	'Quyết định',
	'Chỉ thị',
	'Thông tư',
	'Thông báo',
	'Thông tri',
	'Công văn',
	'Công điện',
	'Kế hoạch',
	'Hướng dẫn',
	'Báo cáo',
	'Tờ trình',
	'Quy chế',
	'Quy định',
	'Chương trình',
	'Đề án',
	'Phương án',
	'Kết luận',
	'Văn bản',
	'Biên bản',
	'Giấy mời',
	'Hợp đồng',
	'Luật',
	'Bộ luật',
];

/**
 * The type names whose forms never carry a "Kính gửi" part: their recipients are listed under "Nơi nhận" only
 * (Phụ lục I, Phần I, Mục II.9.b–c; reference R7.1). Tờ trình and báo cáo sent upward may have one; giấy mời,
 * biên bản, hợp đồng, công điện and the other forms are not judged.
 */
export const NOI_NHAN_ONLY_TYPES: ReadonlySet<string> = new Set([
	'NGHỊ QUYẾT',
	'QUYẾT ĐỊNH',
	'CHỈ THỊ',
	'QUY CHẾ',
	'QUY ĐỊNH',
	'THÔNG CÁO',
	'THÔNG BÁO',
	'HƯỚNG DẪN',
	'CHƯƠNG TRÌNH',
	'KẾ HOẠCH',
	'PHƯƠNG ÁN',
	'ĐỀ ÁN',
	'DỰ ÁN',
]);
