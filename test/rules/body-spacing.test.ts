import { layoutRuleTester } from '../harness/layout-tester';

layoutRuleTester('body-spacing', {
	valid: [
		{ name: 'a justified body with single line spacing' },
		{ name: 'plain text: silent', plainText: true },
		{
			name: 'line spacing of 1.5 lines',
			change: (doc) => {
				doc.paragraphsOf('noi-dung').forEach((p) => (p.lineSpacing = 1.5));
			},
		},
		{
			name: 'an exact line spacing in points is not judged',
			change: (doc) => {
				doc.paragraphsOf('noi-dung').forEach((p) => {
					delete p.lineSpacing;
					p.lineSpacingPt = 18;
				});
			},
		},
		{
			name: 'an alignment that nothing sets is not judged',
			change: (doc) => {
				doc.paragraphsOf('noi-dung').forEach((p) => delete p.align);
			},
		},
		{
			name: 'a paragraph in a table of figures is not judged',
			change: (doc) => {
				const p = doc.paragraphsOf('noi-dung')[1];
				if (p) {
					p.location.table = { index: 2, row: 1, column: 1, role: 'other' };
					p.align = 'left';
				}
			},
		},
		{
			name: 'header and closing paragraphs are centred or left, not justified: not the body',
			change: (doc) => {
				doc.paragraphsOf('noi-nhan-entry').forEach((p) => (p.lineSpacing = 2));
			},
		},
	],
	invalid: [
		{
			name: 'a body aligned left: one finding, the other paragraphs related',
			change: (doc) => {
				doc.paragraphsOf('noi-dung').forEach((p) => (p.align = 'left'));
			},
			errors: [{ messageId: 'align', message: 'căn trái (4 đoạn)', related: 3 }],
		},
		{
			name: 'double line spacing in one paragraph',
			change: (doc) => {
				const p = doc.paragraphsOf('noi-dung')[1];
				if (p) {
					p.lineSpacing = 2;
				}
			},
			errors: [
				{
					messageId: 'lineSpacing',
					severity: 'error',
					text: '1. Rà soát, bổ sung kế hoạch công tác của cơ quan, đơn vị; gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 15/3/2021.',
					message: 'Giãn dòng 2 dòng (1 đoạn): Phụ lục I quy định 1 đến 1,5 dòng',
				},
			],
		},
		{
			name: 'line spacing of 0.95 is at the edge: a warning',
			change: (doc) => {
				doc.paragraphsOf('noi-dung').forEach((p) => (p.lineSpacing = 0.95));
			},
			errors: [{ messageId: 'lineSpacing', severity: 'warning', related: 3 }],
		},
		{
			name: 'the team chose 1.5 lines: single spacing is a hint',
			profile: { layout: { lineSpacing: 1.5 } },
			errors: [{ messageId: 'notChosen', severity: 'hint', message: 'nhóm chọn 1,5 dòng' }],
		},
	],
});
