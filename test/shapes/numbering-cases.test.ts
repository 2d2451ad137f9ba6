// Every case of groups C (body numbering), G8 (one finding per defect), H4 (decimal numbering) and H7 (căn cứ
// punctuation) of reference/real-world-shapes.md, with the expected outcome. Each example replaces the numbered
// lines of its base letter (N's two khoản, or Q's căn cứ block); "line" counts lines of the example block.
import * as assert from 'node:assert/strict';
import { lintText, LineIndex, type Problem } from '../../server/src/core/index';
import { parseLetter } from '../../server/src/core/letter';
import { BASE_N, BASE_Q, replaceBlock } from '../letter/base-letters';

const config = { today: { year: 2026, month: 11, day: 22 } };
const N_ITEMS = '1. Rà soát danh sách diễn viên quần chúng.\n2. Gửi đăng ký về Văn phòng Sở trước ngày 30/3/2024.';
const Q_CAN_CU =
	'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi;\nTheo đề nghị của Chánh Văn phòng Sở.';

/** Base N with its two khoản replaced by `block`, and the line of the letter where the block starts. */
function inN(block: string): { text: string; first: number } {
	const text = replaceBlock(BASE_N.clean, N_ITEMS, block);
	return { text, first: BASE_N.clean.slice(0, BASE_N.clean.indexOf(N_ITEMS)).split('\n').length };
}

/** Base Q with its căn cứ block replaced by `block`. */
function inQ(block: string): { text: string; first: number } {
	const text = replaceBlock(BASE_Q.clean, Q_CAN_CU, block);
	return { text, first: BASE_Q.clean.slice(0, BASE_Q.clean.indexOf(Q_CAN_CU)).split('\n').length };
}

/** The findings as "rule:line", lines counted in the block, for the rules this file is about. */
function findings(letter: { text: string; first: number }, rules: readonly string[]): { keys: string[]; problems: Problem[] } {
	const index = new LineIndex(letter.text);
	const problems = lintText(letter.text, config).filter((p) => rules.includes(p.ruleId));
	const keys = problems.map((p) => `${p.ruleId}:${index.positionAt(p.range.start).line + 1 - letter.first + 1}`).sort();
	return { keys, problems };
}

const NUMBERING = ['item-sequence', 'duplicate-item-number', 'diem-letter-order'];

interface Case {
	id: string;
	block: string;
	expected: string[];
}

const CASES: readonly Case[] = [
	{
		id: 'C1 long-line-swallows-heading: a heading that continues the sequence starts an item',
		block:
			'1. Lịch tổng duyệt\nCác đơn vị tổng duyệt theo lịch riêng tại hội trường lớn của Nhà văn hóa tỉnh\n2. Hồ sơ đăng ký\nẢnh chân dung.\n3. Kết quả',
		expected: [],
	},
	{
		id: 'C1 after a long table row, a Roman heading that continues its sequence is not swallowed',
		block:
			'I. Thành phần\n1. Nhà văn hóa tỉnh.\n2. Đoàn ca múa tỉnh.\nĐơn vị tổng duyệt theo lịch riêng tại hội trường lớn của Nhà văn hóa tỉnh Ninh Thuận\nII. Thời gian\n1. Tổng duyệt ngày 20/3/2024.\n2. Biểu diễn ngày 25/3/2024.',
		expected: [],
	},
	{
		id: 'C2 quoted-amendment: items inside quotation marks number on their own',
		block:
			'1. Sửa đổi Điều 5 như sau:\n“1. Hội thi tổ chức mỗi năm một lần;\n2. Mỗi đơn vị đăng ký tối đa hai tiết mục.”\n2. Sửa đổi khoản 3 Điều 7 như sau:\n"3. Hồ sơ gửi trước ngày 30/3/2024."',
		expected: [],
	},
	{
		id: 'C2 a defect inside the quoted text is checked against the quoted text alone',
		block:
			'1. Sửa đổi Điều 5 như sau:\n“1. Hội thi tổ chức mỗi năm một lần;\n1. Mỗi đơn vị đăng ký tối đa hai tiết mục.”\n2. Sửa đổi khoản 3 Điều 7.',
		expected: ['duplicate-item-number:3'],
	},
	{
		id: 'C3 higher-label-inside-khoan: Phần I, Phần II inside khoản 2',
		block:
			'1. Yêu cầu chung.\n2. Cấu trúc báo cáo gồm các phần sau:\nPhần I. Giới thiệu: nêu mục đích của hội thi.\nPhần II. Kết quả: nêu kết quả đạt được.\n3. Gửi báo cáo trước ngày 30/3/2024.',
		expected: [],
	},
	{
		id: 'C3 Roman headings inside khoản 2',
		block: '1. Mục đích.\n2. Nội dung hoạt động\nI. Nhóm văn nghệ\n1 Tập luyện\nII. Nhóm thể thao\n3. Kinh phí.',
		expected: [],
	},
	{
		id: 'C4 decimal-sub-items: điểm restart under each decimal item',
		block:
			'1. Về hồ sơ\n1.1. Hồ sơ giấy\na) Đơn đăng ký;\nb) Danh sách diễn viên.\n1.2. Hồ sơ điện tử\na) Tệp đăng ký;\nb) Tệp hình ảnh.\n2. Về thời hạn.',
		expected: [],
	},
	{
		id: 'C5 table-row-numbers after a TT header',
		block:
			'1. Danh sách đơn vị tham gia:\nTT Đơn vị Số tiết mục\n1. Nhà văn hóa tỉnh 3\n2. Đoàn ca múa 4\n2. Thời hạn đăng ký: trước ngày 30/3/2024.',
		expected: [],
	},
	{
		id: 'C5 table rows with cells joined by TAB',
		block: '1. Danh sách đơn vị tham gia:\n1.\tNhà văn hóa tỉnh\t3\n2.\tĐoàn ca múa\t4\n2. Thời hạn đăng ký: trước ngày 30/3/2024.',
		expected: [],
	},
	{
		id: 'C5 a Word list number followed by one TAB is still an item',
		block: '1.\tRà soát danh sách diễn viên.\n3.\tGửi đăng ký trước ngày 30/3/2024.',
		expected: ['item-sequence:2'],
	},
	{
		id: 'G8 item-sequence-cascade: one finding on the mistyped 12',
		block: '1. Mục đích.\n2. Yêu cầu.\n12. Nội dung.\n4. Thời gian.\n5. Kinh phí.\n6. Tổ chức thực hiện.',
		expected: ['item-sequence:3'],
	},
	{
		id: 'G8 two items with one number: the mistyped one is blamed',
		block: '1. Mục đích.\n2. Yêu cầu.\n4. Nội dung.\n4. Thời gian.\n5. Kinh phí.',
		expected: ['duplicate-item-number:3'],
	},
	{
		id: 'G8 a real gap is still reported once',
		block: '1. Mục đích.\n2. Yêu cầu.\n4. Thời gian.\n5. Kinh phí.',
		expected: ['item-sequence:3'],
	},
	{
		id: 'H4 decimal-numbering: 8.4. twice',
		block:
			'8. Tổ chức thực hiện\n8.1. Ban tổ chức chỉ đạo chung.\n8.2. Các đơn vị chuẩn bị.\n8.3. Văn phòng Sở tổng hợp kết quả.\n8.4. Các phòng chuyên môn phối hợp.\n8.4. Các đơn vị trực thuộc đăng ký tiết mục.',
		expected: ['duplicate-item-number:6', 'item-sequence:1'],
	},
	{
		id: 'H4 decimal-numbering: 4.2.3. then 4.2.5.',
		block:
			'1. Mục đích.\n2. Yêu cầu.\n3. Nội dung.\n4. Tổ chức\n4.1. Thời gian.\n4.2. Địa điểm\n4.2.1. Hội trường lớn.\n4.2.2. Sân khấu ngoài trời.\n4.2.3. Nhà thi đấu.\n4.2.5. Quảng trường.',
		expected: ['item-sequence:10'],
	},
	{
		id: 'H4 a mistyped khoản is reported once: its decimal items show the number it should have',
		block: '1. Mục đích\n1.1. Phát hiện hạt nhân văn nghệ.\n1. Yêu cầu\n2.1. Tổ chức an toàn.\n2.2. Tiết kiệm.',
		expected: ['duplicate-item-number:3'],
	},
	{
		id: 'H4 decimal-numbering: 1. then 4.1.',
		block: '1. Tổ chức\n4.1. Thời gian.\n4.2. Địa điểm.\n2. Kinh phí.',
		expected: ['item-sequence:2'],
	},
];

describe('numbering as the drafter meant it (reference groups C, G8, H4)', () => {
	for (const c of CASES) {
		it(c.id, () => {
			assert.deepEqual(findings(inN(c.block), NUMBERING).keys, [...c.expected].sort());
		});
	}

	it('G8: the finding on 12 says "có lẽ là 3" and names both neighbours', () => {
		const { problems } = findings(inN(CASES.find((c) => c.id.startsWith('G8 item'))?.block ?? ''), NUMBERING);
		assert.equal(problems.length, 1);
		assert.match(problems[0]?.message ?? '', /"12\." có lẽ là "3\.": đứng giữa "2\." và "4\."/u);
		assert.equal(problems[0]?.related?.length, 2);
	});

	it('G8: the duplicate finding has the other item as related information', () => {
		const letter = inN('1. Mục đích.\n2. Yêu cầu.\n4. Nội dung.\n4. Thời gian.\n5. Kinh phí.');
		const { problems } = findings(letter, NUMBERING);
		const index = new LineIndex(letter.text);
		assert.equal(problems.length, 1);
		const related = problems[0]?.related?.[0];
		assert.ok(related);
		assert.equal(index.positionAt(related.range.start).line + 1 - letter.first + 1, 4);
	});

	it('C2: quoted items belong to the quoting item, numbered apart', () => {
		const letter = parseLetter(inN(CASES[2]?.block ?? '').text);
		const outer = letter.body?.items.filter((i) => i.kind === 'khoan') ?? [];
		assert.deepEqual(
			outer.map((i) => i.label),
			['1', '2'],
		);
		assert.deepEqual(
			outer[0]?.children.map((i) => [i.label, i.quote !== undefined]),
			[
				['1', true],
				['2', true],
			],
		);
	});

	it('H4: decimal items sit under the khoản whose number they extend, điểm under them', () => {
		const letter = parseLetter(inN(CASES[6]?.block ?? '').text);
		const first = letter.body?.items[0];
		assert.deepEqual(
			first?.children.map((i) => `${i.prefix ?? ''}${i.label}`),
			['1.1', '1.2'],
		);
		assert.deepEqual(
			first?.children[1]?.children.map((i) => i.label),
			['a', 'b'],
		);
	});

	it('C5: a table row is not an item', () => {
		const letter = parseLetter(inN(CASES[7]?.block ?? '').text);
		assert.deepEqual(
			letter.body?.allItems.map((i) => i.marker.text),
			['1.', '2.'],
		);
	});
});

describe('căn cứ punctuation (reference H7)', () => {
	const rule = ['can-cu-punctuation'];

	it('H7: "." before another căn cứ, and ";" at the end of the block', () => {
		const block =
			'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi.\nCăn cứ Kế hoạch số 45/KH-UBND ngày 02/02/2024 của UBND tỉnh về tổ chức các hoạt động văn hóa năm 2024;\nTheo đề nghị của Chánh Văn phòng Sở;';
		assert.deepEqual(findings(inQ(block), rule).keys, ['can-cu-punctuation:1', 'can-cu-punctuation:3']);
	});

	it('H7: a căn cứ with no final punctuation is reported', () => {
		const block =
			'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi\nTheo đề nghị của Chánh Văn phòng Sở.';
		assert.deepEqual(findings(inQ(block), rule).keys, ['can-cu-punctuation:1']);
	});

	it('H7: the base quyết định is clean', () => {
		assert.deepEqual(findings(inQ(Q_CAN_CU), rule).keys, []);
	});

	it('H7: the fix replaces only the final mark', () => {
		const block =
			'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi.\nTheo đề nghị của Chánh Văn phòng Sở.';
		const letter = inQ(block);
		const { problems } = findings(letter, rule);
		assert.equal(problems.length, 1);
		const edit = problems[0]?.fix?.[0];
		assert.ok(edit);
		assert.equal(letter.text.slice(edit.range.start, edit.range.end), '.');
		assert.equal(edit.text, ';');
	});
});

describe('attachments after the signature (reference I4)', () => {
	const attachment = (body: string): { text: string; first: number } => {
		const base = BASE_Q.clean.trimEnd();
		const head =
			base +
			'\nQUY CHẾ\nTổ chức hội thi văn nghệ năm 2024\n(Ban hành kèm theo Quyết định số 30/QĐ-SVHTT ngày 12/3/2024 của Giám đốc Sở Văn hóa và Thể thao)\n';
		return { text: head + body + '\n', first: head.split('\n').length };
	};
	const rules = [...NUMBERING, 'closing-mark', 'signature-incomplete', 'signature-name-case', 'noi-nhan-punctuation'];

	it('I4: an "f)" in the attached quy chế is a diem-letter-order error, and nothing else is reported', () => {
		const letter = attachment(
			'Điều 1. Trang thiết bị\nBan tổ chức bảo đảm:\na) Sân khấu;\nb) Phông nền;\nc) Bàn ghế;\nd) Nước uống;\nđ) Ánh sáng;\ne) Trang phục biểu diễn;\nf) Đạo cụ;\ng) Âm thanh.',
		);
		assert.deepEqual(findings(letter, rules).keys, ['diem-letter-order:9']);
	});

	it('I4: a skipped Điều in the attachment is reported', () => {
		const letter = attachment('Điều 1. Phạm vi điều chỉnh.\nĐiều 2. Đối tượng áp dụng.\nĐiều 4. Hồ sơ dự thi.\nĐiều 5. Tổ chức thực hiện.');
		assert.deepEqual(findings(letter, rules).keys, ['item-sequence:3']);
	});

	it('I4: the attachment is its own body; the letter keeps its three Điều and its signature', () => {
		const letter = parseLetter(attachment('Điều 1. Phạm vi điều chỉnh.\nĐiều 2. Đối tượng áp dụng.').text);
		assert.deepEqual(
			letter.body?.allItems.map((i) => i.marker.text),
			['Điều 1.', 'Điều 2.', 'Điều 3.'],
		);
		assert.deepEqual(
			letter.attachmentBody?.allItems.map((i) => i.marker.text),
			['Điều 1.', 'Điều 2.'],
		);
		assert.deepEqual(
			letter.signature?.lines.map((l) => l.text),
			['GIÁM ĐỐC', 'Lê Văn Hùng'],
		);
	});

	it('I4: the clean base quyết định with a clean attachment gets no finding', () => {
		const letter = attachment('Điều 1. Phạm vi điều chỉnh.\nĐiều 2. Đối tượng áp dụng:\na) Các đơn vị;\nb) Các cá nhân.');
		assert.deepEqual(
			lintText(letter.text, config).map((p) => p.ruleId),
			[],
		);
	});
});

describe('what is not a decimal item', () => {
	it('an amount or a decimal number at the start of a wrapped line continues its paragraph', () => {
		const block =
			'1. Số người tham gia hội thi năm nay dự kiến tăng mạnh so với năm trước, tổng cộng khoảng\n1.500 người, trong đó diễn viên quần chúng chiếm phần lớn.\n2. Kinh phí dự kiến\n2.5 triệu đồng cho mỗi đơn vị.';
		const letter = parseLetter(inN(block).text);
		assert.deepEqual(
			letter.body?.allItems.map((i) => i.marker.text),
			['1.', '2.'],
		);
		assert.deepEqual(findings(inN(block), NUMBERING).keys, []);
	});
});
