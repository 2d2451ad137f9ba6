// Công văn có hai phần nơi nhận: "Kính gửi:" trước nội dung (các nơi trực tiếp giải quyết công việc) và
// "Nơi nhận:" ở cuối. Một công văn (có trích yếu "V/v …", hoặc ký hiệu không có chữ viết tắt tên loại)
// mà không có "Kính gửi:" là thiếu thành phần. Văn bản có tên loại (Quyết định, Kế hoạch …) không cần.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.b (reference R7.1).
// A warning: the line may have been lost when the letter was converted to plain text.
import { isTypeAbbreviation } from '../letter/header';
import type { Rule } from '../types';

// Compiled once: esbuild turns a literal with \p{…} into a `new RegExp` call, which would run on every use.
const CAPITALISED_GROUP = /^\p{Lu}[\p{L}\p{N}]*$/u;

export default {
	id: 'missing-kinh-gui',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.b',
	description: 'Công văn phải có phần "Kính gửi:" ghi các cơ quan, tổ chức, cá nhân trực tiếp giải quyết công việc.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		missing: 'Không tìm thấy dòng "Kính gửi:": công văn phải ghi nơi nhận trực tiếp giải quyết công việc trước phần nội dung.',
	},
	check(ctx) {
		const { letter } = ctx;
		if (letter.kinhGui || letter.header.typeName || !letter.body) {
			return;
		}
		const vv = letter.trichYeu?.label;
		if (vv) {
			ctx.report({ messageId: 'missing', range: vv.range });
			return;
		}
		// Without a "V/v", a ký hiệu whose first group is not a type abbreviation ("15/UBND-VP") is a công văn's.
		const so = letter.so;
		const number = so?.number;
		const first = number?.groups[0]?.span.text;
		const joined = number?.kyHieu?.text.includes('-') ?? false;
		if (so && number?.form === 'administrative' && first && CAPITALISED_GROUP.test(first) && !isTypeAbbreviation(first) && joined) {
			ctx.report({ messageId: 'missing', range: so.span.range });
		}
	},
} satisfies Rule;
