import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The signature starts at line 28 of the built letter.
const signedBy = (signature: string): string => buildLetter({ signature });

ruleTester('signature-name-case', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'the name after blank lines (000)', code: signedBy('GIÁM ĐỐC\n\n\n\nNông Văn Chiêm') },
		{ name: 'the name in markdown bold (002)', code: signedBy('**GIÁM ĐỐC**\n\n**Sầm Việt An**') },
		{
			name: 'the name with trailing spaces and blank lines (003)',
			code: signedBy('KT. GIÁM ĐỐC \n\nPHÓ GIÁM ĐỐC \n\n \n\n \nNguyễn Tất Nhiên '),
		},
		{ name: 'a Central Highlands name with an apostrophe', code: signedBy('GIÁM ĐỐC\n\nH’Hen Niê') },
		{ name: 'a long Ê Đê name', code: signedBy('CHỦ TỊCH\n\nY Thanh Hà Niê Kđăm') },
		{
			name: 'a transcribed name keeps its hyphenated parts in lower case (Phụ lục II, Mục II.2.b)',
			code: signedBy('GIÁM ĐỐC\n\nVla-đi-mia Lê-nin'),
		},
		{ name: 'a truncated block is signature-incomplete (001)', code: signedBy('Phan') },
		// Names are not the checker's to change (issue 15): intra-word capitals and Roman numerals are right.
		{ name: 'MacArthur: a capital inside a word', code: signedBy('GIÁM ĐỐC\n\nDouglas MacArthur') },
		{ name: 'DiCaprio: a capital inside a word', code: signedBy('GIÁM ĐỐC\n\nLeonardo DiCaprio') },
		{ name: 'a Roman numeral after the name ("An II")', code: signedBy('GIÁM ĐỐC\n\nNguyễn Văn An II') },
		{
			name: 'a title in capitals run into the name is not a name to recase (never "Phó Chủ Tịchtrần Minh Khoa")',
			code: signedBy('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCHTrần Minh Khoa'),
		},
		{ name: 'a title in sentence case on the name line is not a name', code: signedBy('KT. CHỦ TỊCH\nPhó Chủ tịch Trần Minh Khoa') },
		{ name: 'the snippet’s placeholder', code: signedBy('GIÁM ĐỐC\n\nHọ và tên') },
		{ name: 'a last line in capitals that is a title, not a name', code: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC') },
		{
			name: 'the signature before Nơi nhận',
			code: buildLetter({ noiNhan: null, signature: 'GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.' }),
		},
	],
	invalid: [
		{
			name: 'the name in capitals',
			code: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNGUYỄN VĂN AN'),
			errors: [{ messageId: 'upperCase', line: 31, column: 1, text: 'NGUYỄN VĂN AN', message: '"Nguyễn Văn An"' }],
			output: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'Đ and letters with two marks',
			code: signedBy('GIÁM ĐỐC\n\nĐẶNG THỊ NGỌC HUYỀN'),
			errors: [{ messageId: 'upperCase', text: 'ĐẶNG THỊ NGỌC HUYỀN' }],
			output: signedBy('GIÁM ĐỐC\n\nĐặng Thị Ngọc Huyền'),
		},
		{
			name: 'a surname of the northern provinces, in markdown bold',
			code: signedBy('**GIÁM ĐỐC**\n\n**SẦM VIỆT AN**'),
			errors: [{ messageId: 'upperCase', text: 'SẦM VIỆT AN' }],
			output: signedBy('**GIÁM ĐỐC**\n\n**Sầm Việt An**'),
		},
		{
			name: 'the name in capitals before Nơi nhận',
			code: buildLetter({ noiNhan: null, signature: 'GIÁM ĐỐC\n\nNGUYỄN VĂN AN\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.' }),
			errors: [{ messageId: 'upperCase', line: 26, text: 'NGUYỄN VĂN AN' }],
			output: buildLetter({ noiNhan: null, signature: 'GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.' }),
		},
		{
			name: 'a degree before a name in capitals: only the name is recased',
			code: signedBy('GIÁM ĐỐC\n\nTS. NGUYỄN VĂN AN'),
			errors: [{ messageId: 'upperCase', text: 'NGUYỄN VĂN AN' }],
			output: signedBy('GIÁM ĐỐC\n\nTS. Nguyễn Văn An'),
		},
		{
			name: 'ThS. (with a lower-case letter) before a name in capitals',
			code: signedBy('GIÁM ĐỐC\n\nThS. NGUYỄN VĂN AN'),
			errors: [{ messageId: 'upperCase', text: 'NGUYỄN VĂN AN' }],
			output: signedBy('GIÁM ĐỐC\n\nThS. Nguyễn Văn An'),
		},
		{
			name: 'words of the name in lower case: a suggestion, not a fix (a mixed-case name is the author’s)',
			code: signedBy('GIÁM ĐỐC\n\nNguyễn văn an'),
			errors: [{ messageId: 'notCapitalised', text: 'Nguyễn văn an', message: '"Nguyễn Văn An"' }],
		},
		{
			name: 'one word of the name in capitals: a suggestion, not a fix',
			code: signedBy('GIÁM ĐỐC\n\nNguyễn Thị Minh KHAI'),
			errors: [{ messageId: 'notCapitalised', text: 'Nguyễn Thị Minh KHAI', message: '"Nguyễn Thị Minh Khai"' }],
		},
		{
			name: 'a Roman numeral is kept when a name in capitals is recased (issue 15)',
			code: signedBy('GIÁM ĐỐC\n\nNGUYỄN VĂN AN II'),
			errors: [{ messageId: 'upperCase', text: 'NGUYỄN VĂN AN II', message: '"Nguyễn Văn An II"' }],
			output: signedBy('GIÁM ĐỐC\n\nNguyễn Văn An II'),
		},
		{
			name: 'an apostrophe name in capitals',
			code: signedBy('GIÁM ĐỐC\n\nNGUYỄN H’HEN'),
			errors: [{ messageId: 'upperCase', text: 'NGUYỄN H’HEN' }],
			output: signedBy('GIÁM ĐỐC\n\nNguyễn H’Hen'),
		},
		{
			name: 'CRLF line ends',
			code: signedBy('GIÁM ĐỐC\n\nLÒ VĂN SÁNG').replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'upperCase', line: 30, text: 'LÒ VĂN SÁNG' }],
			output: signedBy('GIÁM ĐỐC\n\nLò Văn Sáng').replace(/\n/gu, '\r\n'),
		},
	],
});
