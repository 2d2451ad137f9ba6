// A valid công văn skeleton for rule tests: each case changes one part and keeps the rest correct.
// Every part is a string of whole lines; pass null to leave a part out.

/** The parts of a letter, in the order they are written. */
export interface LetterParts {
	agency: string | null;
	quocHieu: string | null;
	so: string | null;
	vv: string | null;
	date: string | null;
	kinhGui: string | null;
	body: string | null;
	noiNhan: string | null;
	signature: string | null;
}

/** The parts of a correct letter. */
export const VALID_PARTS: LetterParts = {
	agency: 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG',
	quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
	so: 'Số: 15/UBND-VP',
	vv: 'V/v triển khai kế hoạch công tác\nnăm 2021',
	date: 'Cao Bằng, ngày 05 tháng 02 năm 2021',
	kinhGui: 'Kính gửi: Các sở, ban, ngành tỉnh',
	body: [
		'Thực hiện Công văn số 216/BNV-VP ngày 28/01/2021 của Bộ Nội vụ về việc triển khai kế hoạch công tác năm 2021, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:',
		'',
		'1. Rà soát, bổ sung kế hoạch công tác của cơ quan, đơn vị; gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 15/3/2021.',
		'',
		'2. Báo cáo kết quả thực hiện định kỳ hằng quý.',
		'',
		'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
	].join('\n'),
	noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.',
	signature: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An',
};

/** Builds a letter from the valid parts with some of them replaced. Parts are separated by a blank line. */
export function buildLetter(changes: Partial<LetterParts> = {}): string {
	const parts = { ...VALID_PARTS, ...changes };
	const order: (keyof LetterParts)[] = ['agency', 'quocHieu', 'so', 'vv', 'date', 'kinhGui', 'body', 'noiNhan', 'signature'];
	return order
		.map((key) => parts[key])
		.filter((part): part is string => part !== null)
		.join('\n\n');
}
