import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const party = buildLetter({
	agency: 'ĐẢNG BỘ TỈNH CAO BẰNG\nĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY',
	quocHieu: null,
	so: 'Số 1332-CV/TU',
	vv: null,
});
const legal = buildLetter({ so: 'Số: 30/2020/NĐ-CP', vv: null, kinhGui: null });

ruleTester('regime-not-checked', {
	valid: [{ name: 'an administrative letter', code: buildLetter() }],
	invalid: [
		{ name: 'a Party document', code: party, errors: [{ messageId: 'party', line: 2, text: 'ĐẢNG CỘNG SẢN VIỆT NAM' }] },
		{ name: 'a legal-normative document', code: legal, errors: [{ messageId: 'legal', text: 'Số: 30/2020/NĐ-CP' }] },
	],
});

describe('rule regime-not-checked: administrative rules stay silent', () => {
	it('reports no administrative format finding on a Party document', () => {
		const ids = lintText(party.replace('Số 1332-CV/TU', 'Số 1332-CV/TU\n\nNơi nhận sai')).map((p) => p.ruleId);
		assert.ok(ids.includes('regime-not-checked'));
		assert.ok(!ids.includes('malformed-so-ky-hieu'));
	});
});
