import { layoutRuleTester } from '../harness/layout-tester';

layoutRuleTester('page-margins', {
	valid: [
		{ name: 'the decree default margins (20, 20, 30, 15)' },
		{ name: 'plain text: silent', plainText: true },
		{
			name: 'the other ends of the ranges (25, 25, 35, 20)',
			change: (doc) => {
				doc.section.margins = { topMm: 25, bottomMm: 25, leftMm: 35, rightMm: 20 };
			},
		},
		{
			name: 'margins of 2 cm written in twips (20.003 mm)',
			change: (doc) => {
				doc.section.margins = { topMm: 20.003, bottomMm: 19.99, leftMm: 30.01, rightMm: 15 };
			},
		},
		{
			name: 'no margins in the section (page setup unknown is page-size concern)',
			change: (doc) => {
				delete doc.section.margins;
			},
		},
		{
			name: 'a landscape appendix section is not judged',
			change: (doc) => {
				doc.format.sections.push({
					...doc.section,
					pageWidthMm: 297,
					pageHeightMm: 210,
					orientation: 'landscape',
					margins: { topMm: 30, bottomMm: 20, leftMm: 20, rightMm: 20 },
				});
			},
		},
		{
			name: 'a margin the team chose (left 35 mm) in a letter that keeps it',
			profile: { layout: { margins: { left: 35 } } },
			change: (doc) => {
				if (doc.section.margins) {
					doc.section.margins.leftMm = 35;
				}
			},
		},
	],
	invalid: [
		{
			name: "Word's default 1 inch left and right margins",
			change: (doc) => {
				doc.section.margins = { topMm: 25.4, bottomMm: 25.4, leftMm: 25.4, rightMm: 25.4 };
			},
			errors: [
				{
					messageId: 'outOfRange',
					text: 'ỦY BAN NHÂN DÂN',
					message:
						'lề trên 25,4 mm (quy định 20 đến 25 mm); lề dưới 25,4 mm (quy định 20 đến 25 mm); lề trái 25,4 mm (quy định 30 đến 35 mm); lề phải 25,4 mm (quy định 15 đến 20 mm)',
				},
			],
		},
		{
			name: 'a top margin of 15 mm',
			change: (doc) => {
				if (doc.section.margins) {
					doc.section.margins.topMm = 15;
				}
			},
			errors: [{ messageId: 'outOfRange', severity: 'error', message: 'lề trên 15 mm' }],
		},
		{
			name: 'a left margin of 29.5 mm is at the edge of the range: a warning',
			change: (doc) => {
				if (doc.section.margins) {
					doc.section.margins.leftMm = 29.5;
				}
			},
			errors: [{ messageId: 'outOfRange', severity: 'warning', message: 'lề trái 29,5 mm (quy định 30 đến 35 mm)' }],
		},
		{
			name: 'inside the range but not the team choice: a hint',
			profile: { layout: { margins: { left: 35 } } },
			errors: [{ messageId: 'notChosen', severity: 'hint', message: 'lề trái 30 mm (nhóm chọn 35 mm)' }],
		},
		{
			name: 'an invalid team choice falls back to the decree: only the decree range counts',
			profile: { layout: { margins: { left: 50 } } },
			change: (doc) => {
				if (doc.section.margins) {
					doc.section.margins.leftMm = 40;
				}
			},
			errors: [{ messageId: 'outOfRange', severity: 'error', message: 'lề trái 40 mm (quy định 30 đến 35 mm)' }],
		},
	],
});
