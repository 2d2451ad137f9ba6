// Văn bản gõ bằng bảng mã cũ (TCVN3/ABC với phông .VnTime, VNI-Windows) khi chép sang hiện thành chuỗi ký
// tự lạ ("Céng hoµ x· héi", "Coäng hoøa"). congvan báo một lần và không kiểm tra tiếp, thay vì báo hàng
// trăm lỗi sai. Một đoạn gõ bằng bảng mã cũ chép vào giữa văn bản Unicode ("trước ngµy 30 th¸ng 3 n¨m 2024")
// được báo trên dòng của nó; không bản sửa nào của các quy tắc khác được chạm vào dòng đó (index.ts).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (bộ mã ký tự Unicode theo TCVN 6909:2001);
// reference §10.4.
import { lineContentRange } from '../letter';
import { legacyFragments } from '../text';
import type { Rule } from '../types';

const NAMES = { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI-Windows' } as const;

export default {
	id: 'legacy-encoding',
	category: 'chinh-ta',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (Unicode TCVN 6909:2001)',
	description: 'Văn bản phải dùng bộ mã Unicode; văn bản gõ bằng bảng mã cũ (TCVN3, VNI) cần được chuyển mã trước khi kiểm tra.',
	defaultSeverity: 'error',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	runsOnLegacyText: true,
	messages: {
		legacy:
			'Văn bản có vẻ được gõ bằng bảng mã {encoding}, không phải Unicode: hãy chuyển mã sang Unicode (ví dụ bằng chức năng chuyển mã của bộ gõ) rồi kiểm tra lại. Các quy tắc khác chưa được chạy.',
		fragment:
			'Đoạn "{text}" có vẻ được gõ bằng bảng mã {encoding}, không phải Unicode: hãy chuyển mã đoạn này sang Unicode. Các bản sửa tự động không sửa dòng này.',
	},
	check(ctx) {
		const { letter } = ctx;
		if (!letter.legacyEncoding) {
			for (const fragment of legacyFragments(letter.source)) {
				const range = { start: fragment.start, end: fragment.end };
				const text = letter.source.slice(range.start, range.end);
				ctx.report({
					messageId: 'fragment',
					data: { text: text.length > 60 ? `${text.slice(0, 57)}…` : text, encoding: NAMES[fragment.encoding] },
					range,
				});
			}
			return;
		}
		const first = letter.lines.find((line) => line.content !== '');
		const range = first ? lineContentRange(letter, first.index) : { start: 0, end: 0 };
		ctx.report({ messageId: 'legacy', data: { encoding: NAMES[letter.legacyEncoding] }, range });
	},
} satisfies Rule;
