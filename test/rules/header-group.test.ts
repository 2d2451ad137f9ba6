// The header group over whole letters: the findings of its rules on the five real letters (reference §12),
// on the bundled examples and on the fixtures, and none on a Party or a legal-normative letter.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HEADER_RULES } from '../../server/src/core/groups/header';
import { lintText, LineIndex, RULES, type RuleSetting } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';

const root = path.resolve(__dirname, '..', '..', '..');
const shared = path.resolve(root, '..', 'shared', 'letters');
const ids = new Set(HEADER_RULES.map((r) => r.id));
const rules: Record<string, RuleSetting> = Object.fromEntries(RULES.map((r) => [r.id, ids.has(r.id) ? r.defaultSeverity : 'off']));

/** "line severity rule-id" for each finding of the header rules, in order. */
function findings(text: string): string[] {
	const index = new LineIndex(text);
	return lintText(text, { rules }).map((p) => `${index.positionAt(p.range.start).line + 1} ${p.severity} ${p.ruleId}`);
}

// The §12 rows of the header: W "not found" for the Quốc hiệu, Tiêu ngữ and agency names of 000, 002 and
// 004; W for the en dashes of 001's Tiêu ngữ (line 5); H for the period after 002's trích yếu (line 9); one W
// for 003, whose text starts at Kính gửi.
const LETTERS: Record<string, string[]> = {
	'000_421e170032c2d4c4.txt': ['3 warning missing-co-quan', '3 warning missing-quoc-hieu'],
	'001_7be023b102d61987.txt': ['5 warning tieu-ngu-format'],
	'002_d020e18a9f77c476.txt': ['3 warning missing-co-quan', '3 warning missing-quoc-hieu', '9 hint trich-yeu-period'],
	'003_5418981208059e29.txt': ['1 warning missing-header'],
	'004_d5b89adf6b17fad0.txt': ['3 warning missing-co-quan', '3 warning missing-quoc-hieu'],
};

const FILES: Record<string, string[]> = {
	'examples/cong-van-mau.congvan': [],
	'examples/cong-van-co-loi.congvan': [],
	'examples/quyet-dinh.congvan': [],
	'examples/du-thao.congvan': ['3 warning missing-co-quan', '3 warning missing-quoc-hieu'],
	'test/fixtures/letters/header-merged.congvan': ['4 warning tieu-ngu-format'],
	'test/fixtures/letters/dang-uy.congvan': [],
};

describe('header rules on whole letters', () => {
	for (const [name, expected] of Object.entries(LETTERS)) {
		const file = path.join(shared, name);
		it(`letter ${name} (reference §12)`, function () {
			if (!fs.existsSync(file)) {
				this.skip();
			}
			assert.deepEqual(findings(fs.readFileSync(file, 'utf8')), expected);
		});
	}
	for (const [name, expected] of Object.entries(FILES)) {
		it(name, () => {
			assert.deepEqual(findings(fs.readFileSync(path.join(root, name), 'utf8')), expected);
		});
	}
	it('a legal-normative letter ("Số: 30/2020/NĐ-CP") gets none of them', () => {
		const text = buildLetter({ agency: 'CHÍNH PHỦ', so: 'Số: 30/2020/NĐ-CP', vv: 'NGHỊ ĐỊNH\nVề công tác văn thư', kinhGui: null });
		assert.deepEqual(findings(text), []);
	});
	it('a Party letter without Quốc hiệu gets none of them', () => {
		const text = buildLetter({ agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG', quocHieu: null, so: 'Số 1332-CV/TU', vv: null });
		assert.deepEqual(findings(text), []);
	});
});
