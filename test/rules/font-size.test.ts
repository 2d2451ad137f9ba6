import { layoutRuleTester } from '../harness/layout-tester';

layoutRuleTester('font-size', {
	valid: [
		{ name: 'the sizes of the layout table' },
		{ name: 'plain text: silent', plainText: true },
		{
			name: 'the other end of each range (Quốc hiệu 12, Tiêu ngữ 13, body 13)',
			change: (doc) => {
				doc.runsOf('quoc-hieu').forEach((r) => (r.sizePt = 12));
				doc.runsOf('tieu-ngu').forEach((r) => (r.sizePt = 13));
				doc.runsOf('noi-dung').forEach((r) => (r.sizePt = 13));
			},
		},
		{
			name: 'a run whose size nothing sets is not judged',
			change: (doc) => {
				doc.runsOf('tieu-ngu').forEach((r) => delete r.sizePt);
			},
		},
		{
			name: 'a table of figures in the body (a table that is neither header nor closing) has no size in the decree',
			change: (doc) => {
				const p = doc.paragraphsOf('noi-dung')[1];
				if (p) {
					p.location.table = { index: 2, row: 1, column: 1, role: 'other' };
				}
				const run = doc.runsOf('noi-dung')[1];
				if (run) {
					run.sizePt = 11;
				}
			},
		},
		{
			name: 'a body in 13 pt without a team choice',
			change: (doc) => {
				doc.runsOf('noi-dung').forEach((r) => (r.sizePt = 13));
			},
		},
		{
			name: 'the team chose 13 pt for the body, and the body is 13 pt',
			profile: { layout: { bodySize: 13 } },
			change: (doc) => {
				doc.runsOf('noi-dung').forEach((r) => (r.sizePt = 13));
				doc.runsOf('kinh-gui').forEach((r) => (r.sizePt = 13));
			},
		},
	],
	invalid: [
		{
			name: 'a Tiêu ngữ in 12 pt',
			change: (doc) => {
				doc.runsOf('tieu-ngu').forEach((r) => (r.sizePt = 12));
			},
			errors: [
				{
					messageId: 'outOfRange',
					severity: 'error',
					text: 'Độc lập - Tự do - Hạnh phúc',
					message: 'Tiêu ngữ là 12 pt; Phụ lục I quy định 13 đến 14 pt',
				},
			],
		},
		{
			name: 'Nơi nhận entries in 13 pt (the decree says 11)',
			change: (doc) => {
				doc.runsOf('noi-nhan-entry').forEach((r) => (r.sizePt = 13));
			},
			errors: [
				{ messageId: 'outOfRange', text: '- Như trên;', message: 'quy định 11 pt' },
				{ messageId: 'outOfRange', text: '- Lưu: VT, VP.' },
			],
		},
		{
			name: 'a Quốc hiệu in 13.5 pt is at the edge of its range: a warning',
			change: (doc) => {
				doc.runsOf('quoc-hieu').forEach((r) => (r.sizePt = 13.5));
			},
			errors: [{ messageId: 'outOfRange', severity: 'warning', message: '13,5 pt' }],
		},
		{
			name: 'one run of a paragraph out of range is enough',
			change: (doc) => {
				const run = doc.runsOf('ho-ten')[0];
				if (run) {
					const middle = run.range.start + 6;
					doc.format.runs.push({ ...run, range: { start: middle, end: run.range.end }, sizePt: 10 });
					run.range = { start: run.range.start, end: middle };
				}
			},
			errors: [{ messageId: 'outOfRange', text: 'Nguyễn Văn An', message: 'Họ tên người ký là 10 pt' }],
		},
		{
			name: 'the team chose 13 pt for the body: a 14 pt body is a hint',
			profile: { layout: { bodySize: 13 } },
			change: (doc) => {
				doc.runsOf('kinh-gui').forEach((r) => (r.sizePt = 13));
				doc
					.runsOf('noi-dung')
					.slice(1)
					.forEach((r) => (r.sizePt = 13));
			},
			errors: [{ messageId: 'notChosen', severity: 'hint', message: 'là 14 pt; nhóm chọn 13 pt' }],
		},
	],
});
