// English for every rule: description, message templates, and the free texts and placeholder values that
// the rules write in Vietnamese. The rule files keep the Vietnamese; test/l10n.test.ts checks that every
// rule and every messageId is here with the same placeholders, and that nothing here lacks a rule.
// Words that the letter itself contains ("Số:", "V/v", "Kính gửi:", "Nơi nhận:", "- Lưu: VT, …") stay in
// Vietnamese and in quotes: they are what the writer has to type. The legal sources are never translated.
import type { DataTranslation, RuleTable } from './types';

// The item kinds as the numbering rules name them (KIND_NAMES of item-sequence and duplicate-item-number).
const ITEM_KINDS: DataTranslation = {
	patterns: { Phần: 'part', Chương: 'chapter', Mục: 'section', mục: 'section', Điều: 'article', khoản: 'clause', điểm: 'point' },
};

// The components of the layout table (core/layout/nd30.ts) as the layout rules name them.
const COMPONENTS: DataTranslation = {
	patterns: {
		'Cơ quan chủ quản': 'the managing body',
		'Cơ quan ban hành': 'the issuing body',
		'Quốc hiệu': 'the national title',
		'Tiêu ngữ': 'the motto',
		'Số, ký hiệu': 'the number and symbol',
		'Địa danh và thời gian': 'the place and date',
		'Tên loại văn bản': 'the type name',
		'Trích yếu': 'the subject summary',
		'Trích yếu công văn': 'the "V/v" subject line',
		'Thẩm quyền ban hành': 'the issuing authority',
		'Kính gửi': 'the "Kính gửi:" line',
		'Căn cứ ban hành': 'the legal grounds',
		'Nội dung': 'the body',
		'Phần, chương, mục': 'the part, chapter or section heading',
		Điều: 'the article',
		'Quyết định': 'the decision line',
		'Nơi nhận': 'the "Nơi nhận:" label',
		'Nơi nhận danh sách': 'the recipient list',
		'Quyền hạn người ký': "the signer's authority",
		'Chức vụ người ký': "the signer's title",
		'Họ tên người ký': "the signer's name",
		'Dấu chỉ mức độ khẩn, mật': 'the urgency or secrecy mark',
		'Phụ lục': 'the appendix heading',
		'Số trang': 'the page number',
	},
};

// The margins as page-margins lists them.
const MARGIN_SIDES: DataTranslation = {
	separator: '; ',
	patterns: Object.fromEntries(
		(
			[
				['lề trên', 'top'],
				['lề dưới', 'bottom'],
				['lề trái', 'left'],
				['lề phải', 'right'],
			] as const
		).flatMap(([vi, en]) => [
			[`${vi} {value} mm (quy định {min} đến {max} mm)`, `${en} {value} mm (required {min} to {max} mm)`],
			[`${vi} {value} mm (quy định {min} mm)`, `${en} {value} mm (required {min} mm)`],
			[`${vi} {value} mm (nhóm chọn {chosen} mm)`, `${en} {value} mm (the team chose {chosen} mm)`],
		]),
	),
};

// Ranges as the layout rules write them ("13 đến 14").
const RANGE: DataTranslation = { patterns: { '{min} đến {max}': '{min} to {max}' } };

export const EN: RuleTable = {
	'legacy-encoding': {
		description: 'Letters must use Unicode; a letter typed in a legacy encoding (TCVN3, VNI) has to be converted before it can be checked.',
		messages: {
			legacy:
				'The text seems to be typed in the {encoding} encoding, not Unicode: convert it to Unicode (for example with the conversion tool of your Vietnamese keyboard) and check again. The other rules have not run.',
			fragment:
				'"{text}" seems to be typed in the {encoding} encoding, not Unicode: convert this passage to Unicode. Automatic fixes leave this line alone.',
			font: 'The font "{font}" ({count} paragraphs) belongs to the {encoding} encoding, not Unicode: convert the text to Unicode and use Times New Roman.',
		},
		texts: { 'Cũng dùng phông "{font}".': 'Also in the font "{font}".' },
		data: { encoding: { patterns: { 'TCVN3 (ABC, phông .VnTime)': 'TCVN3 (ABC, .VnTime fonts)' } } },
	},
	'nfd-text': {
		description: 'Vietnamese letters must be precomposed (Unicode NFC), not a base letter followed by separate combining marks (NFD).',
		messages: {
			decomposed:
				'The text has {count} decomposed words (NFD: the diacritics are separate from the letters); convert them to the precomposed form (NFC).',
		},
	},
	'lookalike-d': {
		description: 'The letter "Đ/đ" must be the Vietnamese character (U+0110/U+0111), not a lookalike such as "Ð" (U+00D0) or "ð".',
		messages: {
			lookalike:
				'The character "{char}" here is not the Vietnamese letter "Đ/đ" ({count} places in the letter); replace it with "{fixed}".',
		},
	},
	'regime-not-checked': {
		description:
			'Party documents and legal normative documents follow their own format rules: congvan does not check them against Decree 30.',
		messages: {
			party:
				'This is a Party document (format under Guidance 36-HD/VPTW): congvan does not check it against the format of administrative documents.',
			legal:
				'This is a legal normative document (its number has the year of issue): congvan does not check it against the format of administrative documents.',
		},
	},
	'missing-header': {
		description:
			'A letter must open with its header: the national title and motto, the issuing body, the number and symbol, the place and date, and the type name or "V/v" with the subject summary.',
		messages: {
			missing:
				'No header found (national title, motto, issuing body, "Số:" line, place and date, type name or "V/v"). The header may have been lost when the letter was copied as plain text.',
		},
	},
	'missing-quoc-hieu': {
		description: 'The header must have the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (with the motto just below).',
		messages: {
			missing: 'No national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" found in the header.',
			missingBoth:
				'Neither the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" nor the motto "Độc lập - Tự do - Hạnh phúc" found in the header.',
		},
	},
	'quoc-hieu-spelling': {
		description: 'The national title must be spelt exactly, in capitals: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (or "CỘNG HOÀ …").',
		messages: { wrong: 'The national title must read "{expected}", not "{value}".' },
	},
	'missing-tieu-ngu': {
		description: 'The motto "Độc lập - Tự do - Hạnh phúc" must follow the national title.',
		messages: { missing: 'No motto "Độc lập - Tự do - Hạnh phúc" found below the national title.' },
	},
	'tieu-ngu-format': {
		description:
			'The motto must read "Độc lập - Tự do - Hạnh phúc": each phrase capitalised, the phrases joined by a hyphen (-) with spaces.',
		messages: {
			dash: 'The phrases of the motto are joined by a hyphen "-", not by the long dash "{dash}": "{expected}".',
			wrong: 'The motto must read "{expected}", not "{value}".',
		},
	},
	'missing-co-quan': {
		description: 'The header must name the body that issues the letter (in capitals, top left).',
		messages: { missing: 'No issuing body found (a line in capitals at the top left, for example "SỞ NỘI VỤ").' },
	},
	'co-quan-viet-hoa': {
		description: 'The names of the issuing body and of its direct managing body must be written in capitals.',
		messages: { notUpperCase: 'The body name "{value}" must be written in capitals: "{expected}".' },
	},
	'missing-so': {
		description: 'The header must have the number and symbol line "Số: …/…" below the issuing body.',
		messages: { missing: 'No number and symbol line found ("Số: 05/UBND-VP"); it goes below the issuing body.' },
	},
	'ky-hieu-loai-van-ban': {
		description:
			'The symbol (ký hiệu) of a document with a type name starts with the abbreviation of that type (QĐ, KH, TTr …); the symbol of a công văn has no type abbreviation and never uses "CV".',
		messages: {
			mismatch:
				'The symbol "{symbol}" does not match the type {typeName}: it must start with the abbreviation "{expected}" (for example "{expected}-{agency}").',
			otherType: '"{value}" is the abbreviation of {other}, but the document is a {typeName}: the symbol must start with "{expected}".',
			oldAbbreviation:
				'"{value}" is the abbreviation of {typeName} under Circular 01/2011; since 05/3/2020 (Decree 30/2020/NĐ-CP) it is "{expected}".',
			notFirst:
				'The type abbreviation "{expected}" must come first in the symbol, before the abbreviation of the body ("{expected}-{agency}").',
			congVanCv:
				'A công văn has no type abbreviation, and "CV" is not one: the symbol is made of the abbreviations of the body and of the drafting unit (for example "{agency}-VP").',
			congVanType:
				'"{value}" is the abbreviation of {other}, but the document has no type name (a công văn). If it is a {other}, write the type name in the header; if it is a công văn, the symbol is made of the abbreviations of the body and of the drafting unit.',
		},
		texts: { 'Tên loại văn bản': 'Document type name' },
	},
	'missing-date': {
		description: 'The header must have the place and date line ("Hà Nội, ngày 05 tháng 01 năm 2021").',
		messages: { missing: 'No place and date line found (for example "Hà Nội, ngày 05 tháng 01 năm 2021").' },
	},
	'missing-trich-yeu': {
		description:
			'The header must have the type name and the subject summary, or (for a công văn) the summary after "V/v" below the number and symbol.',
		messages: {
			missing:
				'No subject summary found: a công văn writes "V/v …" below the number and symbol; a document with a type name writes the type name (for example "QUYẾT ĐỊNH") and the summary just below.',
			misplaced: 'The subject summary is in the wrong place: "{value}" belongs below the number and symbol, before "Kính gửi".',
		},
	},
	'vv-format': {
		description: 'The summary of a công văn starts with "V/v" (capital V, small v) and a space, without a colon.',
		messages: {
			label: 'The summary of a công văn starts with "V/v" (capital V, slash, small v, no spaces), not "{value}".',
			colon: 'Do not put a colon after "V/v": write "V/v {start}".',
			veViec: 'The summary of a công văn uses "V/v" instead of "{value}".',
		},
		texts: { 'Thay "{value}" bằng "V/v"': 'Replace "{value}" with "V/v"' },
	},
	'vv-not-cong-van': {
		description: 'Only a công văn has a "V/v …" summary; a document with a type name writes its summary just below the type name.',
		messages: {
			named: 'A document of type {typeName} writes its summary just below the type name, without "V/v" (only a công văn has "V/v …").',
		},
		texts: { 'Tên loại văn bản': 'Document type name' },
	},
	'kinh-gui-not-cong-van': {
		description:
			'Only a công văn, and a report or submission sent to a higher body, has a "Kính gửi" part; a notice, decision, plan … lists its recipients under "Nơi nhận".',
		messages: {
			named:
				'A document of type {typeName} has no "Kính gửi" part: its recipients go under "Nơi nhận" at the end (only a công văn, and a report or submission sent to a higher body, has "Kính gửi").',
		},
		texts: { 'Tên loại văn bản': 'Document type name' },
	},
	'ten-loai-format': {
		description: 'The type name in the header must be written in capitals ("QUYẾT ĐỊNH", "KẾ HOẠCH").',
		messages: { notUpperCase: 'The type name must be written in capitals: "{expected}", not "{value}".' },
	},
	'trich-yeu-uppercase': {
		description: 'The subject summary is written in lower case, not all in capitals.',
		messages: {
			upperCase:
				'The summary below the type name {typeName} must be in lower case (capitals only for the first letter and proper names), not all in capitals.',
			vvUpperCase: 'The summary after "V/v" must be in lower case (capitals only for proper names), not all in capitals.',
		},
	},
	'trich-yeu-period': {
		description: 'The subject summary does not end with a full stop (as in the models of Decree 30).',
		messages: { period: 'No full stop at the end of the subject summary.' },
	},
	'malformed-so-ky-hieu': {
		description:
			'The "Số:" line must read "Số: <number>/<symbol>": the number in Arabic digits, with a leading 0 below 10, the symbol made of groups of capitals joined by hyphens "-".',
		messages: {
			missingColon: '"Số" must be followed by a colon: "Số: 05/UBND-VP".',
			empty: 'The "Số:" line has no number and symbol yet.',
			missingSlash: 'The slash "/" between the number and the symbol is missing: "{value}".',
			gluedNumber: 'The slash "/" between the number "{number}" and the symbol "{value}" is missing (the numbering of before 2004).',
			wrongSeparator:
				'The number is separated from the symbol by a slash "/", and the groups of the symbol are joined by hyphens "-": "{value}".',
			doubledSlash: 'The slash "/" is doubled: "{value}".',
			notDigits: 'The document number must be written in Arabic digits: "{value}".',
			needsZero: 'A number below 10 takes a leading 0: "0{value}" instead of "{value}".',
			missingSymbol: 'The symbol is missing after the "/".',
			emptyGroup: 'The symbol "{value}" has an empty group: groups are joined by exactly one hyphen.',
			spaceInSymbol: 'The symbol "{value}" has spaces around a joining mark: its groups are joined by hyphens "-" without spaces.',
			enDash: 'The symbol "{value}" uses an en dash "–" instead of the hyphen "-".',
			spaceAndEnDash: 'The symbol "{value}" has spaces and an en dash "–": its groups are joined by hyphens "-" without spaces.',
			badCharacter: 'The symbol "{value}" may have only letters and digits, its groups joined by hyphens "-".',
			lowerCase: 'The group "{group}" of the symbol must be in capitals (only CTr, TTr, QyĐ, TrS, TTg are partly in lower case).',
		},
	},
	'ky-hieu-ky-tu': {
		description:
			'The symbol of the letter should have only letters and digits: an "&" in a unit\'s abbreviation is not part of the format.',
		messages: { ampersand: 'The symbol should have only letters and digits: the group "{group}" has an "&".' },
	},
	'truoc-nd30': {
		description:
			'A letter issued before 05/03/2020: congvan checks it against Decree 30/2020/NĐ-CP for reference; the earlier format (such as Circular 01/2011/TT-BNV) may differ.',
		messages: {
			before:
				'A letter issued before 05/03/2020: the check against Decree 30/2020/NĐ-CP is for reference only; the format of the earlier rules (such as Circular 01/2011/TT-BNV) may differ.',
		},
	},
	'so-ky-hieu-spacing': {
		description: 'No space between the number and the "/" of the "Số:" line (usually left over when a number is typed into a template).',
		messages: { space: 'Extra space around the "/" in "{value}" (usually left over when the number was typed into a template).' },
	},
	'draft-blank': {
		description: 'The number or the date is still blank (a draft): the records office fills it in when the letter is issued.',
		messages: {
			number: 'The document number is still blank (draft): the records office assigns it when the letter is issued.',
			date: 'The {parts} of the issue date are still blank (draft): the records office fills them in when the letter is issued.',
		},
		data: { parts: { separator: ', ', patterns: { ngày: 'day', tháng: 'month', năm: 'year' } } },
	},
	'unfilled-placeholder': {
		description:
			'The letter still holds a place of the template that was not filled in: a template instruction, a ${…} variable or a lone "…".',
		messages: {
			text: 'The template instruction "{text}" is still there: replace it with the content of the letter.',
			variable: 'The template variable "{text}" was not replaced.',
			kyHieu: 'The symbol still holds "{text}" from the template: replace it with the abbreviation of the body or unit.',
			ellipsis: 'A blank "…" of the template is still there: fill it in.',
		},
	},
	'place-abbreviated': {
		description:
			'The place name of the date line must be the full official name of the administrative unit, not abbreviated ("Thành phố Hồ Chí Minh", not "TP. HCM").',
		messages: {
			abbreviated:
				'The place name "{place}" has the abbreviation "{abbreviation}": write the full name of the administrative unit (for example "Thành phố Hồ Chí Minh", "Quận 1").',
		},
		texts: { 'Viết đầy đủ: "{full}".': 'Write it in full: "{full}".' },
	},
	'date-format': {
		description: 'The issue date on the place and date line is written in words, "ngày … tháng … năm …", not as "05/3/2020".',
		messages: {
			numeric: 'Write the issue date in full: "{expected}" instead of "{actual}".',
			numericInvalid: 'Write the issue date in full as "ngày … tháng … năm …", not "{actual}".',
		},
	},
	'date-padding': {
		description: 'On the place and date line, a day below 10 and the months 1 and 2 take a leading 0 ("ngày 05 tháng 01").',
		messages: {
			day: 'A day below 10 takes a leading 0: "ngày 0{value}" instead of "ngày {value}".',
			month: 'The months 1 and 2 take a leading 0: "tháng 0{value}" instead of "tháng {value}".',
		},
	},
	'date-month-padding': {
		description: 'On the place and date line only the months 1 and 2 take a leading 0; the months 3 to 9 have one digit ("tháng 3").',
		messages: { extraZero: 'Only the months 1 and 2 take a leading 0: write "tháng {value}" instead of "tháng 0{value}".' },
	},
	'date-invalid': {
		description:
			'The issue date on the place and date line, and the dates written in words in the body, must exist in the calendar (no 31/02, no month 13, no day 0).',
		messages: {
			month: 'There is no month {month}: months run from 1 to 12.',
			dayZero: 'There is no day {day}: days start at 01.',
			day: 'There is no day {day} in {period}: {period} has only {max} days.',
			bodyMonth: 'The date "{date}" does not exist: there is no month {month}.',
			bodyDay: 'The date "{date}" does not exist: month {month} of {year} has only {max} days.',
		},
		data: {
			period: {
				patterns: { 'tháng {month} năm {year}': 'month {month} of {year}', 'tháng {month}': 'month {month}', 'một tháng': 'any month' },
			},
		},
	},
	'date-in-future': {
		description: 'The issue date on the place and date line must not be later than today.',
		messages: {
			day: 'The issue date {date} is later than today ({today}): check the day, month and year.',
			month: 'The month of issue {date} is later than the current month ({today}): check the month and year.',
			year: 'The year of issue {date} is later than the current year ({today}): check the year.',
		},
		data: { date: { patterns: { 'năm {year}': '{year}' } }, today: { patterns: { 'năm {year}': '{year}' } } },
	},
	'missing-kinh-gui': {
		description: 'A công văn must have a "Kính gửi:" line naming the bodies, organisations or people who deal with the matter.',
		messages: {
			missing: 'No "Kính gửi:" line found: a công văn names the addressees who deal with the matter before the body of the letter.',
		},
	},
	'kinh-gui-format': {
		description:
			'"Kính gửi" takes a colon; a single addressee goes on the same line; several addressees go one per line starting with "- " and ending with ";", the last one with ".".',
		messages: {
			missingColon: '"Kính gửi" must be followed by a colon: "Kính gửi:".',
			singleOnOwnLine: 'The "Kính gửi" list has only one addressee: write it right after "Kính gửi:" on the same line, without a dash.',
			bullet: 'Each addressee of the "Kính gửi" list must start with a dash "- ": "{name}".',
			entryEnd: 'The addressee "{name}" of the "Kính gửi" list must end with a semicolon ";" (only the last one ends with a full stop).',
			lastEnd: 'The last addressee "{name}" of the "Kính gửi" list must end with a full stop ".".',
			listOnLabelLine: 'Several addressees in "Kính gửi": the list starts on the line below "Kính gửi:", one addressee per line.',
			dashOnLabel: 'The "Kính gửi" list has only one addressee: write it right after "Kính gửi:", without a dash: "Kính gửi: {name}".',
			listEnds:
				'The "Kính gửi" list is punctuated wrongly on {count} lines: each addressee ends with a semicolon ";", the last one with a full stop ".".',
		},
	},
	'kinh-gui-single-period': {
		description: 'A single addressee on the "Kính gửi:" line takes no full stop at the end ("Kính gửi: Bộ Nội vụ").',
		messages: { period: 'A single addressee on the "Kính gửi:" line needs no full stop at the end.' },
	},
	'viet-hoa-ten-rieng': {
		description:
			'Some common names of bodies, titles and holidays must be capitalised as Appendix II says ("Bộ Y tế", "Ban Chỉ đạo", "Phó Chủ tịch", "tết Nguyên đán").',
		messages: { wrongCase: 'Write "{right}" instead of "{wrong}" ({basis}).' },
	},
	'duplicate-item-number': {
		description: 'Two parts, chapters, sections, articles, clauses or points of the same level must not have the same number or letter.',
		messages: {
			duplicate: 'The {kind} "{marker}" repeats the number of the {kind} on line {line}.',
			duplicateParagraph: 'The {kind} "{marker}" repeats the number of the {kind} in paragraph {paragraph}.',
			first: 'The first {kind} "{marker}".',
			renumber: 'Renumber from this {kind} on.',
		},
		texts: {
			'{kind} "{marker}" đầu tiên.': 'The first {kind} "{marker}".',
			'{kind} "{marker}" cùng số.': 'The {kind} "{marker}" with the same number.',
			'Đánh số lại từ {kind} "{marker}" trở đi.': 'Renumber from {kind} "{marker}" on.',
		},
		data: { kind: ITEM_KINDS },
	},
	'citation-date-after-letter': {
		description: 'A cited document cannot have been issued after the letter that cites it.',
		messages: {
			after: '{type} số {number} is dated {cited}, after the issue date of this letter ({own}).',
			afterMonth: '{type} số {number} is dated {cited}, after the month of issue of this letter ({own}).',
		},
		texts: { 'Ngày ban hành của văn bản này.': 'The issue date of this letter.' },
		data: { own: { patterns: { 'ngày {date}': '{date}', 'tháng {month} năm {year}': '{month}/{year}' } } },
	},
	'item-sequence': {
		description:
			'Parts, chapters, sections, articles, clauses and points of the same level must be numbered in sequence and in order, starting at 1 (or I, a) within each parent.',
		messages: {
			start: 'The first {kind} is "{marker}": the numbering must start at "{expected}".',
			skipped: 'The {kind} numbering is not continuous: "{marker}" follows "{previous}", {missing} missing.',
			outOfOrder: 'The {kind} "{marker}" comes after "{previous}": wrong order.',
			typo: 'The {kind} "{marker}" is probably "{expected}": it stands between "{previous}" and "{next}".',
			prefix: '"{marker}" stands in clause "{parent}": its number must start with "{prefix}".',
			unlabelled: 'This paragraph is probably "{expected}": it stands between "{previous}" and "{next}" without an article number.',
		},
		texts: {
			'{kind} "{marker}" đứng trước.': 'The preceding {kind} "{marker}".',
			'{kind} "{marker}" đứng sau.': 'The following {kind} "{marker}".',
			'khoản "{marker}".': 'Clause "{marker}".',
			'Sửa thành "{marker}".': 'Change it to "{marker}".',
			'Đánh số lại từ {kind} "{marker}" trở đi.': 'Renumber from {kind} "{marker}" on.',
			'Thêm "{marker}".': 'Add "{marker}".',
		},
		data: { kind: ITEM_KINDS, missing: { patterns: { 'từ {first} đến {last}': '{first} to {last}' } } },
	},
	'can-cu-punctuation': {
		description: 'Each legal basis ("Căn cứ") ends with a semicolon ";", and the last line of the block with a full stop ".".',
		messages: {
			semicolon: 'A legal basis that is not the last line of the block ends with a semicolon ";", not "{found}".',
			period: 'The last line of the legal bases ends with a full stop ".", not "{found}".',
			missingSemicolon: 'The legal basis has no final punctuation: end it with a semicolon ";".',
			missingPeriod: 'The last line of the legal bases has no final punctuation: end it with a full stop ".".',
		},
	},
	'diem-letter-order': {
		description: 'Points are lettered in the order of the Vietnamese alphabet (a, b, c, d, đ, e, g, h, i, k …), without f, j, w, z.',
		messages: {
			foreignLetter: 'Point "{marker}": the letter "{letter}" is not in the Vietnamese alphabet; {hint}.',
			missingDj:
				'Point "{marker}" comes right after "d)": in the Vietnamese alphabet "d)" is followed by "đ)" (this letter already uses "đ)").',
		},
		texts: { 'Đánh lại chữ các điểm từ "{marker}" trở đi.': 'Re-letter the points from "{marker}" on.' },
		data: {
			hint: {
				patterns: {
					'sau "{previous}" là "{expected}"': '"{previous}" is followed by "{expected}"',
					'điểm đầu tiên là "a)"': 'the first point is "a)"',
				},
			},
		},
	},
	'closing-mark': {
		description: 'The body of the letter should end with the mark "./." right after its last word, as in the models of Appendix III.',
		messages: {
			missing: 'The body of the letter should end with the mark "./." right after its last word (for example "… thực hiện./.").',
			spaced: 'The closing mark "{written}" has spaces; write "./." without them.',
		},
	},
	'citation-incomplete': {
		description:
			'The first citation of a document must give its type name, number and symbol, date of issue, issuing body and subject summary (a law or ordinance: only its type and name).',
		messages: {
			incomplete:
				'The first citation of "{citation}" lacks {missing} (give the type name, number and symbol, date of issue, issuing body and subject summary).',
		},
		data: {
			missing: {
				separator: ', ',
				patterns: {
					'thời gian ban hành': 'the date of issue',
					'cơ quan ban hành': 'the issuing body',
					'trích yếu nội dung': 'the subject summary',
				},
			},
		},
	},
	'citation-missing-trich-yeu': {
		description: 'The first citation of a document gives its date and issuing body but states its subject summary nowhere in its clause.',
		messages: {
			missing: 'The first citation of "{citation}" does not state the subject summary (for example "về …").',
		},
	},
	'citation-number-malformed': {
		description:
			'The number and symbol of a cited document are written with abbreviations, not with an agency name spelt out in the symbol.',
		messages: {
			word: '{type} số {number}: the group "{group}" of the symbol is a word, not an abbreviation (for example "NĐ-CP", not "NĐ-Chính phủ").',
		},
	},
	'text-artefact': {
		description:
			'A space lost between two words, or a word or number split by a space, in the body, or a line that is only a file path: usually left by copying the text from a PDF or Word file.',
		messages: {
			glued: 'A space is missing before or after "{word}" (usually left by copying the text).',
			split: 'The word or number "{written}" is split by a space (usually left by copying the text from a PDF).',
			filePath: 'The line "{path}" is a file path, not part of the letter: remove it.',
		},
	},
	'citation-type-mismatch': {
		description: "The type name of a cited document must match the type abbreviation in that document's symbol.",
		messages: {
			mismatch: '"{citation}": the symbol "{abbreviation}" belongs to a {abbreviationType}, which does not match the type name "{type}".',
		},
	},
	'citation-generic-type': {
		description:
			'A cited document is named by its type ("Thông báo số …"), not generically as "Văn bản số …" when its symbol tells the type.',
		messages: {
			generic:
				'"{citation}": the symbol "{abbreviation}" shows that this is a {type}; write the type name "{type}" instead of "{written}".',
		},
		texts: { 'Ghi tên loại "{type}".': 'Write the type name "{type}".' },
	},
	'citation-generic-cong-van': {
		description: 'A "Văn bản số …" whose symbol has no type abbreviation is a công văn: write "Công văn số …".',
		messages: {
			congVan: '"{citation}": the symbol has no type abbreviation, so this is a công văn; write "Công văn" instead of "{written}".',
		},
		texts: { 'Ghi "{type}".': 'Write "{type}".' },
	},
	'citation-year-mismatch': {
		description: 'The year in the number of a cited legal normative document must be the year of the issue date given with it.',
		messages: {
			mismatch:
				'{type} số {number}: the year in the number ({numberYear}) differs from the year of the issue date given with it ({dateYear}).',
		},
		texts: { 'Ngày ban hành ghi kèm.': 'The issue date given with it.' },
	},
	'citation-type-lowercase': {
		description: 'The type name of a specific cited document starts with a capital letter ("Công văn số …", "Kế hoạch số …").',
		messages: { lowercase: 'The type name of a specific document starts with a capital letter: "{written}" → "{fixed}".' },
	},
	'citation-date-invalid': {
		description: 'The issue date given with a cited document must exist in the calendar.',
		messages: {
			badMonth: '{type} số {number} is dated "{date}": there is no month {month}.',
			badDay: '{type} số {number} is dated "{date}": month {month} of {year} has no day {day}.',
		},
	},
	'missing-closing': {
		description:
			'The end of the letter (recipients and signature) was not found: it may have been cut when the text was copied; one warning instead of several findings.',
		messages: {
			missing:
				"The end of the letter (recipients, signature and the signer's name) was not found: it may have been cut when the text was copied. A letter must have these parts.",
		},
	},
	'missing-noi-nhan': {
		description: 'A letter must have a "Nơi nhận:" (recipients) block listing the recipients and ending with "- Lưu: VT, …".',
		messages: { missing: 'The letter has no "Nơi nhận:" (recipients) block (bottom left, level with the signature).' },
		texts: {
			'Thêm phần "Nơi nhận:" trước khối chữ ký.': 'Add a "Nơi nhận:" block before the signature block.',
		},
	},
	'unknown-unit': {
		description:
			'The unit abbreviation in the symbol (its last group) and on the "- Lưu:" line must be a unit of the team profile (.congvan/profile.json, "donVi"); checked only when there is a profile.',
		messages: {
			inKyHieu: 'The unit "{unit}" in the symbol is not among the units of the team profile ({known}).',
			inLuu: 'The unit "{unit}" on the Lưu line is not among the units of the team profile ({known}).',
		},
		texts: { 'Sửa thành "{unit}" ({name}).': 'Change to "{unit}" ({name}).' },
	},
	'noi-nhan-punctuation': {
		description: 'Each recipient line starts with "-" and ends with ";"; the last line (the Lưu line) ends with ".".',
		messages: {
			dash: 'A recipient line must start with a dash "-" (it starts with "{found}").',
			semicolon: 'A recipient line must end with a semicolon ";" (it ends with "{found}").',
			missingSemicolon: 'A recipient line must end with a semicolon ";".',
			period: 'The last line of the Nơi nhận block must end with a full stop "." (it ends with "{found}").',
			missingPeriod: 'The last line of the Nơi nhận block must end with a full stop ".".',
		},
	},
	'item-marker-format': {
		description: 'An article is written "Điều 1." and a clause "1." (Arabic number and full stop), not "Điều 1:" or "1 -".',
		messages: {
			dieu: 'The article number takes a full stop: "{expected}" (it is "{written}").',
			khoan: 'A clause is numbered with a number and a full stop: "{expected}" (it is "{written}").',
			bare: 'A clause is numbered with a number and a full stop, on the line of its text: "{expected}" (it is "{written}" on a line of its own).',
		},
	},
	'trich-yeu-abbreviation': {
		description: 'The subject line should not abbreviate document types or bodies ("NĐ của CP" is written "Nghị định của Chính phủ").',
		messages: {
			abbreviated: 'Write the subject line in full, without abbreviations: {list}.',
		},
	},
	'co-quan-viet-tat': {
		description: 'The name of the issuing body in the header must be written in full, not abbreviated ("SỞ VH VÀ TT").',
		messages: {
			abbreviated: 'The issuing body\'s name "{name}" holds the abbreviations {words}: the issuing body\'s name must be written in full.',
		},
	},
	'quyet-dinh-colon': {
		description:
			'The line that opens the operative part of a decision is written "QUYẾT ĐỊNH:" ("QUYẾT NGHỊ:"), with a colon, before "Điều 1.".',
		messages: {
			missingColon: 'The "{word}" that opens the operative part takes a colon: "{word}:".',
		},
	},
	'chuc-vu-viet-tat': {
		description: 'The signer\'s title is written in full, not abbreviated ("CHÁNH VĂN PHÒNG", not "CHÁNH VP UBND").',
		messages: {
			abbreviated:
				'The title "{title}" holds the abbreviations {words}: write the signer\'s title in full, without abbreviations and without the agency name.',
		},
	},
	'label-punctuation': {
		description:
			'"Số:", "Kính gửi:" and "Nơi nhận:" are written with the colon right after the word, without a space before it; the place and date line has no full stop at its end.',
		messages: {
			spaceBeforeColon: 'Extra space before the colon: write "{label}:".',
			dateEndsWithPeriod: 'The place and date line takes no full stop at its end.',
		},
	},
	'noi-nhan-entry-dash': {
		description: 'A recipient line without its dash "-" (often lost when the letter was copied), or starting with a long dash "–".',
		messages: {
			longDash: 'The dash of this recipient line is a long dash "{found}": use a hyphen "-".',
			noDash: 'The recipient line "{name}" has no dash "-" (it may have been lost when the letter was copied).',
		},
		texts: { 'Chèn "- " ở đầu dòng.': 'Insert "- " at the start of the line.' },
	},
	'noi-nhan-luu': {
		description: 'The last line of the Nơi nhận block must be "- Lưu: VT, <drafting unit>.": the word "Lưu", a colon, then "VT".',
		messages: {
			missing: 'The Nơi nhận block lacks its last line "- Lưu: VT, <drafting unit>.".',
			notLast: 'The "Lưu" line must be the last line of the Nơi nhận block.',
			noColon: '"Lưu" must be followed by a colon: "- Lưu: VT, …".',
			noVt: '"Lưu:" must be followed by the abbreviation "VT" (records office), then the drafting unit: "- Lưu: VT, …" (it reads "{found}").',
			defects: 'The "Lưu" line is not in the required form: {defects}; write "- Lưu: VT, <drafting unit>.".',
		},
		data: {
			defects: {
				separator: '; ',
				patterns: {
					'thiếu dấu hai chấm sau "Lưu"': 'no colon after "Lưu"',
					'thiếu "VT" (Văn thư)': '"VT" (records office) is missing',
					'các đơn vị đặt trong ngoặc': 'the units are in brackets',
					'các đơn vị ngăn cách bằng dấu chấm phẩy': 'the units are separated by semicolons',
				},
			},
		},
	},
	'noi-nhan-nhu-tren': {
		description: 'When the letter has "Kính gửi", the first line of the Nơi nhận block must be "- Như trên;".',
		messages: {
			missing: 'The letter has "Kính gửi", so the first line of the Nơi nhận block must be "- Như trên;".',
			notFirst: '"Như trên" must be the first line of the Nơi nhận block.',
			variant: 'The first line of the Nơi nhận block must be "- Như trên;" (it reads "{found}").',
		},
		texts: {
			'Chuyển "- Như trên;" lên đầu phần Nơi nhận.': 'Move "- Như trên;" to the top of the Nơi nhận block.',
			'Thay bằng "- Như trên".': 'Replace with "- Như trên".',
		},
	},
	'noi-nhan-unit-mismatch': {
		description:
			'The unit abbreviation on the "- Lưu:" line is close to, but not the same as, the matching group of the letter\'s symbol (usually a typo).',
		messages: { nearMiss: 'The unit "{unit}" on the Lưu line is close to, but not the same as, "{group}" in the symbol "{kyHieu}".' },
		texts: {
			'"{group}" trong ký hiệu văn bản.': '"{group}" in the symbol of the letter.',
			'Sửa thành "{group}" như trong ký hiệu.': 'Change to "{group}" as in the symbol.',
		},
	},
	'noi-nhan-one-per-line': {
		description: 'Each recipient (or group of recipients) should have a line of its own, not two on one line separated by ";".',
		messages: { twoOnOneLine: 'Two recipients on one line; put "{second}" on a line of its own.' },
		texts: { 'Tách thành hai dòng.': 'Split into two lines.' },
	},
	'signing-prefix': {
		description:
			'The signing authority must be written exactly "TM.", "KT.", "TL.", "TUQ." or "Q.", in capitals with a full stop, then one space and the title in capitals.',
		messages: {
			malformed: 'The signing authority "{written}" must be written "{canonical}", then one space and the title in capitals: "{expected}".',
			lowerCaseTitle: 'After "{canonical}" the title (or the name of the collective body) must be in capitals: "{expected}".',
			missingSpace: 'A space is missing after "{canonical}": "{expected}".',
			missingPeriod: 'A period is missing after "{written}": "{expected}".',
			agencyName: 'After "{canonical}" write only the head\'s title, not the agency name "{agency}": "{expected}".',
			malformedAgency:
				'The signing authority "{written}" must be written "{canonical}", then one space and the head\'s title, without the agency name "{agency}": "{expected}".',
			missingSpaceAgency:
				'A space is missing after "{canonical}"; then write only the title, not the agency name "{agency}": "{expected}".',
			missingPeriodAgency:
				'A period is missing after "{written}"; then write only the title, not the agency name "{agency}": "{expected}".',
			lowerCaseAuthority: 'The signer\'s title must be in capitals: "{expected}" (written "{written}").',
			collectiveAuthority:
				'The head signs on behalf of the collective body: the authority line is "TM. {collective}", with the title in capitals "{expected}" below it (written "{written}").',
		},
		texts: {
			'Sửa thành "{expected}".': 'Change to "{expected}".',
			'Bỏ tên cơ quan "{agency}".': 'Remove the agency name "{agency}".',
			'Thêm dòng "{authority}" trên "{title}".': 'Add the line "{authority}" above "{title}".',
		},
	},
	'signature-incomplete': {
		description:
			'The signature block must have the authority and title line in capitals, the signer\'s own title after "TM.", "KT.", "TL.", "TUQ.", and the signer\'s full name.',
		messages: {
			notFound: 'No signature block (authority, title and full name of the signer) found at the end of the letter.',
			noTitle: 'Incomplete signature block: no authority and title line in capitals above "{name}".',
			noOwnTitle:
				'Incomplete signature block: "{line}" must be followed by the signer\'s own title (for example "{line}", then "{example}").',
			noName: 'Incomplete signature block: no full name of the signer below "{line}".',
			noOwnTitleNoName:
				'Incomplete signature block: "{line}" must be followed by the signer\'s own title and full name (for example "{line}", then "{example}" and the name).',
			noAuthority: 'Incomplete signature block: a deputy signs for the head, so "{line}" needs the line "{authority}" above it.',
		},
	},
	'signature-name-case': {
		description: 'The signer\'s full name is written with a capital at the start of each syllable ("Nguyễn Văn An"), not all in capitals.',
		messages: {
			upperCase: 'The signer\'s name "{found}" is not written all in capitals; write "{expected}".',
			notCapitalised: 'The signer\'s name "{found}" takes a capital at the start of each syllable: "{expected}".',
		},
		texts: { 'Sửa thành "{expected}".': 'Change to "{expected}".' },
	},
	'signature-degree': {
		description: 'No academic title, degree or honorary title before the signer\'s name ("TS.", "ThS.", "PGS.TS.", "GS.").',
		messages: {
			degree:
				'No academic title, degree or honorary title "{degree}" before the signer\'s name (except in armed units and in education, health and science bodies that have their own rules).',
		},
		texts: { 'Bỏ "{degree}" trước họ tên.': 'Remove "{degree}" before the name.' },
	},
	'tone-mark-style': {
		description: 'A letter should place tone marks in one consistent style (the old "hòa, ủy" or the new "hoà, uỷ").',
		messages: {
			mixed:
				'The letter mixes two styles of tone marks: {old} words in the old style (such as "{oldExample}") and {new} in the new style (such as "{newExample}"). Use one style throughout.',
		},
	},
	'page-size': {
		description: 'Letters are laid out on A4 paper (210 x 297 mm), portrait; only an appendix with tables may be set in landscape.',
		messages: {
			notA4: 'The paper of the letter is {paper} ({width} x {height} mm), not A4 (210 x 297 mm).',
			landscape:
				'The first page of the letter is set in landscape: letters are laid out in portrait on A4; only an appendix with tables may be landscape.',
			unknown: 'The Word file has no page setup (paper size, margins): the paper size and margins cannot be checked.',
		},
		data: { paper: { patterns: { 'Letter (Mỹ)': 'US Letter', 'Legal (Mỹ)': 'US Legal', 'khổ khác': 'another size' } } },
	},
	'page-margins': {
		description: 'Page margins: top and bottom 20 to 25 mm from the edge, left 30 to 35 mm, right 15 to 20 mm.',
		messages: {
			outOfRange: 'Page margins outside the required range: {sides}.',
			notChosen: 'Page margins differ from the team\'s choice (team profile, "layout.margins"): {sides}.',
		},
		data: { sides: MARGIN_SIDES },
	},
	'page-number': {
		description: 'Page numbers are centred in the top margin and shown from page 2; the first page shows no number.',
		messages: {
			none: 'The letter has no page numbers: a letter longer than one page shows page numbers from page 2, centred in the top margin.',
			firstPage:
				'The first page shows a page number: the number of the first page is not shown (set "Different First Page" for the header).',
			position: 'The page number is in the {place}, {align}: it must be centred in the top margin.',
		},
		data: {
			place: { patterns: { 'đầu trang': 'header', 'chân trang': 'footer' } },
			align: { patterns: { 'bên trái': 'on the left', 'ở giữa': 'centred', 'bên phải': 'on the right', 'căn đều': 'justified' } },
		},
	},
	'font-family': {
		description: 'Letters use the Times New Roman font, Unicode encoding (TCVN 6909:2001), in black.',
		messages: {
			font: 'Font "{font}" ({count} paragraphs): letters must use the {expected} font.',
		},
		texts: { 'Cũng dùng phông "{font}".': 'Also in the font "{font}".' },
	},
	'font-size': {
		description:
			'The font size of each component is within the range of Appendix I, e.g. national title 12 to 13, motto 13 to 14, body 13 to 14.',
		messages: {
			outOfRange: 'The size of {component} is {size} pt; Appendix I requires {range} pt.',
			notChosen: 'The size of {component} is {size} pt; the team chose {chosen} pt (team profile, "layout").',
		},
		data: { component: COMPONENTS, range: RANGE },
	},
	'text-style': {
		description:
			'The type style of each component per Appendix I: national title, motto, issuing body, type name, subject summary and signature block in bold; place and date in italic; "Nơi nhận:" in bold italic; "V/v" upright.',
		messages: {
			notBold: 'Set {component} in bold.',
			notItalic: 'Set {component} in italic.',
			italic: 'Set {component} upright, not in italic.',
		},
		data: { component: COMPONENTS },
	},
	'rule-line': {
		description:
			'A solid horizontal line as wide as the text goes under the motto; a line of 1/3 to 1/2 of the text goes under the issuing body (and under the subject summary of a named document).',
		messages: {
			missing: 'No horizontal line found under {component}.',
			tooShort: 'The line under {component} is {length} pt long, shorter than required ({expected}).',
			tooLong: 'The line under {component} is {length} pt long, longer than required ({expected}).',
		},
		data: {
			component: COMPONENTS,
			expected: {
				patterns: {
					'bằng dòng chữ, khoảng {width} pt': 'as wide as the text, about {width} pt',
					'từ {min} đến {max} dòng chữ, khoảng {low} đến {high} pt': '{min} to {max} of the text, about {low} to {high} pt',
				},
			},
		},
	},
	'body-spacing': {
		description: 'The body is justified on both margins; line spacing is from single (1) to 1.5 lines.',
		messages: {
			align: 'Body paragraph {align} ({count} paragraphs): the body must be justified on both margins.',
			lineSpacing: 'Line spacing {value} lines ({count} paragraphs): Appendix I requires {range} lines.',
			notChosen: 'Line spacing {value} lines ({count} paragraphs): the team chose {chosen} lines (team profile, "layout.lineSpacing").',
		},
		data: {
			align: { patterns: { 'căn trái': 'aligned left', 'căn giữa': 'centred', 'căn phải': 'aligned right', 'căn đều': 'justified' } },
			range: RANGE,
		},
		texts: { 'Cũng không căn đều hai lề.': 'Also not justified.', 'Cũng giãn dòng như vậy.': 'Same line spacing.' },
	},
	'internal-error': {
		description: 'A congvan rule failed with an internal error on this letter; the other rules still ran.',
		messages: {
			crashed: 'The rule "{rule}" failed with an internal error and was skipped: {error}. Please report this to the congvan developers.',
		},
	},
};
