import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The Nơi nhận part starts at line 24 of the built letter and the signature at line 28.
const signedBy = (signature: string): string => buildLetter({ signature });

ruleTester('signature-incomplete', {
	valid: [
		{ name: 'a correct letter: TM., KT. and the signer’s title', code: buildLetter() },
		{ name: 'GIÁM ĐỐC alone when the head signs (000)', code: signedBy('GIÁM ĐỐC\n\n\n\nNông Văn Chiêm') },
		{
			name: 'KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC and the name with blank lines between (003)',
			code: signedBy('KT. GIÁM ĐỐC \n\nPHÓ GIÁM ĐỐC \n\n \n\n \n\n \n\n \nNguyễn Tất Nhiên '),
		},
		{ name: 'one markdown bold span over two lines (004)', code: signedBy('**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**\n\n**Liều Anh Minh**') },
		{ name: 'the title in markdown bold (002)', code: signedBy('**GIÁM ĐỐC**\n\n**Sầm Việt An**') },
		{ name: 'Q. is followed by the name directly', code: signedBy('Q. GIÁM ĐỐC\n\nNguyễn Văn An') },
		{ name: 'a deputy under KT.', code: signedBy('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Thành') },
		{
			name: 'a deputy of the office under TL. and KT.',
			code: signedBy('TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nTrần Văn Bình'),
		},
		{ name: "PHÓ BÍ THƯ is not a head's deputy this rule knows", code: signedBy('PHÓ BÍ THƯ\n\nNông Thị Hà') },
		{ name: 'TM. and the chairman', code: signedBy('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Thành') },
		{
			name: 'a chain ending with the signer’s title',
			code: signedBy('TL. BỘ TRƯỞNG\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nTrần Văn Bình'),
		},
		{
			name: 'the signature before Nơi nhận',
			code: buildLetter({
				noiNhan: null,
				signature: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.',
			}),
		},
		{ name: 'a known title in lower case above the name is signing-prefix (reference H2)', code: signedBy('Giám đốc\n\nNguyễn Văn An') },
		{ name: 'a name in capitals is signature-name-case', code: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNGUYỄN VĂN AN') },
		{ name: 'a note between the title and the name', code: signedBy('GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn An') },
		{ name: 'the signer’s title in lower case is another finding', code: signedBy('KT. GIÁM ĐỐC\nPhó Giám đốc\n\nNguyễn Văn An') },
		{ name: 'an empty document', code: '' },
		{
			name: 'no Nơi nhận and no signature: the end of the letter was not read, missing-noi-nhan reports',
			code: buildLetter({ noiNhan: null, signature: null }),
		},
		{
			name: 'a Party letter',
			code: buildLetter({
				agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG',
				quocHieu: null,
				so: 'Số 1332-CV/TU',
				signature: 'T/M BAN THƯỜNG VỤ',
			}),
		},
	],
	invalid: [
		{
			name: 'G9: the example is built from the title present ("KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH")',
			code: signedBy('KT. CHỦ TỊCH\n\nTrần Minh Khoa'),
			errors: [{ messageId: 'noOwnTitle', text: 'KT. CHỦ TỊCH', message: '"KT. CHỦ TỊCH" rồi "PHÓ CHỦ TỊCH"' }],
		},
		{
			name: 'G9: "KT. BỘ TRƯỞNG" then "THỨ TRƯỞNG"',
			code: signedBy('KT. BỘ TRƯỞNG\n\nTrần Văn Bình'),
			errors: [{ messageId: 'noOwnTitle', message: '"THỨ TRƯỞNG"' }],
		},
		{
			name: 'G9: "TL. CHỦ TỊCH" then "CHÁNH VĂN PHÒNG"',
			code: signedBy('TL. CHỦ TỊCH\n\nTrần Văn Bình'),
			errors: [{ messageId: 'noOwnTitle', message: '"CHÁNH VĂN PHÒNG"' }],
		},
		{
			name: 'a block truncated to a name (001 line 52)',
			code: signedBy('Phan'),
			errors: [{ messageId: 'noTitle', line: 28, column: 1, text: 'Phan', message: '"Phan"' }],
		},
		{
			name: 'a title in lower case of more than a known title is not a title line',
			code: signedBy('Giám đốc Sở Tài chính\n\nNguyễn Văn An'),
			errors: [{ messageId: 'noTitle', line: 28, text: 'Giám đốc Sở Tài chính' }],
		},
		{
			name: 'G9: a deputy\'s title above the name without "KT. GIÁM ĐỐC": one finding naming the KT. line',
			code: signedBy('PHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [
				{ messageId: 'noAuthority', line: 28, text: 'PHÓ GIÁM ĐỐC', message: 'phía trên "PHÓ GIÁM ĐỐC" phải có dòng "KT. GIÁM ĐỐC"' },
			],
		},
		{
			name: 'G9: THỨ TRƯỞNG above the name without "KT. BỘ TRƯỞNG"',
			code: signedBy('THỨ TRƯỞNG\n\nNguyễn Văn An'),
			errors: [{ messageId: 'noAuthority', text: 'THỨ TRƯỞNG', message: '"KT. BỘ TRƯỞNG"' }],
		},
		{
			name: 'G9: "KT. GIÁM ĐỐC" alone: one finding naming the title and the name',
			code: signedBy('KT. GIÁM ĐỐC'),
			errors: [{ messageId: 'noOwnTitleNoName', text: 'KT. GIÁM ĐỐC', message: '(ví dụ "KT. GIÁM ĐỐC" rồi "PHÓ GIÁM ĐỐC" và họ tên)' }],
		},
		{
			name: 'KT. without the signer’s own title',
			code: signedBy('KT. GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'noOwnTitle', line: 28, text: 'KT. GIÁM ĐỐC' }],
		},
		{
			name: 'TL. without the signer’s own title',
			code: signedBy('TL. BỘ TRƯỞNG\n\nTrần Văn Bình'),
			errors: [{ messageId: 'noOwnTitle', text: 'TL. BỘ TRƯỞNG' }],
		},
		{
			name: 'TUQ. without the signer’s own title',
			code: signedBy('TUQ. CHỦ TỊCH\n\nLê Văn Cường'),
			errors: [{ messageId: 'noOwnTitle', text: 'TUQ. CHỦ TỊCH' }],
		},
		{
			name: 'TM. without the signer’s own title',
			code: signedBy('TM. ỦY BAN NHÂN DÂN\n\nNguyễn Văn Thành'),
			errors: [{ messageId: 'noOwnTitle', text: 'TM. ỦY BAN NHÂN DÂN' }],
		},
		{
			name: 'the last prefix of a chain without a title after it',
			code: signedBy('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n\nNguyễn Văn An'),
			errors: [{ messageId: 'noOwnTitle', line: 29, text: 'KT. CHỦ TỊCH' }],
		},
		{
			name: 'a misspelt prefix counts as a prefix',
			code: signedBy('K/T GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'noOwnTitle', text: 'K/T GIÁM ĐỐC' }],
		},
		{
			name: 'no name under the titles',
			code: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'),
			errors: [{ messageId: 'noName', line: 29, text: 'PHÓ GIÁM ĐỐC' }],
		},
		{
			name: 'the head’s title alone',
			code: signedBy('GIÁM ĐỐC'),
			errors: [{ messageId: 'noName', line: 28, text: 'GIÁM ĐỐC' }],
		},
		{
			name: 'no signature at all: reported at Nơi nhận',
			code: buildLetter({ signature: null }),
			errors: [{ messageId: 'notFound', line: 24, text: 'Nơi nhận' }],
		},
	],
});
