import { layoutRuleTester } from '../harness/layout-tester';

layoutRuleTester('font-family', {
	valid: [
		{ name: 'Times New Roman everywhere' },
		{ name: 'plain text: silent', plainText: true },
		{
			name: '"Times New Roman Bold" and "TimesNewRomanPSMT" are Times New Roman',
			change: (doc) => {
				doc.runsOf('quoc-hieu').forEach((r) => (r.font = 'Times New Roman Bold'));
				doc.runsOf('noi-dung').forEach((r) => (r.font = 'TimesNewRomanPSMT'));
			},
		},
		{
			name: 'a run whose font nothing sets is not judged',
			change: (doc) => {
				doc.runsOf('noi-dung').forEach((r) => delete r.font);
			},
		},
		{
			name: 'a legacy font is legacy-encoding concern, not reported twice',
			change: (doc) => {
				doc.runsOf('noi-dung').forEach((r) => (r.font = '.VnTime'));
			},
		},
		{
			name: 'a symbol font on a run without letters or digits (a bullet) is not judged',
			code: 'Kính gửi: Sở Tài chính\n\n• \tNội dung thứ nhất./.',
			change: (doc) => {
				const run = doc.format.runs.find((r) => doc.letter.source.slice(r.range.start, r.range.end).startsWith('•'));
				if (run) {
					const end = run.range.start + 1;
					doc.format.runs.push({ ...run, range: { start: end, end: run.range.end } });
					run.range = { start: run.range.start, end };
					run.font = 'Symbol';
				}
			},
		},
	],
	invalid: [
		{
			name: 'Calibri in every body paragraph: one finding, the other paragraphs related',
			change: (doc) => {
				doc.runsOf('noi-dung').forEach((r) => (r.font = 'Calibri'));
			},
			errors: [
				{
					messageId: 'font',
					text: 'Thực hiện Công văn số 216/BNV-VP ngày 28/01/2021 của Bộ Nội vụ về việc triển khai kế hoạch công tác năm 2021, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:',
					message: '"Calibri" (4 đoạn)',
					related: 3,
				},
			],
		},
		{
			name: 'two other fonts: one finding each',
			change: (doc) => {
				doc.runsOf('quoc-hieu').forEach((r) => (r.font = 'Arial'));
				doc.runsOf('ho-ten').forEach((r) => (r.font = 'Calibri'));
			},
			errors: [
				{ messageId: 'font', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', message: '"Arial" (1 đoạn)' },
				{ messageId: 'font', text: 'Nguyễn Văn An', message: '"Calibri"' },
			],
		},
		{
			name: 'font names differing only in case are one font',
			change: (doc) => {
				doc.runsOf('quoc-hieu').forEach((r) => (r.font = 'arial'));
				doc.runsOf('tieu-ngu').forEach((r) => (r.font = 'Arial'));
			},
			errors: [{ messageId: 'font', message: '(2 đoạn)', related: 1 }],
		},
	],
});
