// Dòng "Số:" ở phần đầu văn bản phải có dạng "Số: <số>/<ký hiệu>": số bằng chữ số Ả Rập, số nhỏ hơn 10 có
// số 0 ở trước, ký hiệu gồm các nhóm chữ in hoa nối với nhau bằng một dấu gạch nối.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3 (reference R1.1–R1.6).
import { beforeNd30 } from '../dates';
import { originalText, subRange } from '../letter';
import type { KyHieuDefect } from '../letter/so-ky-hieu';
import type { Range, Rule } from '../types';

// Thông tư 01/2011 printed Bản thỏa thuận as "TTh"; accept it in letters dated before Nghị định 30.
const OLD_MIXED_CASE = ['TTh'];

/** The smallest range that covers both. */
function cover(a: Range, b: Range): Range {
	return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

export default {
	id: 'malformed-so-ky-hieu',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3',
	description:
		'Dòng "Số:" phải có dạng "Số: <số>/<ký hiệu>": số bằng chữ số Ả Rập, số nhỏ hơn 10 viết thêm số 0 ở trước, ký hiệu gồm các nhóm chữ in hoa nối bằng dấu gạch nối "-".',
	defaultSeverity: 'error',
	fixable: true,
	judges: ['so'],
	messages: {
		missingColon: 'Sau chữ "Số" phải có dấu hai chấm: "Số: 05/UBND-VP".',
		empty: 'Dòng "Số:" chưa có số và ký hiệu.',
		missingSlash: 'Thiếu dấu gạch chéo "/" giữa số và ký hiệu: "{value}".',
		gluedNumber: 'Thiếu dấu gạch chéo "/" giữa số "{number}" và ký hiệu "{value}" (cách ghi số trước năm 2004).',
		wrongSeparator: 'Số phải ngăn cách với ký hiệu bằng dấu gạch chéo "/", các nhóm ký hiệu nối bằng dấu gạch nối "-": "{value}".',
		doubledSlash: 'Dấu gạch chéo "/" bị lặp: "{value}".',
		notDigits: 'Số văn bản phải viết bằng chữ số Ả Rập: "{value}".',
		needsZero: 'Số nhỏ hơn 10 phải viết thêm số 0 ở trước: "0{value}" thay cho "{value}".',
		missingSymbol: 'Thiếu ký hiệu văn bản sau dấu "/".',
		emptyGroup: 'Ký hiệu "{value}" có nhóm rỗng: các nhóm phải nối với nhau bằng đúng một dấu gạch nối.',
		spaceInSymbol: 'Ký hiệu "{value}" có khoảng trắng quanh dấu nối: các nhóm nối liền bằng dấu gạch nối "-".',
		enDash: 'Ký hiệu "{value}" dùng dấu gạch ngang dài "–" thay cho dấu gạch nối "-".',
		spaceAndEnDash: 'Ký hiệu "{value}" có khoảng trắng và dấu gạch ngang dài "–": các nhóm nối liền bằng dấu gạch nối "-".',
		badCharacter: 'Ký hiệu "{value}" chỉ được gồm chữ cái và chữ số, các nhóm nối bằng dấu gạch nối "-".',
		lowerCase: 'Nhóm "{group}" của ký hiệu phải viết in hoa (chỉ CTr, TTr, QyĐ, TrS, TTg được viết thường một phần).',
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
		const number = so.number;
		if (!value || !number) {
			ctx.report({ messageId: 'empty', range: so.span.range });
			return;
		}
		const quote = (range: Range): string => originalText(letter, range);
		const has = (kind: KyHieuDefect['kind']): KyHieuDefect | undefined => number.defects.find((d) => d.kind === kind);
		const glued = has('missingSlash');
		if (glued && number.number && number.kyHieu) {
			// "215UB/KT": the number runs into the ký hiệu.
			ctx.report({
				messageId: 'gluedNumber',
				data: { number: quote(number.number.range), value: quote(number.kyHieu.range) },
				range: number.span.range,
			});
			return;
		}
		if (glued) {
			// "283 STNMT-VP": the number and the word after it, not the rest of the line.
			const next = /^[ \t]+[^\s/]+/u.exec(value.text.slice(number.span.text.length));
			const range = subRange(value, 0, number.span.text.length + (next?.[0].length ?? 0));
			ctx.report({ messageId: 'missingSlash', data: { value: quote(range) }, range });
			return;
		}
		if (number.form === 'party' || has('wrongSeparator')) {
			// "283-STNMT/VP": the Party form, not an administrative number.
			ctx.report({ messageId: 'wrongSeparator', data: { value: quote(number.span.range) }, range: number.span.range });
			return;
		}
		const notDigits = has('notDigits');
		if (notDigits) {
			ctx.report({ messageId: 'notDigits', data: { value: quote(notDigits.range) }, range: notDigits.range });
		}
		const needsZero = has('needsZero');
		if (needsZero) {
			const at = needsZero.range.start;
			ctx.report({
				messageId: 'needsZero',
				data: { value: needsZero.text },
				range: needsZero.range,
				fix: [{ range: { start: at, end: at }, text: '0' }],
			});
		}
		const doubled = has('doubledSlash');
		if (doubled) {
			ctx.report({
				messageId: 'doubledSlash',
				data: { value: quote(number.span.range) },
				range: doubled.range,
				fix: [{ range: doubled.range, text: '/' }],
			});
		}
		const missing = has('missingKyHieu');
		if (missing) {
			ctx.report({ messageId: 'missingSymbol', range: missing.range });
			return;
		}
		const kyHieu = number.kyHieu;
		// A template placeholder such as "…/QĐ-…" is a draft, not a malformed ký hiệu.
		if (!kyHieu || number.template) {
			return;
		}
		const emptyGroup = has('emptyGroup');
		if (emptyGroup) {
			const range = cover(kyHieu.range, emptyGroup.range);
			ctx.report({ messageId: 'emptyGroup', data: { value: quote(range) }, range });
			return;
		}
		// Spaces around the first "/" of a filled-in number are another rule's hint (so-ky-hieu-spacing).
		const inKyHieu = (d: KyHieuDefect): boolean => d.range.start >= kyHieu.range.start && d.range.end <= kyHieu.range.end;
		const space = number.defects.some((d) => d.kind === 'space' && inKyHieu(d));
		const dash = number.defects.some((d) => d.kind === 'enDash' && inKyHieu(d));
		if (space || dash) {
			const messageId = space && dash ? 'spaceAndEnDash' : space ? 'spaceInSymbol' : 'enDash';
			ctx.report({ messageId, data: { value: quote(kyHieu.range) }, range: kyHieu.range });
			return;
		}
		// "&" is the warning of ky-hieu-ky-tu; other characters are errors here.
		if (has('badCharacter')) {
			ctx.report({ messageId: 'badCharacter', data: { value: quote(kyHieu.range) }, range: kyHieu.range });
			return;
		}
		const old = beforeNd30(letter.issueDate);
		for (const d of number.defects) {
			if (d.kind === 'lowerCase' && !(old && OLD_MIXED_CASE.includes(d.text))) {
				ctx.report({ messageId: 'lowerCase', data: { group: quote(d.range) }, range: d.range });
			}
		}
	},
} satisfies Rule;
