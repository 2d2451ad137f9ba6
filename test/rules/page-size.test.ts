import { layoutRuleTester } from '../harness/layout-tester';

layoutRuleTester('page-size', {
	valid: [
		{ name: 'A4 portrait, as the export writes it' },
		{ name: 'plain text has no page setup: silent', plainText: true },
		{
			name: 'A4 written in twips (209.97 x 297.04 mm) is A4',
			change: (doc) => {
				doc.section.pageWidthMm = 209.97;
				doc.section.pageHeightMm = 297.04;
			},
		},
		{
			name: 'a landscape appendix section after the letter is normal',
			change: (doc) => {
				const last = doc.format.paragraphs[doc.format.paragraphs.length - 1];
				if (last) {
					last.section = 1;
				}
				doc.format.sections.push({ ...doc.section, pageWidthMm: 297, pageHeightMm: 210, orientation: 'landscape' });
			},
		},
	],
	invalid: [
		{
			name: 'US Letter paper, reported on the first line of the letter',
			change: (doc) => {
				doc.section.pageWidthMm = 215.9;
				doc.section.pageHeightMm = 279.4;
			},
			errors: [{ messageId: 'notA4', text: 'ỦY BAN NHÂN DÂN', message: 'Letter (Mỹ) (215,9 x 279,4 mm)' }],
		},
		{
			name: 'A5 paper',
			change: (doc) => {
				doc.section.pageWidthMm = 148;
				doc.section.pageHeightMm = 210;
			},
			errors: [{ messageId: 'notA4', message: 'A5' }],
		},
		{
			name: 'the letter itself in landscape',
			change: (doc) => {
				doc.section.pageWidthMm = 297;
				doc.section.pageHeightMm = 210;
				doc.section.orientation = 'landscape';
			},
			errors: [{ messageId: 'landscape', text: 'ỦY BAN NHÂN DÂN' }],
		},
		{
			name: 'an appendix section on Letter paper, reported on its first paragraph',
			change: (doc) => {
				const last = doc.format.paragraphs[doc.format.paragraphs.length - 1];
				if (last) {
					last.section = 1;
				}
				doc.format.sections.push({ ...doc.section, pageWidthMm: 215.9, pageHeightMm: 279.4 });
			},
			errors: [{ messageId: 'notA4', text: 'Nguyễn Văn An' }],
		},
		{
			name: 'no section properties at all: one information finding, never "not A4"',
			change: (doc) => {
				doc.format.sections.length = 0;
			},
			errors: [{ messageId: 'unknown', severity: 'information', text: 'ỦY BAN NHÂN DÂN' }],
		},
		{
			name: 'sections without a page size: one information finding',
			change: (doc) => {
				delete doc.section.pageWidthMm;
				delete doc.section.pageHeightMm;
				doc.format.sections.push({ ...doc.section });
			},
			errors: [{ messageId: 'unknown', severity: 'information' }],
		},
	],
});
