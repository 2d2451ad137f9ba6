// Văn bản phải dùng bộ mã Unicode dựng sẵn (NFC): chữ "ủ" là một ký tự U+1EE7, không phải "u" cộng dấu
// móc U+0309. Văn bản dạng tổ hợp (NFD), thường gặp khi chép từ macOS hoặc PDF, làm hỏng việc tìm kiếm,
// sắp xếp và so khớp.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (bộ mã ký tự Unicode theo TCVN 6909:2001);
// reference §10.1.
import { combiningClusterOffsets, composedClusters } from '../text';
import type { Rule, TextEdit } from '../types';

export default {
	id: 'nfd-text',
	category: 'chinh-ta',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (Unicode TCVN 6909:2001)',
	description: 'Chữ tiếng Việt phải ở dạng dựng sẵn (Unicode NFC), không phải dạng tổ hợp chữ cái và dấu rời (NFD).',
	defaultSeverity: 'warning',
	fixable: true,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		decomposed: 'Văn bản có {count} chữ ở dạng tổ hợp (NFD, dấu tách rời khỏi chữ cái); nên chuyển sang dạng dựng sẵn (NFC).',
	},
	check(ctx) {
		const source = ctx.letter.source;
		// Only a cluster (a character and the combining marks after it) can be decomposed, and almost no letter has
		// one: the letter's normalisation has already found them, and composed each (a cluster that NFC leaves as
		// it is has no composed form). Without a cluster that changes there is nothing to report; a text already in
		// NFC is not reported either (ICU answers this in one quick pass).
		const clusters = combiningClusterOffsets(source);
		if (clusters.length === 0) {
			return;
		}
		const composedForms = composedClusters(source);
		let changes = false;
		for (let j = 0; j < composedForms.length && !changes; j++) {
			changes = composedForms[j] !== undefined;
		}
		if (!changes || source.normalize('NFC') === source) {
			return;
		}
		// One edit per run of decomposed letters on a line, from the first to the last: only the clusters in it
		// change (the text between them is copied as it is), and a 100 KB letter carries one edit a line,
		// not one a letter. A line where a comment switches the rule off is left out, edits and count alike.
		const edits: TextEdit[] = [];
		let count = 0;
		let run: { start: number; end: number; text: string; count: number } | undefined;
		// The first line break at or after the end of the run: a cluster after it starts a new run.
		let lineBreak = 0;
		const flush = (): void => {
			if (run && !ctx.disabledAt?.({ start: run.start, end: run.end })) {
				edits.push({ range: { start: run.start, end: run.end }, text: run.text });
				count += run.count;
			}
			run = undefined;
		};
		for (let k = 0; k < clusters.length; k += 2) {
			const composed = composedForms[k >> 1];
			if (composed === undefined) {
				continue;
			}
			const start = clusters[k] as number;
			const end = clusters[k + 1] as number;
			if (run && lineBreak < start) {
				flush();
			}
			if (run) {
				run.text += source.slice(run.end, start) + composed;
				run.end = end;
				run.count++;
			} else {
				run = { start, end, text: composed, count: 1 };
			}
			// A cluster may hold a line break (a break with marks that NFC reorders): the first break after the run is
			// looked for again only when the run has passed it.
			if (lineBreak < end) {
				lineBreak = nextLineBreak(source, end);
			}
		}
		flush();
		const head = edits[0];
		if (head) {
			// The finding points at the first cluster of the first run kept.
			const first = { start: head.range.start, end: head.range.start + firstClusterLength(source, head.range.start) };
			// One finding for the whole letter, not one per word: the cause is the way the text was made.
			ctx.report({ messageId: 'decomposed', data: { count }, range: first, fix: edits });
		}
	},
} satisfies Rule;

const LINE_BREAK = /[\n\r]/g;

/** The offset of the first line break at or after `from`, or the length of `source`. */
function nextLineBreak(source: string, from: number): number {
	LINE_BREAK.lastIndex = from;
	return LINE_BREAK.test(source) ? LINE_BREAK.lastIndex - 1 : source.length;
}

/** The length of the cluster (a character and its combining marks) that starts at `start`. */
function firstClusterLength(source: string, start: number): number {
	const match = /\P{M}\p{M}*/uy;
	match.lastIndex = start;
	return match.exec(source)?.[0].length ?? 1;
}
