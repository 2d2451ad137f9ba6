import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

const body = (text: string): string => buildLetter({ body: `${text}\n\nĐề nghị các cơ quan, đơn vị thực hiện./.` });
const letter002 =
	'Thực hiện Công văn số 3271/UBND-VX ngày 24/11/2021 của UBND tỉnh về thực hiện nghiêm việc sử dụng mã QR Code; Văn bản số 2628/TB-VP ngày 26/11/2021 của Văn phòng UBND tỉnh về việc Thông báo kết luận của Phó Chủ tịch UBND tỉnh.';

ruleTester('citation-generic-type', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'a công văn cited as "Văn bản": its number shows no type',
			code: body('Thực hiện Văn bản số 216/UBND-VX ngày 28/01/2021 của UBND tỉnh.'),
		},
		{
			name: 'a công văn of a Cục Thuế numbered CT-…',
			code: body('Thực hiện Văn bản số 3286/CT-TTHT ngày 12/4/2021 của Cục Thuế Thành phố Hồ Chí Minh.'),
		},
		{ name: 'the type named', code: body('Thực hiện Thông báo số 2628/TB-VP ngày 26/11/2021 của Văn phòng UBND tỉnh.') },
		{ name: 'a Party number is never judged', code: body('Thực hiện Văn bản số 12-CV/TU ngày 05/01/2021 của Tỉnh ủy.') },
		{ name: 'a legal-normative number is never judged', code: body('Thực hiện Văn bản số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.') },
	],
	invalid: [
		{
			name: '"Văn bản số 2628/TB-VP" is a Thông báo (reference §12, 002 line 13)',
			code: body(letter002),
			errors: [
				{
					messageId: 'generic',
					line: 16,
					text: 'Văn bản số 2628/TB-VP',
					message: 'ký hiệu "TB" cho biết đây là Thông báo; ghi tên loại "Thông báo" thay cho "Văn bản"',
				},
			],
		},
		{
			name: 'a lower-case "văn bản"',
			code: body('Thực hiện văn bản số 63/KH-UBND ngày 15/4/2020 của UBND tỉnh.'),
			errors: [{ messageId: 'generic', text: 'văn bản số 63/KH-UBND', message: 'Kế hoạch' }],
		},
		{
			name: 'a list with two types gives one finding per type',
			code: body('Thực hiện các văn bản số 12/TB-VP, 13/KH-UBND của UBND tỉnh.'),
			errors: [
				{ messageId: 'generic', text: 'văn bản số 12/TB-VP', message: 'Thông báo' },
				{ messageId: 'generic', text: '13/KH-UBND', message: 'Kế hoạch' },
			],
		},
	],
});

describe('rule citation-generic-type: details', () => {
	it('suggests the type name, never as a fix', () => {
		const code = body(letter002);
		const [problem] = runRule('citation-generic-type', code);
		assert.equal(problem?.fix, undefined);
		const edits = problem?.suggestions?.[0]?.edits ?? [];
		assert.equal(applyFixes(code, [{ ...problem!, fix: edits }]).output, body(letter002.replace('Văn bản số 2628', 'Thông báo số 2628')));
	});

	it('offers no renaming when the numbers of a list show different types', () => {
		const problems = runRule('citation-generic-type', body('Thực hiện các văn bản số 12/TB-VP, 13/KH-UBND của UBND tỉnh.'));
		assert.deepEqual(
			problems.map((p) => p.suggestions),
			[undefined, undefined],
		);
	});
});
