// Khối chữ ký gồm: dòng quyền hạn, chức vụ in hoa ("GIÁM ĐỐC", hoặc "KT. GIÁM ĐỐC"); sau "TM.", "KT.", "TL.",
// "TUQ." là dòng chức vụ của chính người ký ("PHÓ GIÁM ĐỐC"); cuối cùng là họ tên người ký. Khi thiếu một phần,
// thường là do bố cục bị mất khi chuyển sang văn bản thuần, nên đây là cảnh báo "không tìm thấy", không phải lỗi.
// "GIÁM ĐỐC" một mình với họ tên là đúng khi người đứng đầu ký; "Q." đứng trước chính chức vụ của người ký.
// Cấp phó ("PHÓ GIÁM ĐỐC", "THỨ TRƯỞNG") ký thay người đứng đầu nên phía trên có dòng "KT. GIÁM ĐỐC". Mỗi khối chữ
// ký chỉ có một phát hiện, nêu đúng các phần còn thiếu (reference G9).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7.b, II.7.c và II.7.đ (reference R6.2).
import { isTitleLike } from '../letter/closing';
import type { Span } from '../letter';
import { headOfDeputy, titleWithAgency } from '../letter/signature-titles';
import { startsUpper } from '../text';
import type { Rule } from '../types';

// The prefixes after which the signer's own title follows on a line of its own.
const NEEDS_OWN_TITLE = new Set(['TM.', 'KT.', 'TL.', 'TUQ.']);

// Compiled once: esbuild turns a literal with \p{…} into a `new RegExp` call, which would run on every use.
const LETTER = /\p{L}/u;

export default {
	id: 'signature-incomplete',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7',
	description:
		'Khối chữ ký phải có dòng quyền hạn, chức vụ in hoa, dòng chức vụ của người ký sau "TM.", "KT.", "TL.", "TUQ." và họ tên người ký.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		notFound: 'Không tìm thấy khối chữ ký (quyền hạn, chức vụ và họ tên người ký) ở cuối văn bản.',
		noTitle: 'Khối chữ ký không đầy đủ: không có dòng quyền hạn, chức vụ in hoa phía trên "{name}".',
		noOwnTitle: 'Khối chữ ký không đầy đủ: sau "{line}" phải có dòng chức vụ của người ký (ví dụ "{line}" rồi "{example}").',
		noName: 'Khối chữ ký không đầy đủ: không có họ tên người ký dưới "{line}".',
		noOwnTitleNoName:
			'Khối chữ ký không đầy đủ: sau "{line}" phải có dòng chức vụ của người ký và họ tên người ký (ví dụ "{line}" rồi "{example}" và họ tên).',
		noAuthority: 'Khối chữ ký không đầy đủ: cấp phó ký thay người đứng đầu nên phía trên "{line}" phải có dòng "{authority}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const signature = letter.signature;
		if (!signature) {
			// Only when the Nơi nhận was found, so that the end of the letter was read: without it the layout is
			// likely one the parser does not know (two columns side by side), and missing-noi-nhan already reports.
			if (letter.noiNhan) {
				ctx.report({ messageId: 'notFound', range: letter.noiNhan.label.range });
			}
			return;
		}
		const titles = letter.closing.titleLines;
		const name = letter.closing.signer;
		if (titles.length === 0) {
			const first = signature.lines[0] as Span;
			ctx.report({ messageId: 'noTitle', data: { name: name?.span.text ?? first.text }, range: first.range });
			return;
		}
		const lastTitle = titles[titles.length - 1] as Span;
		const prefix = letter.closing.prefixes.find((p) => p.span === lastTitle);
		const noOwnTitle = prefix && NEEDS_OWN_TITLE.has(prefix.canonical) && !hasLinesBetween(signature.lines, lastTitle, name?.span);
		// A last line in capitals that is neither a known name nor a title is left alone: it may be a name.
		const noName = !name && isTitleLike(lastTitle.text) && signature.lines[signature.lines.length - 1] === lastTitle;
		if (prefix && noOwnTitle) {
			// One finding for the block, naming every part that is missing.
			const example = ownTitleExample(prefix.canonical, lastTitle.text.slice(prefix.length));
			ctx.report({
				messageId: noName ? 'noOwnTitleNoName' : 'noOwnTitle',
				data: { line: lastTitle.text, example },
				range: lastTitle.range,
			});
			return;
		}
		if (noName) {
			ctx.report({ messageId: 'noName', data: { line: lastTitle.text }, range: lastTitle.range });
			return;
		}
		// A deputy's title as the only title line, above the name: the "KT." line of the head is missing.
		const head = titles.length === 1 && name && letter.closing.prefixes.length === 0 ? headOfDeputy(lastTitle.text) : undefined;
		if (head !== undefined) {
			ctx.report({ messageId: 'noAuthority', data: { line: lastTitle.text, authority: `KT. ${head}` }, range: lastTitle.range });
		}
	},
} satisfies Rule;

/**
 * An example of the signer's own title under an authority line, built from the title written there: a deputy
 * ("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG") after "KT.", the head of the office after "TL." and "TUQ.", the head after "TM.".
 */
function ownTitleExample(canonical: string, title: string): string {
	const written = title.trim();
	const head = titleWithAgency(written)?.head ?? written;
	if (canonical === 'KT.') {
		return head === 'BỘ TRƯỞNG' ? 'THỨ TRƯỞNG' : startsUpper(head) && !head.startsWith('PHÓ ') ? `PHÓ ${head}` : 'PHÓ GIÁM ĐỐC';
	}
	if (canonical === 'TM.') {
		return head === 'CHÍNH PHỦ' ? 'THỦ TƯỚNG' : 'CHỦ TỊCH';
	}
	return 'CHÁNH VĂN PHÒNG';
}

/**
 * Whether a line with letters lies between `title` and the name: a title written in lower case ("Phó Giám đốc")
 * is a different finding. Notes in brackets ("(Đã ký)") do not count.
 */
function hasLinesBetween(lines: readonly Span[], title: Span, name: Span | undefined): boolean {
	const from = lines.indexOf(title);
	const to = name ? lines.indexOf(name) : lines.length;
	return lines.slice(from + 1, to).some((s) => LETTER.test(s.text) && !s.text.startsWith('('));
}
