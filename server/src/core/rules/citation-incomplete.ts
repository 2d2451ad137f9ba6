// Khi viện dẫn lần đầu một văn bản phải ghi đủ tên loại, số, ký hiệu, thời gian ban hành, cơ quan ban
// hành và trích yếu nội dung (Luật, Pháp lệnh chỉ ghi tên loại và tên); các lần sau chỉ cần tên loại và
// số, ký hiệu.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R5.2, §13.4).
// A heuristic (warning). The parts may be shared or written before the citation:
// - several numbers joined only by ",", "và" or ";" share the date, issuer and subject written after the
//   last of them ("Chỉ thị số 05/CT-TTg ngày … và Kết luận số 22/TB-VPCP ngày … của Thủ tướng Chính phủ
//   về …");
// - the issuer may come first ("chỉ đạo của UBND tỉnh tại Công văn số …", "do Bộ Y tế ban hành tại
//   Quyết định số …", "UBND tỉnh đã ban hành Quyết định số …", "Sở Y tế đã có Công văn số …"), and so may
//   the date ("ngày 04/8/2020 UBND tỉnh đã ban hành …"): the clause before the citation is read back to
//   the previous citation or the previous ".", ";" or ":";
// - a document that issues something already named ("Sổ tay … do Bộ Y tế ban hành tại Quyết định số …",
//   "Quy chế ban hành kèm theo Quyết định số …") and a Tờ trình cited after "Theo đề nghị của …" need no
//   subject of their own;
// - "Tiếp theo Công văn số …" refers to the sender's own earlier document: the sender is its issuer.
import { citationPartsEnd, type Citation } from '../citations';
import type { Rule } from '../types';

// A Luật or Pháp lệnh is cited by type and name only.
const NAME_ONLY = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);
// A date in the clause before the citation, but not the start or end of a period.
const DATE_BEFORE = /(?<!(?:từ|đến|trước|sau)\s)ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}/iu;
// "của UBND tỉnh tại …", "do Bộ Y tế ban hành tại …": an issuer named before the type.
const OF_ISSUER = /(?<![\p{L}\p{N}])(?:của|do)\s+["“]?\p{Lu}/u;
// The thing issued is named before: "… ban hành tại / theo / kèm theo Quyết định số …".
const ISSUED_WITH = /(?:ban\s+hành\s+(?:tại|theo|kèm\s+theo)|kèm\s+theo)$/iu;
// "Tiếp theo Công văn số …": the sender's own earlier document.
const FOLLOW_UP = /(?:^|\s)[Tt]iếp\s+theo$/u;
// "Theo đề nghị của … tại Tờ trình số …": the Tờ trình proposes the document being written.
const PROPOSAL = /(?:Theo|Xét)\s+đề\s+nghị/iu;
// A subject written without "về" (a quoted title, a verb that opens a trích yếu) or in brackets.
// ("chỉ đạo" is not one: "Ban chỉ đạo" is often written in lower case.)
const SUBJECT_VERBS = String.raw`ban hành|phê duyệt|quy định|hướng dẫn|sửa đổi|bổ sung|thành lập|công bố|kiện toàn|bãi bỏ|giao|triển khai|tổ chức|thông báo|yêu cầu|đề nghị|thực hiện|tăng cường`;
const SUBJECT_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?(?:["“]|\(\s*(?:[Vv]ề|[Vv]\/v)(?![\p{L}\p{N}])|(?:${SUBJECT_VERBS})(?![\p{L}\p{N}]))`, 'u');
const SUBJECT_IN_ISSUER = new RegExp(String.raw`\s(?:["“]|(?:${SUBJECT_VERBS})(?![\p{L}\p{N}]))`, 'u');
// Clause boundaries: ".", ";", ":", "!" or "?" followed by a space.
const BOUNDARY = /[.;:!?](?=\s)/gu;
// Capitalised words that open a sentence without naming anyone ("Thực hiện …", "Tiếp tục …", "Căn cứ …").
const SENTENCE_OPENERS = new Set(
	'Thực Căn Theo Tiếp Triển Để Nhằm Trên Qua Xét Nhận Hiện Ngày Trước Sau Trong Với Về Đề Bám Tại Thi Quán Tổ Nghiên Chấp Khẩn Tăng Đẩy Phối Chủ Rà Kiểm Báo Nghiêm Đảm Bảo Duy Yêu Giao Cử Chuẩn Xây Hướng Tham Đôn Chịu Lập Tuyên Vận Cập Hoàn Sử Áp Tạo Kịp Đồng Ngoài Đối Như Từ Đến Khi Nếu Vì Trường Trình'.split(' '),
);
const LIST_MARKER = /^(?:\d+\.|[a-zđ]\)|[IVXLC]+\.|[-+•])$/u;
const SEPARATOR = /^\s*(?:(?:,|;|và)\s*)?$/u;

interface Shared {
	date: boolean;
	issuer: boolean;
	subject: boolean;
}

/** The key that identifies a cited document across its mentions. */
function keyOf(citation: Citation): string {
	return citation.number.text.replace(/\s+/gu, '').toUpperCase();
}

/** Consecutive citations of one type: "Chỉ thị số 05/CT-TTg, 06/CT-TTg" is one list. */
function listsOf(citations: readonly Citation[]): Citation[][] {
	const lists: Citation[][] = [];
	for (const citation of citations) {
		const current = lists[lists.length - 1];
		if (citation.listIndex > 0 && current) {
			current.push(citation);
		} else {
			lists.push([citation]);
		}
	}
	return lists;
}

/** The end, in the paragraph text, of the number and the date written right after it. */
function numberAndDateEnd(citation: Citation): number {
	const date = citation.date?.span;
	return date ? date.offset + date.text.length : citation.number.offset + citation.number.text.length;
}

/** Whether `next` continues the group of `last`: same paragraph, nothing of `last`'s own in between. */
function joins(last: Citation, next: Citation, text: string): boolean {
	if (last.paragraph !== next.paragraph || last.issuer || last.subject) {
		return false;
	}
	const from = numberAndDateEnd(last);
	return from <= next.type.offset && SEPARATOR.test(text.slice(from, next.type.offset));
}

/** What the clause before a group's first citation gives: a date, an issuer, or a named subject. */
function lookBack(text: string, at: number, previous: readonly Citation[]): Shared {
	let start = Math.max(0, at - 300);
	let afterCitation = false;
	for (const c of previous) {
		for (const end of [citationPartsEnd(c), numberAndDateEnd(c), c.issuer ? c.issuer.offset + c.issuer.text.length : 0]) {
			if (end <= at && end > start) {
				start = end;
				afterCitation = true;
			}
		}
	}
	let window = text.slice(start, at);
	// Only the clause the citation is in.
	let boundary: string | undefined;
	let cut = -1;
	for (const match of window.matchAll(BOUNDARY)) {
		cut = match.index + 1;
		boundary = match[0];
	}
	if (cut >= 0) {
		window = window.slice(cut);
	}
	const sentenceStart = boundary !== undefined ? boundary !== ';' : start === 0 && !afterCitation;
	const tokens = window.trim().split(/\s+/u).filter((t) => t !== '');
	while (['các', 'những'].includes(tokens[tokens.length - 1] ?? '')) {
		tokens.pop();
	}
	const clause = tokens.join(' ');
	return {
		date: DATE_BEFORE.test(clause),
		issuer: OF_ISSUER.test(clause) || FOLLOW_UP.test(clause) || issuerBeforeConnector(tokens, sentenceStart),
		subject: ISSUED_WITH.test(clause) || PROPOSAL.test(clause),
	};
}

/**
 * "Thủ tướng Chính phủ tại các Chỉ thị số …", "UBND tỉnh đã ban hành Quyết định số …", "Sở Y tế đã có
 * Công văn số …": a capitalised word among the few words before "tại", "ban hành" or "có". The verb that
 * opens a sentence ("Thực hiện ý kiến chỉ đạo tại …") does not count.
 */
function issuerBeforeConnector(clauseTokens: readonly string[], sentenceStart: boolean): boolean {
	const tokens = [...clauseTokens];
	const endsWith = (...words: string[]): boolean => words.every((w, i) => tokens[tokens.length - words.length + i]?.toLowerCase() === w);
	let connector = false;
	if (endsWith('tại')) {
		tokens.pop();
		connector = true;
	}
	if (endsWith('ban', 'hành')) {
		tokens.splice(-2, 2);
		connector = true;
	} else if (!connector && endsWith('có')) {
		tokens.pop();
		connector = true;
	}
	if (!connector) {
		return false;
	}
	while (['đã', 'vừa', 'được'].includes(tokens[tokens.length - 1] ?? '')) {
		tokens.pop();
	}
	let first = 0;
	while (LIST_MARKER.test(tokens[first] ?? '')) {
		first++;
	}
	if (sentenceStart && SENTENCE_OPENERS.has(tokens[first] ?? '')) {
		first++;
	}
	return tokens.slice(Math.max(first, tokens.length - 8)).some((t) => /^["“(]?\p{Lu}/u.test(t));
}

/** What the last citation of a group gives to the others, including a subject written without "về". */
function trailing(last: Citation, text: string): Shared {
	const after = text.slice(citationPartsEnd(last), citationPartsEnd(last) + 40);
	return {
		date: last.date !== undefined,
		issuer: last.issuer !== undefined,
		subject: last.subject !== undefined || SUBJECT_AFTER.test(after) || (last.issuer !== undefined && SUBJECT_IN_ISSUER.test(last.issuer.text)),
	};
}

export default {
	id: 'citation-incomplete',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b',
	description:
		'Lần viện dẫn đầu tiên một văn bản phải ghi đủ tên loại, số, ký hiệu, thời gian ban hành, cơ quan ban hành và trích yếu nội dung (Luật, Pháp lệnh chỉ ghi tên loại và tên).',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		incomplete: 'Lần đầu viện dẫn "{citation}" còn thiếu {missing} (cần ghi đủ tên loại, số, ký hiệu, thời gian ban hành, cơ quan ban hành và trích yếu).',
	},
	check(ctx) {
		const { letter } = ctx;
		const body = letter.body;
		if (!body) {
			return;
		}
		const lists = listsOf(letter.citations);
		// Groups of lists joined by ",", "và" or ";", each with what its last citation and its clause give.
		const groupOf = new Map<Citation[], { shared: Shared; before: Shared }>();
		let group: Citation[][] = [];
		const close = (): void => {
			const first = group[0]?.[0];
			const lastList = group[group.length - 1];
			const last = lastList?.[lastList.length - 1];
			if (!first || !last) {
				return;
			}
			const text = body.paragraphs[first.paragraph]?.text.text ?? '';
			const previous = letter.citations.filter((c) => c.paragraph === first.paragraph && c.number.offset < first.number.offset);
			const info = { shared: trailing(last, text), before: lookBack(text, first.type.offset, previous) };
			for (const list of group) {
				groupOf.set(list, info);
			}
			group = [];
		};
		for (const list of lists) {
			const lastList = group[group.length - 1];
			const last = lastList?.[lastList.length - 1];
			const head = list[0];
			const text = head ? (body.paragraphs[head.paragraph]?.text.text ?? '') : '';
			if (last && head && !joins(last, head, text)) {
				close();
			}
			group.push(list);
		}
		close();

		const seen = new Set<string>();
		for (const list of lists) {
			const info = groupOf.get(list);
			const head = list[0];
			if (!info || !head) {
				continue;
			}
			const firstMentions = list.filter((c) => !seen.has(keyOf(c)));
			for (const c of list) {
				seen.add(keyOf(c));
			}
			if (NAME_ONLY.has(head.typeName)) {
				continue;
			}
			const missing = new Set<string>();
			const incomplete: Citation[] = [];
			for (const c of firstMentions) {
				const parts: [boolean, string][] = [
					[c.date !== undefined || info.shared.date || info.before.date, 'thời gian ban hành'],
					[c.issuer !== undefined || info.shared.issuer || info.before.issuer, 'cơ quan ban hành'],
					[c.subject !== undefined || info.shared.subject || info.before.subject, 'trích yếu nội dung'],
				];
				const lacking = parts.filter(([present]) => !present).map(([, name]) => name);
				if (lacking.length > 0) {
					incomplete.push(c);
					for (const name of lacking) {
						missing.add(name);
					}
				}
			}
			const first = incomplete[0];
			if (!first) {
				continue;
			}
			const range = first.listIndex === 0 ? { start: first.type.range.start, end: first.number.range.end } : first.number.range;
			ctx.report({
				messageId: 'incomplete',
				data: { citation: `${head.type.text} số ${incomplete.map((c) => c.number.text).join(', ')}`, missing: [...missing].join(', ') },
				range,
			});
		}
	},
} satisfies Rule;
