import { buildLetter } from '../harness/letter-builder';
import * as assert from 'node:assert/strict';
import { ruleTester, runRule } from '../harness/rule-tester';

const body = (text: string): string => buildLetter({ body: `${text}\n\nĐề nghị các cơ quan, đơn vị thực hiện./.` });

ruleTester('citation-generic-cong-van', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'the type named', code: body('Thực hiện Công văn số 216/UBND-VX ngày 28/01/2021 của UBND tỉnh.') },
		{
			name: "a number whose first group is a type is citation-generic-type's",
			code: body('Thực hiện Văn bản số 2628/TB-VP ngày 26/11/2021 của Văn phòng UBND tỉnh.'),
		},
		{
			name: 'CT may be a Chỉ thị or a Cục Thuế: left alone',
			code: body('Thực hiện Văn bản số 3286/CT-TTHT ngày 12/4/2021 của Cục Thuế Thành phố Hồ Chí Minh.'),
		},
		{ name: 'a Party number is never judged', code: body('Thực hiện Văn bản số 12-CV/TU ngày 05/01/2021 của Tỉnh ủy.') },
		{ name: 'a legal-normative number is never judged', code: body('Thực hiện Văn bản số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.') },
	],
	invalid: [
		{
			name: 'H10 also wanted (c): "văn bản số 12/UBND-VP" stands for a công văn',
			code: body('Thực hiện văn bản số 12/UBND-VP ngày 05/01/2021 của UBND tỉnh về rà soát hồ sơ.'),
			errors: [
				{
					messageId: 'congVan',
					text: 'văn bản số 12/UBND-VP',
					message:
						'"văn bản số 12/UBND-VP": ký hiệu không có chữ viết tắt tên loại, nên đây là công văn; ghi "Công văn" thay cho "văn bản".',
				},
			],
		},
		{
			name: 'a list of công văn numbers: one finding naming them, and a later mention is not reported again',
			code: body(
				'Thực hiện các Văn bản số 12/UBND-VP, 15/UBND-KT ngày 05/01/2021 của UBND tỉnh về rà soát hồ sơ. Theo Văn bản số 12/UBND-VP, các sở báo cáo.',
			),
			errors: [{ messageId: 'congVan', message: '"Văn bản số 12/UBND-VP, 15/UBND-KT"' }],
		},
		{
			name: 'a công văn number after a quyết định number in one list: found on its number, without the rename',
			code: body('Thực hiện các văn bản số 120/QĐ-UBND, 15/UBND-VP ngày 05/01/2021 của UBND tỉnh về rà soát hồ sơ.'),
			errors: [{ messageId: 'congVan', text: '15/UBND-VP', message: '"văn bản số 15/UBND-VP"' }],
		},
		{
			name: 'a công văn number first reported in a later mention, after a list that did not start with it',
			code: body(
				'Thực hiện các văn bản số 120/QĐ-UBND, 15/UBND-VP ngày 05/01/2021 của UBND tỉnh về rà soát hồ sơ. Theo văn bản số 18/UBND-KT, các sở báo cáo.',
			),
			errors: [
				{ messageId: 'congVan', text: '15/UBND-VP' },
				{ messageId: 'congVan', text: 'văn bản số 18/UBND-KT' },
			],
		},
	],
});

describe('citation-generic-cong-van: the rename', () => {
	it('is offered when every number of the list is a công văn, not when the list starts with another type', () => {
		const all = runRule(
			'citation-generic-cong-van',
			body('Thực hiện các văn bản số 12/UBND-VP, 15/UBND-KT ngày 05/01/2021 của UBND tỉnh.'),
		);
		assert.deepEqual(
			all.map((p) => p.suggestions?.map((s) => s.message)),
			[['Ghi "công văn".']],
		);
		const mixed = runRule(
			'citation-generic-cong-van',
			body('Thực hiện các văn bản số 120/QĐ-UBND, 15/UBND-VP ngày 05/01/2021 của UBND tỉnh.'),
		);
		assert.deepEqual(
			mixed.map((p) => p.suggestions),
			[undefined],
		);
	});
});
