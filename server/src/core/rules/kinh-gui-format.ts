// "Kính gửi" có dấu hai chấm. Gửi một nơi: tên nơi nhận ghi cùng dòng với "Kính gửi:". Gửi hai nơi trở
// lên: mỗi nơi (hoặc nhóm nơi) một dòng riêng, đầu dòng có gạch đầu dòng "-", cuối dòng có dấu chấm
// phẩy ";", dòng cuối cùng có dấu chấm ".".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9a) (reference R7.2).
// A comma inside one recipient ("Các phòng, đơn vị trực thuộc Sở") does not make several recipients:
// only the "-" lines under the label count as a list.
import { subRange, type Letter, type Span } from '../letter';
import type { Rule, TextEdit } from '../types';

export default {
	id: 'kinh-gui-format',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description:
		'"Kính gửi" có dấu hai chấm; một nơi nhận ghi cùng dòng; nhiều nơi nhận thì mỗi nơi một dòng bắt đầu bằng "- ", kết thúc bằng ";", nơi cuối cùng kết thúc bằng ".".',
	defaultSeverity: 'error',
	fixable: true,
	messages: {
		missingColon: 'Sau "Kính gửi" phải có dấu hai chấm: "Kính gửi:".',
		singleOnOwnLine: 'Chỉ có một nơi nhận: ghi tên nơi nhận ngay sau "Kính gửi:" trên cùng một dòng, không có gạch đầu dòng.',
		bullet: 'Mỗi nơi nhận phải bắt đầu bằng gạch đầu dòng "- ": "{name}".',
		entryEnd: 'Nơi nhận "{name}" phải kết thúc bằng dấu chấm phẩy ";" (chỉ nơi nhận cuối cùng kết thúc bằng dấu chấm).',
		lastEnd: 'Nơi nhận cuối cùng "{name}" phải kết thúc bằng dấu chấm ".".',
	},
	check(ctx) {
		const { letter } = ctx;
		const kinhGui = letter.kinhGui;
		const labelLine = kinhGui ? letter.lines[kinhGui.line] : undefined;
		if (!kinhGui || !labelLine) {
			return;
		}
		const { label } = kinhGui;
		const labelEnd = label.offset + label.text.length;
		const afterLabel = letter.norm.text.slice(labelEnd, labelLine.contentEnd);
		const colon = /^[ \t]*:/u.exec(afterLabel);
		if (!colon) {
			// "Kính gửi; …" has the wrong mark; "Kính gửi Bộ Nội vụ" has none.
			const wrong = /^[ \t]*[;,.]/u.exec(afterLabel);
			const fix: TextEdit = wrong
				? { range: letter.norm.range(labelEnd + wrong[0].length - 1, labelEnd + wrong[0].length), text: ':' }
				: { range: { start: label.range.end, end: label.range.end }, text: ':' };
			ctx.report({ messageId: 'missingColon', range: label.range, fix: [fix] });
		}
		const below = kinhGui.recipients.filter((r) => r.offset > labelLine.contentEnd);
		if (below.length === 0) {
			return;
		}
		const last = below[below.length - 1] as Span;
		// A wrapped last line ("- Ủy ban nhân dân các huyện,⏎thành phố.") ends the parsed list early: the
		// real end of the list is unknown, so its ending is not checked.
		const wrapped = /^\p{Ll}/u.test(nextContent(letter, last) ?? '');
		if (below.length === 1) {
			if (!wrapped) {
				reportSingle(ctx, letter, last, colon ? labelEnd + colon[0].length : undefined);
			}
			return;
		}
		below.forEach((recipient, i) => {
			checkBullet(ctx, recipient);
			const isLast = i === below.length - 1;
			if (!isLast || !wrapped) {
				checkEnd(ctx, recipient, isLast);
			}
		});
	},
} satisfies Rule;

type Context = Parameters<Rule['check']>[0];

/** The bullet and the spaces after it at the start of a recipient line. */
const BULLET = /^[-+•][ \t]*/u;

/** The name of a recipient without its bullet, for messages. */
function nameOf(recipient: Span): string {
	return recipient.text.replace(BULLET, '');
}

function checkBullet(ctx: Context, recipient: Span): void {
	const text = recipient.text;
	const bullet = BULLET.exec(text)?.[0] ?? '';
	if (text.startsWith('-') && bullet.length > 1) {
		return;
	}
	const fix: TextEdit = text.startsWith('-')
		? { range: { start: subRange(recipient, 0, 1).end, end: subRange(recipient, 0, 1).end }, text: ' ' }
		: { range: subRange(recipient, 0, 1), text: bullet.length > 1 ? '-' : '- ' };
	ctx.report({
		messageId: 'bullet',
		data: { name: nameOf(recipient) },
		range: subRange(recipient, 0, Math.max(bullet.length, 1)),
		fix: [fix],
	});
}

function checkEnd(ctx: Context, recipient: Span, isLast: boolean): void {
	const text = recipient.text;
	const want = isLast ? '.' : ';';
	const end = text[text.length - 1] ?? '';
	if (end === want) {
		return;
	}
	const messageId = isLast ? 'lastEnd' : 'entryEnd';
	const data = { name: nameOf(recipient) };
	if (/[;,:.]/u.test(end)) {
		ctx.report({ messageId, data, range: recipient.range, fix: [{ range: subRange(recipient, text.length - 1), text: want }] });
	} else if (/[\p{L}\p{N})\]"”’']/u.test(end)) {
		ctx.report({
			messageId,
			data,
			range: recipient.range,
			fix: [{ range: { start: recipient.range.end, end: recipient.range.end }, text: want }],
		});
	} else {
		// "…", "!" or "?": the intent is unclear, so no automatic fix.
		ctx.report({ messageId, data, range: recipient.range });
	}
}

/** One recipient on a "-" line under the label: it belongs on the label's line. */
function reportSingle(ctx: Context, letter: Letter, recipient: Span, colonEnd: number | undefined): void {
	const name = nameOf(recipient);
	const nameStart = recipient.text.length - name.length;
	const report = { messageId: 'singleOnOwnLine', data: { name }, range: recipient.range };
	if (colonEnd === undefined || name === '') {
		// Without the colon, missingColon's fix comes first; the next pass moves the recipient.
		ctx.report(report);
		return;
	}
	const fix: TextEdit[] = [{ range: { start: letter.norm.endAt(colonEnd), end: subRange(recipient, nameStart).start }, text: ' ' }];
	if (/[;,.]$/u.test(name)) {
		fix.push({ range: subRange(recipient, recipient.text.length - 1), text: '' });
	}
	ctx.report({ ...report, fix });
}

/** The content of the first non-blank line after a span, if any. */
function nextContent(letter: Letter, span: Span): string | undefined {
	const end = span.offset + span.text.length;
	for (const line of letter.lines) {
		if (line.start > end && line.content !== '') {
			return line.content;
		}
	}
	return undefined;
}
