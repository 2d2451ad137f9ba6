// The status bar verdict (client/src/status.ts): counts of congvan findings by VS Code severity, and the
// text and tooltip shown for them.
import * as assert from 'node:assert/strict';
import { countFindings, verdict } from '../client/src/status';

const none = { errors: 0, warnings: 0, information: 0, hints: 0, placeholders: 0 };

describe('status bar verdict', () => {
	it('counts only congvan diagnostics, by VS Code severity (0 error … 3 hint), and the template placeholders', () => {
		const counts = countFindings([
			{ source: 'congvan', severity: 0 },
			{ source: 'congvan', severity: 0 },
			{ source: 'congvan', severity: 1 },
			{ source: 'congvan', severity: 1, code: { value: 'unfilled-placeholder' } },
			{ source: 'congvan', severity: 1, code: 'unfilled-placeholder' },
			{ source: 'congvan', severity: 2 },
			{ source: 'congvan', severity: 3 },
			{ source: 'cSpell', severity: 0 },
			{ source: 'cSpell', severity: 1, code: 'unfilled-placeholder' },
			{ severity: 0 },
		]);
		assert.deepEqual(counts, { errors: 2, warnings: 3, information: 1, hints: 1, placeholders: 2 });
	});

	it('says "Đạt thể thức" only with no error, no warning and no placeholder; hints and information do not count', () => {
		const result = verdict({ ...none, information: 1, hints: 5 });
		assert.equal(result.text, '$(check) Đạt thể thức');
		assert.equal(result.passed, true);
		assert.match(result.tooltip, /0 lỗi, 0 cảnh báo, 1 thông tin\)/u);
		assert.doesNotMatch(result.tooltip, /gợi ý/u);
		assert.match(result.tooltip, /Bấm để mở cửa sổ Problems/u);
	});

	it('says "Cần xem: N cảnh báo" for a letter with warnings only (no Quốc hiệu, no cơ quan)', () => {
		const result = verdict({ ...none, warnings: 5 });
		assert.equal(result.text, '$(warning) Cần xem: 5 cảnh báo');
		assert.equal(result.passed, false);
		assert.match(result.tooltip, /0 lỗi, 5 cảnh báo, 0 thông tin/u);
	});

	it('says "Cần sửa: N lỗi, M cảnh báo" with errors', () => {
		const result = verdict({ ...none, errors: 2, warnings: 1, hints: 4 });
		assert.equal(result.text, '$(error) Cần sửa: 2 lỗi, 1 cảnh báo');
		assert.equal(result.passed, false);
		assert.equal(verdict({ ...none, errors: 1 }).text, '$(error) Cần sửa: 1 lỗi');
	});

	it('says "Bản mẫu chưa điền" while template placeholders remain, before anything else', () => {
		const result = verdict({ ...none, errors: 1, warnings: 4, placeholders: 3 });
		assert.equal(result.text, '$(edit) Bản mẫu chưa điền');
		assert.equal(result.passed, false);
		assert.match(result.tooltip, /chỗ chưa điền của bản mẫu/u);
	});

	it('speaks English when asked', () => {
		assert.equal(verdict({ ...none, warnings: 1 }, 'en').text, '$(warning) To review: 1 warning');
		assert.equal(verdict({ ...none, placeholders: 1, warnings: 1 }, 'en').text, '$(edit) Template not filled in');
		assert.equal(verdict({ ...none, errors: 2, warnings: 2 }, 'en').text, '$(error) To fix: 2 errors, 2 warnings');
	});

	it('passes an empty document', () => {
		assert.equal(verdict(countFindings([])).text, '$(check) Đạt thể thức');
	});
});
