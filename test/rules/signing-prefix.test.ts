import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The signature starts at line 28 of the built letter.
const signedBy = (signature: string): string => buildLetter({ signature });

ruleTester('signing-prefix', {
	valid: [
		{ name: 'a title of several words is not cut', code: signedBy('KT. TRƯỞNG BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN\n\nTrần Văn Bình') },
		{
			name: 'CHÁNH VĂN PHÒNG is a title, not a head with an agency',
			code: signedBy('TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nTrần Văn Bình'),
		},
		{ name: "TM. takes the collective body's name", code: signedBy('TM. ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\n\nTrần Văn Bình') },
		{ name: 'a correct letter: TM., KT. and the signer’s title', code: buildLetter() },
		{
			name: 'a lower-case title with more words than a title is not read as the authority line',
			code: signedBy('Giám đốc Sở Tài chính\n\nNguyễn Văn An'),
		},
		{
			name: 'without Nơi nhận, a lower-case title above words that are no name is not a signature',
			code: buildLetter({ noiNhan: null, signature: 'Giám đốc\nCác phòng chuyên môn' }),
		},
		{ name: 'the head signs without a prefix (000)', code: signedBy('GIÁM ĐỐC\n\n\n\nNông Văn Chiêm') },
		{
			name: 'KT. with blank lines and trailing spaces between the lines (003)',
			code: signedBy('KT. GIÁM ĐỐC \n\nPHÓ GIÁM ĐỐC \n\n \n\n \n\nNguyễn Tất Nhiên '),
		},
		{ name: 'one markdown bold span over two lines (004)', code: signedBy('**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**\n\n**Liều Anh Minh**') },
		{ name: 'chained prefixes', code: signedBy('TL. BỘ TRƯỞNG\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nTrần Văn Bình') },
		{ name: 'Q. before the title, and a name starting with Q', code: signedBy('Q. GIÁM ĐỐC\n\nQuách Văn Quang') },
		{ name: 'TUQ.', code: signedBy('TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLê Văn Cường') },
		{ name: 'two spaces after the prefix', code: signedBy('KT.  GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTô Lâm') },
		{
			name: 'the signature before Nơi nhận',
			code: buildLetter({
				noiNhan: null,
				signature: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.',
			}),
		},
		{
			name: 'a Party letter signs T/M (Hướng dẫn 36-HD/VPTW)',
			code: buildLetter({
				agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG',
				quocHieu: null,
				so: 'Số 1332-CV/TU',
				signature: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNông Thị Hà',
			}),
		},
	],
	invalid: [
		{
			name: 'H10 line 12: "KT GIÁM ĐỐC SỞ VĂN HÓA": one finding, the period inserted, the agency only suggested away',
			code: signedBy('KT GIÁM ĐỐC SỞ VĂN HÓA\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'missingPeriodAgency', text: 'KT GIÁM ĐỐC SỞ VĂN HÓA', message: '"SỞ VĂN HÓA": "KT. GIÁM ĐỐC"' }],
			output: signedBy('KT. GIÁM ĐỐC SỞ VĂN HÓA\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'an agency name after a correct prefix: no fix, a suggestion',
			code: signedBy('KT. GIÁM ĐỐC SỞ VĂN HÓA\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'agencyName', text: 'SỞ VĂN HÓA', message: '"KT. GIÁM ĐỐC"' }],
			output: null,
		},
		{
			name: 'G2: the suggested authority line of "T/L BỘ TRƯỞNG BỘ TÀI CHÍNH" is "TL. BỘ TRƯỞNG"',
			code: signedBy('T/L BỘ TRƯỞNG BỘ TÀI CHÍNH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An'),
			errors: [{ messageId: 'malformedAgency', text: 'T/L BỘ TRƯỞNG BỘ TÀI CHÍNH', message: '"TL. BỘ TRƯỞNG".' }],
			output: signedBy('TL. BỘ TRƯỞNG BỘ TÀI CHÍNH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An'),
		},
		{
			name: 'in markdown bold, the period is inserted inside the emphasis and the agency name only suggested away',
			code: signedBy('**KT GIÁM ĐỐC SỞ VĂN HÓA**\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'missingPeriodAgency', message: '"KT. GIÁM ĐỐC"' }],
			output: signedBy('**KT. GIÁM ĐỐC SỞ VĂN HÓA**\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'G2: "TL.BỘ TRƯỞNG BỘ NỘI VỤ" inserts only the space',
			code: signedBy('TL.BỘ TRƯỞNG BỘ NỘI VỤ\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An'),
			errors: [{ messageId: 'missingSpaceAgency', message: '"TL. BỘ TRƯỞNG"' }],
			output: signedBy('TL. BỘ TRƯỞNG BỘ NỘI VỤ\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An'),
		},
		{
			name: 'K/T',
			code: signedBy('K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'malformed', line: 28, column: 1, text: 'K/T GIÁM ĐỐC', message: '"KT. GIÁM ĐỐC"' }],
			output: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'T/M and T/L in an administrative letter',
			code: signedBy('T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An'),
			errors: [{ messageId: 'malformed', text: 'T/M ỦY BAN NHÂN DÂN' }],
			output: signedBy('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An'),
		},
		{
			name: 'T/L',
			code: signedBy('T/L BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An'),
			errors: [{ messageId: 'malformed', text: 'T/L BỘ TRƯỞNG' }],
			output: signedBy('TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An'),
		},
		{
			name: 'KT without the period',
			code: signedBy('KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'missingPeriod', text: 'KT GIÁM ĐỐC', message: 'Thiếu dấu chấm sau "KT"' }],
			output: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'G2: "KT.CHỦ TỊCH" says only the space is missing and inserts only the space',
			code: signedBy('KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Minh Khoa'),
			errors: [{ messageId: 'missingSpace', text: 'KT.CHỦ TỊCH', message: 'Thiếu khoảng trắng sau "KT.": "KT. CHỦ TỊCH".' }],
			output: signedBy('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Minh Khoa'),
		},
		{
			name: 'KT.GIÁM ĐỐC without the space',
			code: signedBy('KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'missingSpace', text: 'KT.GIÁM ĐỐC', message: 'Thiếu khoảng trắng sau "KT."' }],
			output: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'K.T. with periods between the letters',
			code: signedBy('K.T. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'malformed', text: 'K.T. GIÁM ĐỐC' }],
			output: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'Kt. in lower case, with the title in lower case too',
			code: signedBy('Kt. Giám đốc\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'malformed', text: 'Kt. Giám đốc' }],
			output: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'TM: with a colon',
			code: signedBy('TM: ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An'),
			errors: [{ messageId: 'malformed', text: 'TM: ỦY BAN NHÂN DÂN' }],
			output: signedBy('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An'),
		},
		{
			name: 'Q without the period',
			code: signedBy('Q GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'missingPeriod', text: 'Q GIÁM ĐỐC' }],
			output: signedBy('Q. GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: "a head's title in lower case as the whole authority line (reference H2): the title in capitals",
			code: signedBy('Giám đốc\n\nNguyễn Văn An'),
			errors: [{ messageId: 'lowerCaseAuthority', line: 28, text: 'Giám đốc', message: '"GIÁM ĐỐC" (đang là "Giám đốc")' }],
			output: signedBy('GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'the Chủ tịch of an Ủy ban in lower case: "TM. ỦY BAN NHÂN DÂN" offered, the title in capitals fixed',
			code: signedBy('Chủ tịch\n\nNguyễn Văn Thành'),
			errors: [{ messageId: 'collectiveAuthority', line: 28, text: 'Chủ tịch', message: '"TM. ỦY BAN NHÂN DÂN"' }],
			output: signedBy('CHỦ TỊCH\n\nNguyễn Văn Thành'),
		},
		{
			name: 'the Chủ tịch of a council under the Ủy ban signs for the council, not the Ủy ban: only the case',
			code: buildLetter({
				agency: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nHỘI ĐỒNG THI ĐUA KHEN THƯỞNG',
				signature: 'Chủ tịch\n\nNguyễn Văn Thành',
			}),
			errors: [{ messageId: 'lowerCaseAuthority', text: 'Chủ tịch' }],
			output: buildLetter({
				agency: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nHỘI ĐỒNG THI ĐUA KHEN THƯỞNG',
				signature: 'CHỦ TỊCH\n\nNguyễn Văn Thành',
			}),
		},
		{
			name: 'without Nơi nhận, the last two lines "Phó Giám đốc" and a name are the signature',
			code: buildLetter({ noiNhan: null, signature: 'Phó Giám đốc\nNguyễn Văn An' }),
			errors: [{ messageId: 'lowerCaseAuthority', text: 'Phó Giám đốc', message: '"PHÓ GIÁM ĐỐC"' }],
			output: buildLetter({ noiNhan: null, signature: 'PHÓ GIÁM ĐỐC\nNguyễn Văn An' }),
		},
		{
			name: 'the right prefix before a title in lower case',
			code: signedBy('KT. Giám đốc Sở\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'lowerCaseTitle', text: 'KT. Giám đốc Sở', message: '"KT. GIÁM ĐỐC SỞ"' }],
			output: signedBy('KT. GIÁM ĐỐC SỞ\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
		},
		{
			name: 'the second prefix of a chain',
			code: signedBy('TL. BỘ TRƯỞNG\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nTrần Văn Bình'),
			errors: [{ messageId: 'malformed', line: 29, text: 'K/T CHÁNH VĂN PHÒNG' }],
			output: signedBy('TL. BỘ TRƯỞNG\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nTrần Văn Bình'),
		},
		{
			name: 'inside markdown bold: the markers are kept',
			code: signedBy('**K/T GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Nguyễn Văn An**'),
			errors: [{ messageId: 'malformed', text: 'K/T GIÁM ĐỐC' }],
			output: signedBy('**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Nguyễn Văn An**'),
		},
		{
			name: 'emphasis inside the line: only a suggestion, since a fix would drop the markers',
			code: signedBy('*Kt.* *Giám đốc*\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An'),
			errors: [{ messageId: 'malformed', text: 'Kt.* *Giám đốc' }],
		},
		{
			name: 'a name glued to the title in lower case is never upper-cased: a suggestion for the title only (issue 15)',
			code: signedBy('KT. Chủ tịchTrần Minh Khoa'),
			errors: [{ messageId: 'lowerCaseTitle', text: 'KT. Chủ tịchTrần Minh Khoa', message: '"KT. CHỦ TỊCHTrần Minh Khoa"' }],
		},
		{
			name: 'a name after the title on the same line is never upper-cased; a wrong prefix is still fixed',
			code: signedBy('K/T Chủ tịch Trần Minh Khoa'),
			errors: [{ messageId: 'malformed', text: 'K/T Chủ tịch Trần Minh Khoa', message: '"KT. CHỦ TỊCH Trần Minh Khoa"' }],
			output: signedBy('KT. Chủ tịch Trần Minh Khoa'),
		},
		{
			name: 'CRLF line ends',
			code: signedBy('K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An').replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'malformed', line: 28, text: 'K/T GIÁM ĐỐC' }],
			output: signedBy('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An').replace(/\n/gu, '\r\n'),
		},
	],
});
