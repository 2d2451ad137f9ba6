// Số trang được đánh từ số 1, bằng chữ số Ả Rập, đặt canh giữa theo chiều ngang trong phần lề trên của văn
// bản; không hiển thị số trang thứ nhất (số trang hiện ra từ trang 2). Quy tắc đọc đầu trang và chân trang của mục đầu tiên của tệp Word
// (trường PAGE). Không có số trang là cảnh báo: congvan không biết văn bản dài mấy trang, và văn bản một trang
// không cần số trang. Mục không ghi thiết lập trang thì quy tắc im lặng (page-size báo "không rõ thiết lập trang").
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 7 (reference §11).
import { firstLineRange, formatView, layoutOf } from '../layout/format-view';
import type { Rule } from '../types';

const PLACES = { header: 'đầu trang', footer: 'chân trang' } as const;
const ALIGNS = { left: 'bên trái', center: 'ở giữa', right: 'bên phải', justify: 'căn đều' } as const;

export default {
	id: 'page-number',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 7 (đánh số trang)',
	description: 'Số trang canh giữa trong lề trên, hiện từ trang 2; không hiển thị số trang ở trang thứ nhất.',
	defaultSeverity: 'error',
	fixable: false,
	judges: ['format'],
	messages: {
		none: 'Văn bản không có số trang: văn bản dài hơn một trang phải có số trang hiện từ trang 2, canh giữa trong lề trên.',
		firstPage: 'Trang thứ nhất có hiện số trang: không hiển thị số trang thứ nhất (đặt "Trang đầu khác" cho đầu trang).',
		position: 'Số trang đặt ở {place}, {align}: số trang phải canh giữa trong lề trên.',
	},
	check(ctx) {
		const view = formatView(ctx.letter);
		const section = view?.format.sections[0];
		if (!view || !section || section.pageWidthMm === undefined) {
			return;
		}
		const expected = layoutOf(ctx.profile).pageNumbers;
		const range = firstLineRange(ctx.letter);
		if (section.pageNumberOnFirstPage) {
			ctx.report({ messageId: 'firstPage', range });
		}
		const number = section.pageNumber;
		if (!number) {
			if (!section.pageNumberOnFirstPage) {
				ctx.report({ messageId: 'none', range, severity: 'warning' });
			}
			return;
		}
		const place = expected.position === 'top' ? 'header' : 'footer';
		if (number.where !== place || (number.align !== undefined && number.align !== expected.align)) {
			ctx.report({ messageId: 'position', data: { place: PLACES[number.where], align: ALIGNS[number.align ?? 'left'] }, range });
		}
	},
} satisfies Rule;
