// Trích yếu nội dung được trình bày bằng chữ in thường (chỉ viết hoa theo quy tắc chính tả), không viết toàn bộ
// bằng chữ in hoa ("VỀ VIỆC PHÊ DUYỆT …"). Cách viết in hoa rất hay gặp, nên chỉ là cảnh báo (reference R4.1).
// Dòng in hoa dưới tên loại QUYẾT ĐỊNH, NGHỊ QUYẾT có thể là thẩm quyền ban hành ("CHỦ TỊCH ỦY BAN NHÂN DÂN …")
// khi văn bản thiếu trích yếu, nên với hai loại này chỉ xét dòng mở đầu như một trích yếu ("VỀ", "BAN HÀNH",
// "PHÊ DUYỆT" …).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b (reference R4.1, R4.2).
import { hasLowerCase, isUpperCaseText } from '../text';
import type { Rule } from '../types';

// Types whose template puts the authority line in capitals under the trích yếu (Phụ lục III, Mẫu 1.1–1.3).
const AUTHORITY_TYPES = new Set(['QUYẾT ĐỊNH', 'NGHỊ QUYẾT']);
// How the trích yếu of a decision or resolution usually opens.
const OPENER =
	/^(?:VỀ|V ?\/ ?V|BAN HÀNH|PHÊ DUYỆT|QUY ĐỊNH|SỬA ĐỔI|BỔ SUNG|BÃI BỎ|THÀNH LẬP|GIẢI THỂ|GIAO|CÔNG NHẬN|CHO PHÉP|ĐIỀU CHỈNH|KIỆN TOÀN|THU HỒI|BỔ NHIỆM|ĐIỀU ĐỘNG|KHEN THƯỞNG|KỶ LUẬT|TẶNG|PHÂN CÔNG|PHÂN BỔ|ÁP DỤNG|CỬ|CẤP|HỦY|HUỶ)(?![\p{L}\p{N}])/u;
// Lines that are no trích yếu: an authority or title line, a signing prefix, a numbered heading, a stamp.
const NOT_TRICH_YEU =
	/^(?:\d|(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TRƯỞNG|THỦ TƯỚNG|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CHÁNH|TRƯỞNG|[ỦU][YỶ] BAN|HỘI ĐỒNG|BAN(?! HÀNH)|CĂN CỨ|TM\.|KT\.|TL\.|TUQ\.|Q\.|PHẦN|CHƯƠNG|MỤC|ĐIỀU|[IVXLC]+\.|KHẨN|THƯỢNG KHẨN|H[ỎO][AẢ] TỐC|MẬT|TỐI MẬT|TUYỆT MẬT|DỰ THẢO)(?![\p{L}\p{N}]))/u;

/** The number of words with letters in `s`. */
const wordCount = (s: string): number => s.match(/\p{L}+/gu)?.length ?? 0;

export default {
	id: 'trich-yeu-uppercase',
	category: 'viet-hoa',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b',
	description: 'Trích yếu nội dung viết bằng chữ in thường, không viết toàn bộ bằng chữ in hoa.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		upperCase:
			'Trích yếu dưới tên loại {typeName} phải viết bằng chữ in thường (chỉ viết hoa chữ đầu và danh từ riêng), không viết toàn bộ bằng chữ in hoa.',
		vvUpperCase: 'Trích yếu sau "V/v" phải viết bằng chữ in thường (chỉ viết hoa danh từ riêng), không viết toàn bộ bằng chữ in hoa.',
	},
	check(ctx) {
		const { letter } = ctx;
		const parts = letter.header;
		const typeName = parts.typeName;
		if (typeName) {
			const under = parts.underTypeName;
			const content = under?.text ?? '';
			const candidate =
				isUpperCaseText(content) &&
				wordCount(content) >= 2 &&
				!NOT_TRICH_YEU.test(content) &&
				(!AUTHORITY_TYPES.has(typeName.type.name) || OPENER.test(content));
			if (under && candidate) {
				ctx.report({ messageId: 'upperCase', data: { typeName: typeName.type.name }, range: under.range });
			}
			return;
		}
		const trichYeu = letter.trichYeu;
		const label = trichYeu?.label;
		if (!trichYeu || !label) {
			return;
		}
		// A lower-case letter after the label (the usual trích yếu) makes the text below not upper case: known
		// without joining the lines. The label is on the first line, so the text below starts inside it.
		const lines = trichYeu.lines;
		const after = label.text.length;
		if (after <= (lines[0]?.text.length ?? 0) && lines.some((l, k) => hasLowerCase(k === 0 ? l.text.slice(after) : l.text))) {
			return;
		}
		// The text after "V/v", over all its lines; "V/v COVID-19" alone is too short to tell.
		const text = trichYeu.lines
			.map((l) => l.text)
			.join(' ')
			.slice(label.text.length)
			.replace(/^\s*:?/u, '');
		if (isUpperCaseText(text) && wordCount(text) >= 3) {
			// The parser ends the trích yếu at a line in capitals under a first line that is not ("V/v TRIỂN
			// KHAI …" / "NĂM 2021"): such lines continue it.
			const end = parts.trichYeuCapitals[parts.trichYeuCapitals.length - 1]?.range.end ?? trichYeu.range.end;
			ctx.report({ messageId: 'vvUpperCase', range: { start: trichYeu.range.start, end } });
		}
	},
} satisfies Rule;
