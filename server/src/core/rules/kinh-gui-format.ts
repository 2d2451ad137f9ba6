// "Kính gửi" có dấu hai chấm. Gửi một nơi: tên nơi nhận ghi cùng dòng với "Kính gửi:". Gửi hai nơi trở
// lên: mỗi nơi (hoặc nhóm nơi) một dòng riêng, đầu dòng có gạch đầu dòng "-", cuối dòng có dấu chấm
// phẩy ";", dòng cuối cùng có dấu chấm ".".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9a) (reference R7.2).
// A comma inside one recipient ("Các phòng, đơn vị trực thuộc Sở") does not make several recipients:
// only the "-" lines under the label count as a list.
import { subRange, type Letter, type Span } from '../letter';
import { startsLower } from '../text';
import type { Rule, TextEdit } from '../types';

// Compiled once: esbuild turns a literal with \p{…} into a `new RegExp` call, which would run on every use.
const WORD_OR_CLOSING_END = /[\p{L}\p{N})\]"”’']/u;

export default {
	id: 'kinh-gui-format',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description:
		'"Kính gửi" có dấu hai chấm; một nơi nhận ghi cùng dòng; nhiều nơi nhận thì mỗi nơi một dòng bắt đầu bằng "- ", kết thúc bằng ";", nơi cuối cùng kết thúc bằng ".".',
	defaultSeverity: 'error',
	fixable: true,
	judges: ['kinhGui'],
	messages: {
		missingColon: 'Sau "Kính gửi" phải có dấu hai chấm: "Kính gửi:".',
		singleOnOwnLine: 'Kính gửi chỉ có một cơ quan nhận: ghi tên ngay sau "Kính gửi:" trên cùng một dòng, không có gạch đầu dòng.',
		bullet: 'Mỗi cơ quan nhận trong Kính gửi phải bắt đầu bằng gạch đầu dòng "- ": "{name}".',
		entryEnd: 'Cơ quan nhận "{name}" trong Kính gửi phải kết thúc bằng dấu chấm phẩy ";" (chỉ cơ quan cuối cùng kết thúc bằng dấu chấm).',
		lastEnd: 'Cơ quan nhận cuối cùng trong Kính gửi "{name}" phải kết thúc bằng dấu chấm ".".',
		listOnLabelLine: 'Kính gửi nhiều cơ quan nhận: danh sách bắt đầu ở dòng dưới "Kính gửi:", mỗi cơ quan một dòng.',
		dashOnLabel: 'Kính gửi chỉ có một cơ quan nhận: ghi tên ngay sau "Kính gửi:", không có gạch đầu dòng: "Kính gửi: {name}".',
		listEnds:
			'Danh sách Kính gửi chấm câu sai ở {count} dòng: mỗi cơ quan nhận kết thúc bằng dấu chấm phẩy ";", cơ quan cuối cùng kết thúc bằng dấu chấm ".".',
	},
	check(ctx) {
		const { letter } = ctx;
		const kinhGui = letter.kinhGui;
		const labelLine = kinhGui ? letter.lines[kinhGui.line] : undefined;
		if (!kinhGui || !labelLine) {
			return;
		}
		const { label, mark } = kinhGui;
		const colon = mark?.text === ':' ? mark : undefined;
		if (!colon) {
			// "Kính gửi; …" has the wrong mark; "Kính gửi Bộ Nội vụ" has none.
			const fix: TextEdit = mark
				? { range: mark.range, text: ':' }
				: { range: { start: label.range.end, end: label.range.end }, text: ':' };
			ctx.report({ messageId: 'missingColon', range: label.range, fix: [fix] });
		}
		// A list that starts on the label's line ("Kính gửi: - Sở Xây dựng", reference H8) counts that line too.
		const onLabel = kinhGui.recipients.find((r) => r.offset <= labelLine.contentEnd);
		const dashOnLabel = onLabel !== undefined && BULLET.test(onLabel.text);
		const below = kinhGui.recipients.filter((r) => r.offset > labelLine.contentEnd || (dashOnLabel && r === onLabel));
		if (below.length === 0) {
			return;
		}
		if (onLabel && dashOnLabel) {
			if (below.length === 1) {
				reportDashOnLabel(ctx, onLabel);
				return;
			}
			const bullet = BULLET.exec(onLabel.text)?.[0] ?? '';
			ctx.report({
				messageId: 'listOnLabelLine',
				range: subRange(onLabel, 0, bullet.length),
				fix: [{ range: { start: (colon ?? label).range.end, end: onLabel.range.start }, text: '\n' }],
			});
		}
		const last = below[below.length - 1] as Span;
		// A wrapped last line ("- Ủy ban nhân dân các huyện,⏎thành phố.") ends the parsed list early: the
		// real end of the list is unknown, so its ending is not checked.
		const wrapped = startsLower(nextContent(letter, last) ?? '');
		if (below.length === 1) {
			if (!wrapped) {
				reportSingle(ctx, last, colon?.range.end);
			}
			return;
		}
		const ends: EndDefect[] = [];
		below.forEach((recipient, i) => {
			checkBullet(ctx, recipient);
			const isLast = i === below.length - 1;
			const defect = !isLast || !wrapped ? endDefect(recipient, isLast) : undefined;
			if (defect) {
				ends.push(defect);
			}
		});
		reportEnds(ctx, ends);
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

/** A recipient whose line ends with the wrong mark, and the edit that puts the right one (none when unclear). */
interface EndDefect {
	recipient: Span;
	isLast: boolean;
	fix?: TextEdit;
}

function endDefect(recipient: Span, isLast: boolean): EndDefect | undefined {
	const text = recipient.text;
	const want = isLast ? '.' : ';';
	const end = text[text.length - 1] ?? '';
	if (end === want) {
		return undefined;
	}
	if (/[;,:.]/u.test(end)) {
		return { recipient, isLast, fix: { range: subRange(recipient, text.length - 1), text: want } };
	}
	if (WORD_OR_CLOSING_END.test(end)) {
		return { recipient, isLast, fix: { range: { start: recipient.range.end, end: recipient.range.end }, text: want } };
	}
	// "…", "!" or "?": the intent is unclear, so no automatic fix.
	return { recipient, isLast };
}

/**
 * One finding for a badly punctuated list (G4): a single wrong line is named; two or more are reported once over
 * the list, with one fix that puts ";" after each recipient and "." after the last (when every edit is clear).
 */
function reportEnds(ctx: Context, ends: EndDefect[]): void {
	const first = ends[0];
	const last = ends[ends.length - 1];
	if (!first || !last) {
		return;
	}
	if (ends.length === 1) {
		const data = { name: nameOf(first.recipient) };
		ctx.report({
			messageId: first.isLast ? 'lastEnd' : 'entryEnd',
			data,
			range: first.recipient.range,
			...(first.fix ? { fix: [first.fix] } : {}),
		});
		return;
	}
	const fixes = ends.map((e) => e.fix).filter((f): f is TextEdit => f !== undefined);
	ctx.report({
		messageId: 'listEnds',
		data: { count: String(ends.length) },
		range: { start: first.recipient.range.start, end: last.recipient.range.end },
		...(fixes.length === ends.length ? { fix: fixes } : {}),
	});
}

/** One recipient after "Kính gửi: - ": the dash goes, and a final mark with it (R7.2 shows none). */
function reportDashOnLabel(ctx: Context, recipient: Span): void {
	const bullet = BULLET.exec(recipient.text)?.[0] ?? '';
	const name = nameOf(recipient).replace(/[;,.]$/u, '');
	const fix: TextEdit[] = [{ range: subRange(recipient, 0, bullet.length), text: '' }];
	if (/[;,.]$/u.test(recipient.text)) {
		fix.push({ range: subRange(recipient, recipient.text.length - 1), text: '' });
	}
	ctx.report({ messageId: 'dashOnLabel', data: { name }, range: recipient.range, fix });
}

/** One recipient on a "-" line under the label: it belongs on the label's line. */
function reportSingle(ctx: Context, recipient: Span, colonEnd: number | undefined): void {
	const name = nameOf(recipient);
	const nameStart = recipient.text.length - name.length;
	const report = { messageId: 'singleOnOwnLine', data: { name }, range: recipient.range };
	if (colonEnd === undefined || name === '') {
		// Without the colon, missingColon's fix comes first; the next pass moves the recipient.
		ctx.report(report);
		return;
	}
	const fix: TextEdit[] = [{ range: { start: colonEnd, end: subRange(recipient, nameStart).start }, text: ' ' }];
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
