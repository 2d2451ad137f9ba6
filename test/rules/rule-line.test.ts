import { buildLetter } from '../harness/letter-builder';
import { layoutRuleTester } from '../harness/layout-tester';

layoutRuleTester('rule-line', {
	valid: [
		{ name: 'the lines of the export: as wide as the Tiêu ngữ, 0.4 of the issuing body' },
		{ name: 'plain text: silent', plainText: true },
		{
			name: 'a line under the issuing body at 1/2 of its text',
			change: (doc) => {
				const line = doc.format.ruleLines.find((l) => l.table?.column === 1);
				if (line?.lengthPt) {
					line.lengthPt = (line.lengthPt / 0.4) * 0.5;
				}
			},
		},
		{
			name: 'a line anchored in another paragraph of the same cell',
			change: (doc) => {
				const line = doc.format.ruleLines.find((l) => l.table?.column === 2);
				const quocHieu = doc.paragraphsOf('quoc-hieu')[0];
				if (line && quocHieu) {
					line.anchor = quocHieu.range;
				}
			},
		},
		{
			name: 'a line typed as dashes, whose length is not known',
			change: (doc) => {
				for (const line of doc.format.ruleLines) {
					line.kind = 'typed';
					delete line.lengthPt;
				}
			},
		},
		{
			name: 'a long issuing body that wraps in its cell: a line of 0.4 of the cell is right',
			code: buildLetter({ agency: 'UBND TỈNH CAO BẰNG\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH CAO BẰNG' }),
			change: (doc) => {
				const line = doc.format.ruleLines.find((l) => l.table?.column === 1);
				if (line) {
					line.lengthPt = 0.4 * 167;
				}
			},
		},
	],
	invalid: [
		{
			name: 'no line under the Tiêu ngữ',
			change: (doc) => {
				doc.format.ruleLines = doc.format.ruleLines.filter((l) => l.table?.column !== 2);
			},
			errors: [{ messageId: 'missing', text: 'Độc lập - Tự do - Hạnh phúc', message: 'dưới Tiêu ngữ' }],
		},
		{
			name: 'no line at all: one finding per component, on its last paragraph',
			change: (doc) => {
				doc.format.ruleLines = [];
			},
			errors: [
				{ messageId: 'missing', text: 'TỈNH CAO BẰNG', message: 'Cơ quan ban hành' },
				{ messageId: 'missing', text: 'Độc lập - Tự do - Hạnh phúc' },
			],
		},
		{
			name: 'a line under the issuing body as wide as its text',
			change: (doc) => {
				const line = doc.format.ruleLines.find((l) => l.table?.column === 1);
				if (line?.lengthPt) {
					line.lengthPt = line.lengthPt / 0.4;
				}
			},
			errors: [{ messageId: 'tooLong', text: 'TỈNH CAO BẰNG', message: 'từ 1/3 đến 1/2 dòng chữ' }],
		},
		{
			name: 'a line under the Tiêu ngữ of half its width',
			change: (doc) => {
				const line = doc.format.ruleLines.find((l) => l.table?.column === 2);
				if (line?.lengthPt) {
					line.lengthPt = line.lengthPt / 2;
				}
			},
			errors: [{ messageId: 'tooShort', text: 'Độc lập - Tự do - Hạnh phúc', message: 'bằng dòng chữ' }],
		},
		{
			name: 'a line in the wrong cell does not count',
			change: (doc) => {
				const line = doc.format.ruleLines.find((l) => l.table?.column === 2);
				if (line?.table) {
					line.table = { ...line.table, row: 2 };
				}
			},
			errors: [{ messageId: 'missing', text: 'Độc lập - Tự do - Hạnh phúc' }],
		},
	],
});
