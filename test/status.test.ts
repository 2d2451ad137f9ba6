// The status bar verdict (client/src/status.ts): counts of congvan findings by VS Code severity, and the
// text and tooltip shown for them.
import * as assert from 'node:assert/strict';
import { countFindings, verdict } from '../client/src/status';

describe('status bar verdict', () => {
	it('counts only congvan diagnostics, by VS Code severity (0 error … 3 hint)', () => {
		const counts = countFindings([
			{ source: 'congvan', severity: 0 },
			{ source: 'congvan', severity: 0 },
			{ source: 'congvan', severity: 1 },
			{ source: 'congvan', severity: 2 },
			{ source: 'congvan', severity: 3 },
			{ source: 'cSpell', severity: 0 },
			{ severity: 0 },
		]);
		assert.deepEqual(counts, { errors: 2, warnings: 1, information: 1, hints: 1 });
	});

	it('says "Đạt thể thức" when there is no error, whatever the warnings', () => {
		const result = verdict({ errors: 0, warnings: 3, information: 1, hints: 0 });
		assert.equal(result.text, '$(check) Đạt thể thức');
		assert.equal(result.passed, true);
		assert.match(result.tooltip, /0 lỗi, 3 cảnh báo, 1 thông tin, 0 gợi ý/u);
		assert.match(result.tooltip, /Bấm để mở cửa sổ Problems/u);
	});

	it('says "Cần sửa: N lỗi" with the warnings in the tooltip', () => {
		const result = verdict({ errors: 2, warnings: 1, information: 0, hints: 4 });
		assert.equal(result.text, '$(error) Cần sửa: 2 lỗi');
		assert.equal(result.passed, false);
		assert.match(result.tooltip, /2 lỗi, 1 cảnh báo, 0 thông tin, 4 gợi ý/u);
	});

	it('passes an empty document', () => {
		assert.equal(verdict(countFindings([])).text, '$(check) Đạt thể thức');
	});
});
