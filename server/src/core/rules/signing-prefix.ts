// Quyền hạn của người ký được ghi bằng đúng một trong năm chữ viết tắt "TM.", "KT.", "TL.", "TUQ.", "Q.": in hoa,
// có dấu chấm, sau đó một khoảng trắng và chức vụ (hoặc tên tập thể) in hoa, ví dụ "KT. GIÁM ĐỐC". Các cách viết
// "K/T", "T/M", "T/L", "KT" không dấu chấm, "KT.GIÁM ĐỐC" không khoảng trắng hay "Kt." đều sai.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7.b và II.7.đ (reference R6.1, R6.2).
// Sau "KT.", "TL.", "TUQ.", "Q." chỉ ghi chức vụ của người đứng đầu ("KT. GIÁM ĐỐC"), không ghi tên cơ quan
// ("KT. GIÁM ĐỐC SỞ VĂN HÓA") (reference R6.1; real-world shapes G2, H10).
// Khi chức vụ là cả dòng quyền hạn mà viết thường ("Chủ tịch" trên họ tên, ở văn bản cũ), báo một lần: chức vụ phải
// in hoa, và khi văn bản là của Ủy ban nhân dân thì Chủ tịch ký "TM. ỦY BAN NHÂN DÂN" rồi "CHỦ TỊCH" (reference H2).
// Văn bản của Đảng dùng "T/M" theo Hướng dẫn 36-HD/VPTW, nên quy tắc chỉ chạy trên văn bản hành chính.
import { isNameInCapitals, replacement, type LowerCaseTitle } from '../letter/closing';
import { subRange, type Span } from '../letter';
import { titleWithAgency, type TitleWithAgency } from '../letter/signature-titles';
import type { Rule, Suggestion } from '../types';
import { hasLowerCase, lineBreakAfter } from '../text';

// A case boundary inside a word, where a name is glued to a title: "Giám đốcNguyễn", "GIÁM ĐỐCNguyễn".
const GLUED = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;

// A capitalised word after a space or tab; global, for matchAll (which copies it). Compiled once: esbuild turns a
// literal with \p{…} into a `new RegExp` call, which would run on every use.
const CAPITALISED_WORD = /(?<=[ \t])\p{Lu}\p{Ll}*/gu;

/**
 * Where a name starts in the text after an authority prefix, or -1: at a name glued to the title at a case
 * boundary, or at a capitalised word that starts a person's name to the end of the line ("Chủ tịch Trần Minh
 * Khoa"). The words of a body's name ("Giám đốc Sở Tài chính") are part of the title.
 */
function nameAfterTitle(title: string): number {
	const glued = GLUED.exec(title);
	if (glued) {
		return glued.index + (hasLowerCase(glued[0].charAt(0)) ? 1 : 2);
	}
	for (const word of title.matchAll(CAPITALISED_WORD)) {
		if (isNameInCapitals(title.slice(word.index).trimEnd().toUpperCase())) {
			return word.index;
		}
	}
	return -1;
}

export default {
	id: 'signing-prefix',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7.b, II.7.đ',
	description:
		'Quyền hạn của người ký phải viết đúng "TM.", "KT.", "TL.", "TUQ." hoặc "Q.", in hoa, có dấu chấm, một khoảng trắng rồi đến chức vụ in hoa.',
	defaultSeverity: 'warning',
	fixable: true,
	judges: ['signature'],
	messages: {
		malformed: 'Quyền hạn ký "{written}" phải viết đúng là "{canonical}", sau đó một khoảng trắng và chức vụ in hoa: "{expected}".',
		lowerCaseTitle: 'Sau "{canonical}" chức vụ (hoặc tên tập thể) phải viết in hoa: "{expected}".',
		missingSpace: 'Thiếu khoảng trắng sau "{canonical}": "{expected}".',
		missingPeriod: 'Thiếu dấu chấm sau "{written}": "{expected}".',
		agencyName: 'Sau "{canonical}" chỉ ghi chức vụ của người đứng đầu, không ghi tên cơ quan "{agency}": "{expected}".',
		malformedAgency:
			'Quyền hạn ký "{written}" phải viết đúng là "{canonical}", sau đó một khoảng trắng và chức vụ của người đứng đầu, không ghi tên cơ quan "{agency}": "{expected}".',
		missingSpaceAgency: 'Thiếu khoảng trắng sau "{canonical}"; sau đó chỉ ghi chức vụ, không ghi tên cơ quan "{agency}": "{expected}".',
		lowerCaseAuthority: 'Chức vụ của người ký phải viết in hoa: "{expected}" (đang là "{written}").',
		collectiveAuthority:
			'Người đứng đầu ký thay mặt tập thể: dòng quyền hạn là "TM. {collective}", dưới đó là chức vụ in hoa "{expected}" (đang là "{written}").',
		missingPeriodAgency: 'Thiếu dấu chấm sau "{written}"; sau đó chỉ ghi chức vụ, không ghi tên cơ quan "{agency}": "{expected}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const signature = letter.signature;
		if (!signature) {
			return;
		}
		const lower = letter.closing.lowerCaseTitle;
		if (lower) {
			reportLowerCase(lower);
		}
		for (const line of signature.lines) {
			if (line === signature.name) {
				continue;
			}
			checkLine(line);
		}

		function checkLine(line: Span): void {
			const prefix = letter.closing.prefixes.find((p) => p.span === line);
			if (!prefix) {
				return;
			}
			const title = line.text.slice(prefix.length);
			const titleLower = hasLowerCase(title);
			// An agency name after the head's title: only after the prefixes that stand before a head's title.
			const withAgency = !titleLower && prefix.canonical !== 'TM.' ? titleWithAgency(title) : undefined;
			if (prefix.exact && !titleLower) {
				if (withAgency) {
					reportAgency(line, prefix.length, withAgency, prefix.canonical);
				}
				return;
			}
			// Only one character missing ("KT.GIÁM ĐỐC", "KT GIÁM ĐỐC"): say which, and insert only that character.
			if (!titleLower) {
				const noSpace = prefix.written === prefix.canonical && prefix.length === prefix.written.length;
				const noPeriod = `${prefix.written}.` === prefix.canonical && prefix.length > prefix.written.length;
				if (noSpace || noPeriod) {
					const expected = `${prefix.canonical} ${withAgency ? withAgency.head : title.trimStart()}`;
					const at = subRange(line, prefix.written.length, prefix.written.length);
					const messageId = noSpace ? 'missingSpace' : 'missingPeriod';
					const edit = replacement(letter, at, noSpace ? ' ' : '.', `Sửa thành "${prefix.canonical} ${title.trimStart()}".`);
					// The agency name is only offered for removal, beside the insertion (or its suggestion in markdown).
					const suggestions = [...(edit.suggestions ?? []), ...(withAgency ? [agencySuggestion(line, prefix.length, withAgency)] : [])];
					ctx.report({
						messageId: withAgency ? `${messageId}Agency` : messageId,
						data: { written: prefix.written, canonical: prefix.canonical, expected, ...(withAgency ? { agency: withAgency.agency } : {}) },
						range: line.range,
						...(edit.fix ? { fix: edit.fix } : {}),
						...(suggestions.length > 0 ? { suggestions } : {}),
					});
					return;
				}
			}
			// Text after the title that is not the title: a name glued on or following it. It is never upper-cased;
			// the line was not read with certainty, so the change of case is only offered (a suggestion).
			const cut = titleLower ? nameAfterTitle(title) : -1;
			const upper = cut < 0 ? title.toUpperCase() : title.slice(0, cut).toUpperCase() + title.slice(cut);
			const expected = `${prefix.canonical} ${upper}`;
			const message = `Sửa thành "${expected}".`;
			const data = { written: prefix.written, canonical: prefix.canonical, expected };
			const messageId = prefix.exact ? 'lowerCaseTitle' : 'malformed';
			if (cut >= 0) {
				const prefixEdit = prefix.exact ? {} : replacement(letter, subRange(line, 0, prefix.length), `${prefix.canonical} `, message);
				const titleRange = subRange(line, 0, prefix.length + cut);
				ctx.report({
					messageId,
					data,
					range: line.range,
					fix: prefixEdit.fix,
					suggestions: [{ message, edits: [{ range: titleRange, text: expected.slice(0, expected.length - (title.length - cut)) }] }],
				});
				return;
			}
			// Replace only the prefix when the title is right, so that the fix touches as little as possible.
			const range = titleLower ? line.range : subRange(line, 0, prefix.length);
			const text = titleLower ? expected : `${prefix.canonical} `;
			const edit = replacement(letter, range, text, message);
			if (withAgency && messageId === 'malformed') {
				const data = {
					written: prefix.written,
					canonical: prefix.canonical,
					agency: withAgency.agency,
					expected: `${prefix.canonical} ${withAgency.head}`,
				};
				const suggestions = [...(edit.suggestions ?? []), agencySuggestion(line, prefix.length, withAgency)];
				ctx.report({ messageId: 'malformedAgency', data, range: line.range, ...edit, suggestions });
				return;
			}
			ctx.report({ messageId, data, range: line.range, ...edit });
		}

		/**
		 * "Chủ tịch" as the whole authority line: the title in capitals is fixed (the line is a known title and
		 * nothing else); the "TM." line of a collective is only offered, as the drafter may sign in his own name.
		 */
		function reportLowerCase(lower: LowerCaseTitle): void {
			const data = { written: lower.span.text, expected: lower.title, collective: lower.collective ?? '' };
			const edit = replacement(letter, lower.span.range, lower.title, `Sửa thành "${lower.title}".`);
			const collective = lower.collective;
			const suggestions = [...(edit.suggestions ?? [])];
			if (collective !== undefined) {
				const eol = lineBreakAfter(letter.source, lower.span.range.start);
				suggestions.push({
					message: `Thêm dòng "TM. ${collective}" trên "${lower.title}".`,
					edits: [{ range: lower.span.range, text: `TM. ${collective}${eol}${lower.title}` }],
				});
			}
			ctx.report({
				messageId: collective === undefined ? 'lowerCaseAuthority' : 'collectiveAuthority',
				data,
				range: lower.span.range,
				...(edit.fix ? { fix: edit.fix } : {}),
				...(suggestions.length > 0 ? { suggestions } : {}),
			});
		}

		/** "KT. GIÁM ĐỐC SỞ VĂN HÓA": the agency name is offered for removal, never removed by fix-all. */
		function reportAgency(line: Span, prefixLength: number, found: TitleWithAgency, canonical: string): void {
			ctx.report({
				messageId: 'agencyName',
				data: { canonical, agency: found.agency, expected: `${canonical} ${found.head}` },
				range: subRange(line, prefixLength + found.agencyStart, prefixLength + found.agencyStart + found.agency.length),
				suggestions: [agencySuggestion(line, prefixLength, found)],
			});
		}
	},
} satisfies Rule;

/** The suggestion that removes the agency name after the head's title (the space before it included). */
function agencySuggestion(line: Span, prefixLength: number, found: TitleWithAgency): Suggestion {
	const range = subRange(line, prefixLength + found.headEnd, prefixLength + found.agencyStart + found.agency.length);
	return { message: `Bỏ tên cơ quan "${found.agency}".`, edits: [{ range, text: '' }] };
}
