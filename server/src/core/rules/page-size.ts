// Văn bản trình bày trên khổ giấy A4 (210 mm x 297 mm), theo chiều dài của trang giấy; trang nằm ngang chỉ
// dùng cho bảng, biểu (một phụ lục nằm ngang ở mục riêng là bình thường). Quy tắc đọc thiết lập trang của tệp
// Word (mỗi mục, `w:sectPr`); văn bản thuần không có thiết lập trang nên quy tắc im lặng. Tệp Word không ghi
// thiết lập trang thì chỉ báo một thông tin "không rõ thiết lập trang", không bao giờ báo "không phải A4".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 1 và 2 (reference §11).
import { firstLineRange, formatNumber, formatView, isLandscape, layoutOf, sectionRange } from '../layout/format-view';
import type { Rule } from '../types';

/** Word writes the page in twips; a millimetre is 56.7 of them, so a page within 1 mm is the same paper. */
const TOLERANCE_MM = 1;

/** Papers that a wrong page setup usually is, by their size in millimetres (portrait). */
const PAPERS: readonly { name: string; width: number; height: number }[] = [
	{ name: 'Letter (Mỹ)', width: 215.9, height: 279.4 },
	{ name: 'Legal (Mỹ)', width: 215.9, height: 355.6 },
	{ name: 'A5', width: 148, height: 210 },
	{ name: 'A3', width: 297, height: 420 },
	{ name: 'B5', width: 176, height: 250 },
];

export default {
	id: 'page-size',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 1 và 2 (khổ giấy A4, trình bày theo chiều dài)',
	description:
		'Văn bản trình bày trên khổ giấy A4 (210 mm x 297 mm), theo chiều dài của trang giấy; chỉ phụ lục có bảng, biểu mới được đặt trang nằm ngang.',
	defaultSeverity: 'error',
	fixable: false,
	judges: ['format'],
	messages: {
		notA4: 'Khổ giấy của văn bản là {paper} ({width} x {height} mm), không phải A4 (210 x 297 mm).',
		landscape:
			'Trang đầu của văn bản đặt nằm ngang: văn bản trình bày theo chiều dài của khổ A4; chỉ phụ lục có bảng, biểu mới đặt nằm ngang.',
		unknown: 'Tệp Word không ghi thiết lập trang (khổ giấy, lề): không kiểm tra được khổ giấy và lề.',
	},
	check(ctx) {
		const view = formatView(ctx.letter);
		if (!view) {
			return;
		}
		const page = layoutOf(ctx.profile).page;
		const sections = view.format.sections;
		if (sections.length === 0 || sections.every((s) => s.pageWidthMm === undefined || s.pageHeightMm === undefined)) {
			ctx.report({ messageId: 'unknown', range: firstLineRange(ctx.letter), severity: 'information' });
			return;
		}
		sections.forEach((section, index) => {
			const width = section.pageWidthMm;
			const height = section.pageHeightMm;
			if (width === undefined || height === undefined) {
				return;
			}
			const short = Math.min(width, height);
			const long = Math.max(width, height);
			const range = sectionRange(ctx.letter, view, index);
			if (Math.abs(short - page.widthMm) > TOLERANCE_MM || Math.abs(long - page.heightMm) > TOLERANCE_MM) {
				const known = PAPERS.find((p) => Math.abs(p.width - short) <= TOLERANCE_MM && Math.abs(p.height - long) <= TOLERANCE_MM);
				ctx.report({
					messageId: 'notA4',
					data: { paper: known?.name ?? 'khổ khác', width: formatNumber(width), height: formatNumber(height) },
					range,
				});
				return;
			}
			// A landscape section after the first is an appendix with a table: the decree allows it.
			if (index === 0 && isLandscape(section)) {
				ctx.report({ messageId: 'landscape', range });
			}
		});
	},
} satisfies Rule;
