// Văn bản của Đảng (Hướng dẫn 36-HD/VPTW) và văn bản quy phạm pháp luật (Luật Ban hành văn bản quy phạm
// pháp luật) có thể thức riêng; congvan không đánh giá chúng theo quy định của văn bản hành chính và nói rõ
// điều đó một lần.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 1 (phạm vi điều chỉnh); reference R1.8, R5.9, §9.
import type { Rule } from '../types';

export default {
	id: 'regime-not-checked',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 1 (phạm vi điều chỉnh: văn bản hành chính)',
	description:
		'Văn bản của Đảng và văn bản quy phạm pháp luật có thể thức riêng: congvan không kiểm tra thể thức của chúng theo Nghị định 30.',
	defaultSeverity: 'information',
	fixable: false,
	regimes: ['party', 'legal-normative'],
	messages: {
		party:
			'Đây là văn bản của Đảng (thể thức theo Hướng dẫn 36-HD/VPTW): congvan không kiểm tra thể thức văn bản hành chính cho văn bản này.',
		legal: 'Đây là văn bản quy phạm pháp luật (số có năm ban hành): congvan không kiểm tra thể thức văn bản hành chính cho văn bản này.',
	},
	check(ctx) {
		const { letter } = ctx;
		const range = letter.regimeEvidence?.range ?? { start: 0, end: 0 };
		ctx.report({ messageId: letter.regime === 'party' ? 'party' : 'legal', range });
	},
} satisfies Rule;
