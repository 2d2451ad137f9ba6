import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const cut = buildLetter({ noiNhan: null, signature: null });

ruleTester('missing-closing', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: "I3: the signature without its Nơi nhận is missing-noi-nhan's error", code: buildLetter({ noiNhan: null }) },
		{ name: "the Nơi nhận without its signature is signature-incomplete's warning", code: buildLetter({ signature: null }) },
		{ name: 'an empty document', code: '' },
	],
	invalid: [
		{
			name: 'I3: no Nơi nhận and no signature: one warning on the last line of the body',
			code: cut,
			errors: [
				{
					messageId: 'missing',
					text: 'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
					message: 'có thể đã bị cắt',
				},
			],
		},
		{
			name: 'a letter of one paragraph',
			code: 'Kính gửi: Sở Nội vụ.\n\nĐề nghị Sở báo cáo./.',
			errors: [{ messageId: 'missing', line: 3, text: 'Đề nghị Sở báo cáo./.' }],
		},
	],
});

describe('rule missing-closing: one finding instead of several', () => {
	it('I3: a letter cut after its body gets this warning and neither missing-noi-nhan nor signature-incomplete', () => {
		const ids = lintText(cut).map((p) => p.ruleId);
		assert.deepEqual(
			ids.filter((id) => id === 'missing-closing' || id === 'missing-noi-nhan' || id === 'signature-incomplete'),
			['missing-closing'],
		);
	});

	it('I3: a signature without its Nơi nhận keeps the error of missing-noi-nhan', () => {
		const problems = lintText(buildLetter({ noiNhan: null }));
		assert.equal(problems.find((p) => p.ruleId === 'missing-noi-nhan')?.severity, 'error');
		assert.ok(!problems.some((p) => p.ruleId === 'missing-closing'));
	});
});
