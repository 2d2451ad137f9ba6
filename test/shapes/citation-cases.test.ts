// Every case of groups D (citations), E1 lines 2–3 and E2 (text artefacts in citations), H5, H6, I1 and I2 of
// reference/real-world-shapes.md, each as the body of its base letter, with the citation findings a reviewer
// expects. Findings of other rules are listed too: a case expects exactly these.
import * as assert from 'node:assert/strict';
import { lintText, LineIndex, type Problem } from '../../server/src/core/index';
import { BASE_L, BASE_N, replaceBlock } from '../letter/base-letters';

const config = { today: { year: 2026, month: 11, day: 22 } };

const L_BODY =
	'Thực hiện Kế hoạch số 42/KH-UBND ngày 02 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh về tiết kiệm năng lượng, Ủy ban nhân dân tỉnh đề nghị các sở rà soát hệ thống đèn chiếu sáng công cộng, báo cáo trước ngày 30 tháng 6 năm 2024./.';
const N_BODY_FIRST =
	'Thực hiện Kế hoạch số 45/KH-UBND ngày 02/02/2024 của UBND tỉnh về tổ chức các hoạt động văn hóa năm 2024, Sở Văn hóa và Thể thao đề nghị các đơn vị:';
// The body of Base L starts on line 15.
const L_LINE = 15;
const N_LINE = 9;

/** Base L with its body replaced by `body` (lines joined by "\n"). */
const inL = (body: string): string => replaceBlock(BASE_L.clean, L_BODY, body);
/** Base N with its first body line replaced by `line`. */
const inN = (line: string): string => replaceBlock(BASE_N.clean, N_BODY_FIRST, line);
const END = ' Ủy ban nhân dân tỉnh đề nghị các sở rà soát./.';

interface Case {
	id: string;
	text: string;
	/** "rule:line" of every finding expected, lines of the whole letter. */
	findings: string[];
	/** Words each finding's message must hold (or must not, with "!"), by rule. */
	message?: Record<string, string[]>;
}

const CASES: readonly Case[] = [
	// D1: issuer or subject before the number, number and date in brackets after the description.
	{
		id: 'D1 line 1: issuers from the list label, the subject after the list',
		text: inL(
			'Xét đề nghị của Sở Công Thương (Công văn số 88/SCT-QLNL ngày 05/4/2024), ý kiến các sở: Tài chính (Công văn số 91/STC-GCS ngày 08/4/2024), Xây dựng (Công văn số 93/SXD-HT ngày 09/4/2024) về việc lắp đèn tiết kiệm năng lượng, Chủ tịch UBND tỉnh đồng ý./.',
		),
		findings: [],
	},
	{
		id: 'D1 line 2: subject and issuer before "tại Công văn số"',
		text: inL(
			'Về đề nghị hỗ trợ kinh phí lắp đèn tiết kiệm năng lượng của Sở Công Thương tại Công văn số 88/SCT-QLNL ngày 05/4/2024, Chủ tịch UBND tỉnh đồng ý./.',
		),
		findings: [],
	},
	{
		id: 'D1 line 3: number and date in brackets after the description',
		text: inL(
			'Xét báo cáo của Sở Công Thương về việc lắp đèn tiết kiệm năng lượng (Báo cáo số 88/BC-SCT ngày 05/4/2024), Chủ tịch UBND tỉnh đồng ý./.',
		),
		findings: [],
	},
	// D2.
	{
		id: 'D2: every Tờ trình after "(và) đề nghị của … tại" is exempt',
		text: inL(
			'Xét đề nghị của Sở Nội vụ tại Tờ trình số 31/TTr-SNV ngày 03/4/2024 và đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 47/TTr-STC ngày 06/4/2024, Chủ tịch UBND tỉnh đồng ý./.',
		),
		findings: [],
	},
	// D3: the number read whole.
	{
		id: 'D3 line 1: "45/KH - UBND", and a later clean mention',
		text: inL(
			'Thực hiện Kế hoạch số 45/KH - UBND ngày 02/02/2024 của UBND tỉnh về tổ chức các hoạt động văn hóa năm 2024, Ủy ban nhân dân tỉnh đề nghị các sở bám sát Kế hoạch số 45/KH-UBND./.',
		),
		findings: [],
	},
	{
		id: 'D3 line 2: "88/SCT- QLNL"',
		text: inL('Theo Công văn số 88/SCT- QLNL ngày 05/4/2024 của Sở Công Thương về lắp đèn tiết kiệm năng lượng,' + END),
		findings: [],
	},
	{
		id: 'D3 line 3: "12/HD-VH&TT"',
		text: inL('Thực hiện Hướng dẫn số 12/HD-VH&TT ngày 02/02/2024 của Sở Văn hóa và Thể thao về tổ chức hội thi,' + END),
		findings: [],
	},
	// D4: elements in another order or wording.
	{
		id: 'D4 line 1: issuer without "của"',
		text: inL('Thực hiện Nghị quyết số 12/NQ-HĐND ngày 05/4/2024 kỳ họp thứ mười Hội đồng nhân dân tỉnh về tiết kiệm năng lượng,' + END),
		findings: [],
	},
	{
		id: 'D4 line 2: date after the issuer',
		text: inL('Thực hiện Quyết định số 10/QĐ-UBND của UBND tỉnh ngày 02/02/2024 về ban hành quy chế hội thi,' + END),
		findings: [],
	},
	{
		id: 'D4 line 3: a bracketed abbreviation between issuer and subject',
		text: inL(
			'Căn cứ Thông tư số 12/2017/TT-BVHTT ngày 19/5/2017 của Bộ trưởng Bộ Văn hóa và Du lịch (VHDL) ban hành Quy định về hội thi,' + END,
		),
		findings: [],
	},
	{
		id: 'D4 line 4: the subject opens with a capitalised verb',
		text: inL(
			'Thực hiện Quyết định số 310/QĐ-TTg ngày 05 tháng 4 năm 2024 của Thủ tướng Chính phủ Phê duyệt Đề án tiết kiệm năng lượng, các sở rà soát./.',
		),
		findings: [],
	},
	{
		id: 'D4 line 5: "thông qua" opens the subject',
		text: inL('Căn cứ Nghị quyết số 12/NQ-HĐND ngày 02/02/2024 của Hội đồng nhân dân tỉnh thông qua danh mục lễ hội năm 2024,' + END),
		findings: [],
	},
	{
		id: 'D4 line 6: the date after "đề ngày"',
		text: inL('Trả lời Công văn số 88/SCT-QLNL đề ngày 05/4/2024 của Sở Công Thương về lắp đèn tiết kiệm năng lượng,' + END),
		findings: [],
	},
	{
		id: 'D4: a "đề ngày" citation really without issuer names the issuer only',
		text: inL('Trả lời Công văn số 88/SCT-QLNL đề ngày 05/4/2024 về lắp đèn tiết kiệm năng lượng,' + END),
		findings: [`citation-incomplete:${L_LINE}`],
		message: { 'citation-incomplete': ['cơ quan ban hành', '!thời gian', '!trích yếu'] },
	},
	// D5: the subject elsewhere in the clause.
	{
		id: 'D5 line 1: the subject after "gửi các sở"',
		text: inL('Ngày 02/02/2024, UBND tỉnh có Công văn số 88/UBND-VX gửi các sở về kế hoạch tổ chức hội thi,' + END),
		findings: [],
	},
	{
		id: 'D5 line 2: "Về đề nghị của … (công văn số …) xin hỗ trợ"',
		text: inL('Về đề nghị của Công ty Sách Đồi Thông (công văn số 12/ĐT ngày 02 tháng 02 năm 2024) xin hỗ trợ sách cho thư viện xã,' + END),
		// The lower-case type name is R5.8's hint, not an incomplete citation.
		findings: [`citation-type-lowercase:${L_LINE}`],
	},
	{
		id: 'D5 lines 3–4: the subject on the line before, wrapped',
		text: inL(
			'Ủy ban nhân dân tỉnh đề nghị các sở:\n- Đối chiếu với các quy định trong văn bản Hướng dẫn tổ chức hội thi năm 2024\n(Công văn số 88/SVHTT-VP, ngày 02/02/2024 của Sở Văn hóa và Thể thao);\n- Báo cáo kết quả trước ngày 30/6/2024./.',
		),
		findings: [],
	},
	// D6: one issuer for several citations.
	{
		id: 'D6 line 1',
		text: inL(
			'UBND tỉnh có Công văn số 88/UBND-VX ngày 02/02/2024 về tổ chức hội thi và Công văn số 95/UBND-VX ngày 05/02/2024 về kinh phí hội thi,' +
				END,
		),
		findings: [],
	},
	{
		id: 'D6 line 2',
		text: inL(
			'Các văn bản của UBND tỉnh áp dụng bao gồm: Quyết định số 10/QĐ-UBND ngày 02/02/2024 về ban hành quy chế hội thi; Quyết định số 11/QĐ-UBND ngày 03/02/2024 về thành lập ban tổ chức.\nỦy ban nhân dân tỉnh đề nghị các sở rà soát./.',
		),
		findings: [],
	},
	// D7: the issuer or the subject in the main clause.
	{
		id: 'D7 line 1',
		text: inL('UBND tỉnh đã ban hành quy chế hội thi theo Quyết định số 10/QĐ-UBND ngày 02/02/2024,' + END),
		findings: [],
	},
	{
		id: 'D7 line 2: never "thiếu cơ quan ban hành"',
		text: inL('Tại Công văn số 55/UBND-KT ngày 05/3/2024, Ủy ban nhân dân tỉnh đã giao các sở lắp đèn tiết kiệm năng lượng./.'),
		findings: [],
	},
	{
		id: 'D7 line 3',
		text: inL(
			'Các sở báo cáo vướng mắc về lắp đèn tiết kiệm năng lượng theo hướng dẫn tại Công văn số 55/SXD-HT ngày 05/3/2024 của Sở Xây dựng./.',
		),
		findings: [],
	},
	// D8: later mentions.
	{
		id: 'D8 line 1: year mismatch on the first, nothing on the "nêu trên" variant',
		text: inL(
			'Theo Quyết định số 310/2023/QĐ-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh về tiết kiệm năng lượng, các sở phải báo cáo. Đề nghị các sở thực hiện Quyết định số 310/2024/QĐ-UBND ngày 05/4/2024 nêu trên./.',
		),
		findings: [`citation-year-mismatch:${L_LINE}`],
	},
	{
		id: 'D8 line 2: the malformed later mention is not an incomplete citation',
		text: inL(
			'Theo Nghị định số 15/2024/NĐ-CP ngày 05/4/2024 của Chính phủ về tiết kiệm năng lượng, đề nghị các sở thực hiện đúng Nghị định số 15/2024/NĐ-Chính phủ./.',
		),
		findings: [`citation-number-malformed:${L_LINE}`],
		message: { 'citation-number-malformed': ['15/2024/NĐ-Chính'] },
	},
	// D9.
	{
		id: 'D9: a complete first citation without "số"',
		text: inL(
			'Thực hiện Kế hoạch 45/KH-UBND ngày 02/02/2024 của UBND tỉnh về tổ chức các hoạt động văn hóa năm 2024, đề nghị các đơn vị bám sát Kế hoạch số 45/KH-UBND./.',
		),
		findings: [],
	},
	// D10.
	{
		id: 'D10 block 1: a citation inside a direct quotation',
		text: inL(
			'Văn phòng có báo cáo, trong đó nêu: “Giao Sở chủ trì theo chỉ đạo tại Thông báo số 15/TB-UBND ngày 10/01/2024 của UBND tỉnh”,' + END,
		),
		findings: [],
	},
	{
		id: 'D10 block 2: a table of documents',
		text: inL(
			'TT\tVăn bản\tNgày ban hành\tTrích yếu\n1\tQuyết định số 10/QĐ-UBND\t02/02/2024\tVề ban hành quy chế hội thi\nỦy ban nhân dân tỉnh đề nghị các sở rà soát./.',
		),
		findings: [],
	},
	// E1 lines 2–3, E2.
	{
		id: 'E1 line 2: "củaChủ tịch"',
		text: inL('Thực hiện Chỉ thị số 07/CT-UBND ngày 02/4/2024 củaChủ tịch Ủy ban nhân dân tỉnh về tiết kiệm năng lượng,' + END),
		findings: [`text-artefact:${L_LINE}`],
	},
	{
		id: 'E1 line 3: "10/QĐ-UBNDngày": the date is read, the missing space is one hint',
		message: { 'text-artefact': ['ngày'] },
		text: inL('Căn cứ Quyết định số 10/QĐ-UBNDngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi;' + END),
		findings: [`text-artefact:${L_LINE}`],
	},
	{
		id: 'E2 line 1: digits split by spaces',
		text: inL('Căn cứ Quyết định số 10/QĐ-UBND ngày 0 2 tháng 02 năm 202 4 của UBND tỉnh về ban hành quy chế hội thi,' + END),
		findings: [`text-artefact:${L_LINE}`, `text-artefact:${L_LINE}`],
	},
	{
		id: 'E2 lines 2–3: syllables split and a wrap',
		text: inL('Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 c ủa Giám đ ốc Sở\nVăn hóa về việc ban hành quy chế hội thi,' + END),
		findings: [`text-artefact:${L_LINE}`, `text-artefact:${L_LINE}`],
	},
	// H5.
	{
		id: 'H5 line 1: a first citation without "số" lacking everything',
		text: inL('Thực hiện Thông tư 12/2019/TT-BVHTT, Sở đề nghị các đơn vị rà soát./.'),
		findings: [`citation-incomplete:${L_LINE}`],
		message: { 'citation-incomplete': ['"Thông tư 12/2019/TT-BVHTT"', 'thời gian ban hành', 'cơ quan ban hành', 'trích yếu'] },
	},
	{
		id: 'H5 line 2: spaced numbers and lower-case type names',
		text: inL('Căn cứ thông tư 12 / 2019 / TT - BVHTT và thông báo số 54 / SVHTT - VP,' + END),
		findings: [
			`citation-incomplete:${L_LINE}`,
			`citation-incomplete:${L_LINE}`,
			`citation-type-lowercase:${L_LINE}`,
			`citation-type-lowercase:${L_LINE}`,
		],
		message: { 'citation-incomplete': ['/'] },
	},
	// H6.
	{
		id: 'H6 line 2: a malformed cited number gets a finding on the number',
		text: inL('Ủy ban nhân dân tỉnh đề nghị các sở thực hiện đúng Nghị định số 15/2024/NĐ-Chính phủ./.'),
		findings: [`citation-number-malformed:${L_LINE}`, `citation-incomplete:${L_LINE}`],
	},
	{
		id: 'H6 line 1: the subject search stops at the comma that ends the clause',
		text: inL('Thực hiện Quyết định số 310/QĐ-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh, đề nghị các sở rà soát./.'),
		findings: [`citation-missing-trich-yeu:${L_LINE}`],
		message: { 'citation-missing-trich-yeu': ['Quyết định số 310/QĐ-UBND'] },
	},
	// I1: the letter's own documents.
	{
		id: 'I1: a decision of the sender, known by its ký hiệu, with its subject before the number',
		text: inN(
			'Phòng Nghiệp vụ Văn hóa được thành lập theo Quyết định số 38/QĐ-SVHTT ngày 15/8/2016. Sở Văn hóa và Thể thao đề nghị các đơn vị:',
		),
		findings: [],
	},
	{
		id: "I1: another agency's document without an issuer is still reported",
		text: inN(
			'Phòng Nghiệp vụ Văn hóa được thành lập theo Quyết định số 38/QĐ-SNV ngày 15/8/2016. Sở Văn hóa và Thể thao đề nghị các đơn vị:',
		),
		findings: [`citation-incomplete:${N_LINE}`],
		message: { 'citation-incomplete': ['cơ quan ban hành', '!trích yếu', '!thời gian'] },
	},
	// I2: a first citation lacking only its trích yếu is information; one pointing at a provision is silent.
	{
		id: 'I2: only the trích yếu lacking is citation-missing-trich-yeu, at information level',
		text: inL('Thực hiện Quyết định số 310/QĐ-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh; các sở rà soát./.'),
		findings: [`citation-missing-trich-yeu:${L_LINE}`],
	},
	{
		id: 'I2: a citation of a provision needs no trích yếu',
		text: inL('Theo quy định tại khoản 2 Điều 14 Nghị định số 15/2024/NĐ-CP ngày 05/4/2024 của Chính phủ; các sở rà soát./.'),
		findings: [],
	},
];

function found(text: string, problems: readonly Problem[]): string[] {
	const index = new LineIndex(text);
	return problems.map((p) => `${p.ruleId}:${index.positionAt(p.range.start).line + 1}`).sort();
}

describe('citation shapes (reference groups D, E1–E2, H5, H6, I1, I2)', () => {
	for (const c of CASES) {
		it(c.id, () => {
			const problems = lintText(c.text, config);
			assert.deepEqual(found(c.text, problems), [...c.findings].sort(), problems.map((p) => `${p.ruleId}: ${p.message}`).join('\n'));
			for (const [rule, words] of Object.entries(c.message ?? {})) {
				for (const p of problems.filter((x) => x.ruleId === rule)) {
					// What the message says is missing: the words before the reminder in brackets.
					const said = p.message.split('(cần')[0] ?? '';
					for (const word of words) {
						if (word.startsWith('!')) {
							assert.ok(!said.includes(word.slice(1)), `${rule}: "${p.message}" should not hold "${word.slice(1)}"`);
						} else {
							assert.ok(p.message.includes(word), `${rule}: "${p.message}" should hold "${word}"`);
						}
					}
				}
			}
		});
	}

	it('citation-missing-trich-yeu is information, citation-incomplete a warning', () => {
		const text = inL('Thực hiện Quyết định số 310/QĐ-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh; các sở rà soát./.');
		assert.deepEqual(
			lintText(text, config).map((p) => `${p.ruleId}:${p.severity}`),
			['citation-missing-trich-yeu:information'],
		);
		const incomplete = inL('Thực hiện Thông tư 12/2019/TT-BVHTT, Sở đề nghị các đơn vị rà soát./.');
		assert.deepEqual(
			lintText(incomplete, config).map((p) => `${p.ruleId}:${p.severity}`),
			['citation-incomplete:warning'],
		);
	});
});
