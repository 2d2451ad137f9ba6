import { layoutRuleTester } from '../harness/layout-tester';

layoutRuleTester('page-number', {
	valid: [
		{ name: 'page numbers centred in the header from page 2' },
		{ name: 'plain text: silent', plainText: true },
		{
			name: 'no page setup: silent (page-size reports it)',
			change: (doc) => {
				doc.format.sections.length = 0;
			},
		},
		{
			name: 'a page number whose alignment Word does not say',
			change: (doc) => {
				doc.section.pageNumber = { where: 'header' };
			},
		},
	],
	invalid: [
		{
			name: 'no page number: a warning, the letter may be one page long',
			change: (doc) => {
				delete doc.section.pageNumber;
			},
			errors: [{ messageId: 'none', severity: 'warning', text: 'ỦY BAN NHÂN DÂN' }],
		},
		{
			name: 'a number on the first page too',
			change: (doc) => {
				doc.section.titlePage = false;
				doc.section.pageNumberOnFirstPage = true;
			},
			errors: [{ messageId: 'firstPage', severity: 'error' }],
		},
		{
			name: 'only the first page has a number',
			change: (doc) => {
				delete doc.section.pageNumber;
				doc.section.pageNumberOnFirstPage = true;
			},
			errors: [{ messageId: 'firstPage' }],
		},
		{
			name: 'in the footer, on the right',
			change: (doc) => {
				doc.section.pageNumber = { where: 'footer', align: 'right' };
			},
			errors: [{ messageId: 'position', message: 'chân trang, bên phải' }],
		},
		{
			name: 'in the header, on the left',
			change: (doc) => {
				doc.section.pageNumber = { where: 'header', align: 'left' };
			},
			errors: [{ messageId: 'position', message: 'đầu trang, bên trái' }],
		},
	],
});
