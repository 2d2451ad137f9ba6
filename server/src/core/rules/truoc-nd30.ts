// Văn bản ban hành trước ngày 05/03/2020 theo thể thức của Thông tư 01/2011/TT-BNV; congvan kiểm tra mọi văn bản
// theo Nghị định 30/2020/NĐ-CP, nên nói rõ một lần rằng với văn bản cũ kết quả chỉ để tham khảo (issue 9, I5).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 37 (hiệu lực thi hành từ ngày 05/3/2020); reference R3.6, §9.
import { beforeNd30 } from '../dates';
import type { Rule } from '../types';

export default {
	id: 'truoc-nd30',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 37 (hiệu lực từ ngày 05/3/2020)',
	description:
		'Văn bản ban hành trước ngày 05/03/2020: congvan kiểm tra theo Nghị định 30/2020/NĐ-CP để tham khảo, thể thức theo quy định trước đó (như Thông tư 01/2011/TT-BNV) có thể khác.',
	defaultSeverity: 'information',
	fixable: false,
	judges: ['date'],
	messages: {
		before:
			'Văn bản ban hành trước ngày 05/03/2020: kết quả kiểm tra theo Nghị định 30/2020/NĐ-CP chỉ để tham khảo, thể thức theo quy định trước đó (như Thông tư 01/2011/TT-BNV) có thể khác.',
	},
	check(ctx) {
		const { letter } = ctx;
		const date = letter.date;
		if (date && beforeNd30(letter.issueDate)) {
			ctx.report({ messageId: 'before', range: date.span.range });
		}
	},
} satisfies Rule;
