// A reading of the authority line of a signature block: the head's title after "KT.", "TL.", "TUQ." or "Q.",
// and an agency name written after it ("KT. GIÁM ĐỐC SỞ VĂN HÓA", "TL. BỘ TRƯỞNG BỘ TÀI CHÍNH"), which R6.1
// leaves out: the prefix stands before the head's title only. Only the titles of heads listed here, followed by
// a word that starts an agency's name, are read, so that a title of several words ("CHÁNH VĂN PHÒNG",
// "TRƯỞNG BAN CHỈ ĐẠO") is never cut.

// Titles of the head of an agency, longest first so that "TỔNG CỤC TRƯỞNG" wins over "CỤC TRƯỞNG".
const HEAD_TITLES = [
	'TỔNG CỤC TRƯỞNG',
	'CHI CỤC TRƯỞNG',
	'CHÁNH VĂN PHÒNG',
	'CHÁNH THANH TRA',
	'TỔNG GIÁM ĐỐC',
	'BỘ TRƯỞNG',
	'CỤC TRƯỞNG',
	'VỤ TRƯỞNG',
	'VIỆN TRƯỞNG',
	'HIỆU TRƯỞNG',
	'TRƯỞNG BAN',
	'TRƯỞNG PHÒNG',
	'CHỦ TỊCH',
	'GIÁM ĐỐC',
	'THỦ TRƯỞNG',
];

// The first words of an agency's name, spelled out or in the usual abbreviations.
const AGENCY_START =
	/^(?:BỘ|SỞ|UBND|UB|HĐND|ỦY BAN|UỶ BAN|CỤC|TỔNG CỤC|CHI CỤC|VỤ|VIỆN|VĂN PHÒNG|VP|BAN|PHÒNG|TRUNG TÂM|TRƯỜNG|BỆNH VIỆN|CÔNG TY|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ)(?![\p{L}\p{N}])/u;

/** The head's title and the agency name after it, as offsets into the title text. */
export interface TitleWithAgency {
	/** The head's title as written ("GIÁM ĐỐC"). */
	head: string;
	/** The agency name after it ("SỞ VĂN HÓA"), starting at `agencyStart` in the title. */
	agency: string;
	/** Where the space before the agency starts, and where the agency starts, in the title text. */
	headEnd: number;
	agencyStart: number;
}

/**
 * Reads "GIÁM ĐỐC SỞ VĂN HÓA" (the text after the prefix, leading spaces allowed) as a head's title and an agency
 * name; undefined when the text is not a known head's title followed by the start of an agency's name.
 */
export function titleWithAgency(title: string): TitleWithAgency | undefined {
	const lead = title.length - title.trimStart().length;
	const text = title.slice(lead).trimEnd();
	for (const head of HEAD_TITLES) {
		if (!text.startsWith(`${head} `)) {
			continue;
		}
		const rest = text.slice(head.length);
		const agency = rest.trimStart();
		if (!AGENCY_START.test(agency)) {
			return undefined;
		}
		const headEnd = lead + head.length;
		return { head, agency, headEnd, agencyStart: headEnd + (rest.length - agency.length) };
	}
	return undefined;
}

// Titles a signer writes as the whole authority line when no prefix is used, in any case ("Chủ tịch", "Giám
// đốc", "Phó Giám đốc"): the heads' titles above, their deputies', and the few titles of deputies with a name of
// their own.
const SIGNER_TITLES = new Set([
	...HEAD_TITLES,
	...HEAD_TITLES.map((title) => `PHÓ ${title}`),
	'THỨ TRƯỞNG',
	'PHÓ CHÁNH VĂN PHÒNG',
	'PHÓ CHÁNH THANH TRA',
]);

/**
 * The title in capitals when a whole line, in any case, is a signer's known title ("Chủ tịch" → "CHỦ TỊCH");
 * undefined for any other line (a line with more words, punctuation or a name).
 */
export function signerTitleLine(text: string): string | undefined {
	const upper = text
		.trim()
		.replace(/[ \t]+/gu, ' ')
		.toUpperCase();
	return SIGNER_TITLES.has(upper) ? upper : undefined;
}

/**
 * The head's title that a deputy's title stands under ("PHÓ GIÁM ĐỐC" → "GIÁM ĐỐC", "THỨ TRƯỞNG" → "BỘ
 * TRƯỞNG"): a deputy signs for the head, under "KT. <head's title>" (reference R6.1). Undefined for any other
 * title line.
 */
const DEPUTY_OF = /^PHÓ (\p{Lu}[\p{Lu} ]*)$/u;

export function headOfDeputy(title: string): string | undefined {
	const text = title.trim().replace(/[ \t]+/gu, ' ');
	if (text === 'THỨ TRƯỞNG') {
		return 'BỘ TRƯỞNG';
	}
	const head = DEPUTY_OF.exec(text)?.[1];
	return head !== undefined && SIGNER_TITLES.has(`PHÓ ${head}`) ? head : undefined;
}
