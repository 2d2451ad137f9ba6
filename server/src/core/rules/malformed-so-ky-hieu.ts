// Dòng "Số:" ở phần đầu văn bản phải có dạng "Số: <số>/<ký hiệu>": số bằng chữ số Ả Rập, số nhỏ hơn 10 có
// số 0 ở trước, ký hiệu gồm các nhóm chữ in hoa nối với nhau bằng một dấu gạch nối.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3 (reference R1.1–R1.6).
import { MIXED_CASE_ABBREVIATIONS } from '../data/document-types';
import { beforeNd30 } from '../dates';
import { subRange } from '../letter';
import type { Rule } from '../types';

// Thông tư 01/2011 printed Bản thỏa thuận as "TTh"; accept it in letters dated before Nghị định 30.
const OLD_MIXED_CASE = ['TTh'];
// A number slot left as dots or an ellipsis in a template is a blank (reference R1.7).
const PLACEHOLDER = /^[.…\s]*$/u;

export default {
	id: 'malformed-so-ky-hieu',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3',
	description:
		'Dòng "Số:" phải có dạng "Số: <số>/<ký hiệu>": số bằng chữ số Ả Rập, số nhỏ hơn 10 viết thêm số 0 ở trước, ký hiệu gồm các nhóm chữ in hoa nối bằng dấu gạch nối "-".',
	defaultSeverity: 'error',
	fixable: true,
	messages: {
		missingColon: 'Sau chữ "Số" phải có dấu hai chấm: "Số: 05/UBND-VP".',
		empty: 'Dòng "Số:" chưa có số và ký hiệu.',
		missingSlash: 'Số và ký hiệu phải ngăn cách bằng dấu gạch chéo "/": "{value}".',
		wrongSeparator: 'Số phải ngăn cách với ký hiệu bằng dấu gạch chéo "/", các nhóm ký hiệu nối bằng dấu gạch nối "-": "{value}".',
		doubledSlash: 'Dấu gạch chéo "/" bị lặp: "{value}".',
		notDigits: 'Số văn bản phải viết bằng chữ số Ả Rập: "{value}".',
		needsZero: 'Số nhỏ hơn 10 phải viết thêm số 0 ở trước: "0{value}" thay cho "{value}".',
		missingSymbol: 'Thiếu ký hiệu văn bản sau dấu "/".',
		emptyGroup: 'Ký hiệu "{value}" có nhóm rỗng: các nhóm phải nối với nhau bằng đúng một dấu gạch nối.',
		spaceInSymbol: 'Ký hiệu "{value}" không được có khoảng trắng giữa các nhóm.',
		badCharacter: 'Ký hiệu "{value}" chỉ gồm chữ cái và chữ số, các nhóm nối bằng dấu gạch nối "-".',
		lowerCase: 'Nhóm "{group}" của ký hiệu phải viết in hoa (chỉ CTr, TTr, QyĐ, TrS được viết thường một phần).',
	},
	check(ctx) {
		const { letter } = ctx;
		const so = letter.so;
		// Legal-normative and Party documents follow other numbering rules (reference R1.1, R1.8).
		if (!so || letter.regime !== 'administrative') {
			return;
		}
		if (!so.colon) {
			const at = so.label.range.end;
			ctx.report({ messageId: 'missingColon', range: so.label.range, fix: [{ range: { start: at, end: at }, text: ':' }] });
		}
		const value = so.value;
		if (!value) {
			ctx.report({ messageId: 'empty', range: so.span.range });
			return;
		}
		const text = value.text;
		const slash = text.indexOf('/');
		if (slash < 0) {
			const dashed = /^\d+\s*[-\\|.]\s*\p{L}/u.test(text);
			ctx.report({ messageId: dashed ? 'wrongSeparator' : 'missingSlash', data: { value: text }, range: value.range });
			return;
		}
		const number = text.slice(0, slash).trimEnd();
		if (/^\d+\s*-\s*\p{L}/u.test(number)) {
			// "283-STNMT/VP": the Party form, not an administrative number.
			ctx.report({ messageId: 'wrongSeparator', data: { value: text }, range: value.range });
			return;
		}
		if (!PLACEHOLDER.test(number)) {
			if (!/^\d+$/u.test(number)) {
				ctx.report({ messageId: 'notDigits', data: { value: number }, range: subRange(value, 0, number.length) });
			} else if (number.length === 1) {
				const at = subRange(value, 0, 0).start;
				ctx.report({
					messageId: 'needsZero',
					data: { value: number },
					range: subRange(value, 0, 1),
					fix: [{ range: { start: at, end: at }, text: '0' }],
				});
			}
		}
		let symbolStart = slash + 1;
		while (text[symbolStart] === ' ' || text[symbolStart] === '\t') {
			symbolStart++;
		}
		if (text[symbolStart] === '/') {
			let extra = symbolStart;
			while (text[extra] === '/' || text[extra] === ' ') {
				extra++;
			}
			ctx.report({
				messageId: 'doubledSlash',
				data: { value: text },
				range: subRange(value, slash, extra),
				fix: [{ range: subRange(value, slash, extra), text: '/' }],
			});
			symbolStart = extra;
		}
		const symbol = text.slice(symbolStart);
		if (symbol === '') {
			ctx.report({ messageId: 'missingSymbol', range: subRange(value, slash, slash + 1) });
			return;
		}
		const symbolRange = subRange(value, symbolStart);
		if (/[.…]{1,3}/u.test(symbol) && /^[\p{Lu}\p{N}.…-]*$/u.test(symbol) && /(?:^|-)[.…]+(?:-|$)/u.test(symbol)) {
			// A template placeholder such as "…/QĐ-…": a draft, not a malformed symbol.
			return;
		}
		if (/\s/u.test(symbol)) {
			ctx.report({ messageId: 'spaceInSymbol', data: { value: symbol }, range: symbolRange });
			return;
		}
		const groups = symbol.split('-');
		if (groups.some((g) => g === '')) {
			ctx.report({ messageId: 'emptyGroup', data: { value: symbol }, range: symbolRange });
			return;
		}
		if (groups.some((g) => !/^[\p{L}\p{N}]+$/u.test(g))) {
			ctx.report({ messageId: 'badCharacter', data: { value: symbol }, range: symbolRange });
			return;
		}
		const allowed = beforeNd30(letter.issueDate) ? [...MIXED_CASE_ABBREVIATIONS, ...OLD_MIXED_CASE] : MIXED_CASE_ABBREVIATIONS;
		let offset = symbolStart;
		for (const group of groups) {
			if (/\p{Ll}/u.test(group) && !allowed.includes(group)) {
				ctx.report({ messageId: 'lowerCase', data: { group }, range: subRange(value, offset, offset + group.length) });
			}
			offset += group.length + 1;
		}
	},
} satisfies Rule;
