// Văn bản gõ bằng bảng mã cũ (TCVN3/ABC với phông .VnTime, VNI-Windows) khi chép sang hiện thành chuỗi ký
// tự lạ ("Céng hoµ x· héi", "Coäng hoøa"). congvan báo một lần và không kiểm tra tiếp, thay vì báo hàng
// trăm lỗi sai. Một đoạn gõ bằng bảng mã cũ chép vào giữa văn bản Unicode ("trước ngµy 30 th¸ng 3 n¨m 2024")
// được báo trên dòng của nó; không bản sửa nào của các quy tắc khác được chạm vào dòng đó (index.ts).
// Trong tệp Word, đoạn chữ đặt phông của bảng mã cũ (.VnTime, .VnTimeH, VNI-Times) cũng được báo ở đây, một lần
// cho mỗi phông, trừ khi chữ của nó đã được báo là đoạn gõ bằng bảng mã cũ: một phát hiện, không hai (quy tắc
// font-family bỏ qua các phông này).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (bộ mã ký tự Unicode theo TCVN 6909:2001);
// reference §10.4.
import { componentsByFont, formatView, isLegacyFont, relatedPlaces } from '../layout/format-view';
import { lineContentRange, type Letter } from '../letter';
import { legacyFragments } from '../text';
import type { Range, Rule, RuleContext } from '../types';

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
		font: 'Phông "{font}" ({count} đoạn) là phông của bảng mã {encoding}, không phải Unicode: hãy chuyển mã sang Unicode và dùng phông Times New Roman.',
	},
	check(ctx) {
		const { letter } = ctx;
		if (!letter.legacyEncoding) {
			const fragments = legacyFragments(letter.source);
			reportLegacyFonts(ctx, letter, fragments);
			for (const fragment of fragments) {
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

/**
 * The runs of a Word file set in a font of a legacy encoding, one finding per font at its first paragraph,
 * leaving out the runs whose text is already reported as a fragment in that encoding.
 */
function reportLegacyFonts(ctx: RuleContext, letter: Letter, fragments: readonly Range[]): void {
	const view = formatView(letter);
	if (!view) {
		return;
	}
	const byFont = componentsByFont(
		view,
		(run) => isLegacyFont(run.font ?? '') && !fragments.some((f) => f.start < run.range.end && run.range.start < f.end),
	);
	for (const [key, { font, ranges }] of byFont) {
		const [first, ...others] = ranges;
		if (!first) {
			continue;
		}
		const related = relatedPlaces(others, `Cũng dùng phông "${font}".`);
		ctx.report({
			messageId: 'font',
			data: { font, count: ranges.length, encoding: key.startsWith('vni') ? NAMES.vni : NAMES.tcvn3 },
			range: first,
			...(related.length > 0 ? { related } : {}),
		});
	}
}
