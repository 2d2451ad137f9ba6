// looksLikeLetter: the evidence that a plain-text or Markdown document is a letter (server/src/core/letter-evidence.ts).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { looksLikeLetterText } from '../client/src/letter-evidence';
import { looksLikeLetter, parseLetter } from '../server/src/core/index';
import { buildLetter } from './harness/letter-builder';

const ROOT = path.resolve(__dirname, '..', '..');

function letters(dir: string, ext: string): [string, string][] {
	return readdirSync(dir)
		.filter((f) => f.endsWith(ext) && !f.includes('.expected') && !f.includes('.fixed'))
		.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
}

describe('looksLikeLetter', () => {
	it('recognises every letter of the repository and the five shared letters', () => {
		const all = [...letters(path.join(ROOT, 'examples'), '.congvan'), ...letters(path.resolve(ROOT, '..', 'shared', 'letters'), '.txt')];
		assert.ok(all.length >= 9);
		for (const [name, text] of all) {
			assert.equal(looksLikeLetter(parseLetter(text)), true, name);
			// The client's pre-test (the offer to check a .txt or .md letter) agrees with the model.
			assert.equal(looksLikeLetterText(text), true, `client: ${name}`);
		}
	});

	it('takes the header table (Quốc hiệu, Số, date) or the frame (Kính gửi and Nơi nhận) as evidence', () => {
		assert.equal(looksLikeLetter(parseLetter(buildLetter({ kinhGui: null, noiNhan: null }))), true);
		assert.equal(looksLikeLetter(parseLetter(buildLetter({ quocHieu: null, so: null, date: null }))), true);
	});

	it('does not take a meeting note, a README or a list for a letter', () => {
		for (const text of [
			'',
			'Biên bản họp nhóm ngày 12/3\n\nKính gửi: cả nhóm\n\n1. Chốt lịch\n',
			'# Hướng dẫn\n\nNơi nhận: ghi ở cuối văn bản.\n',
			'Số: 15 người tham dự\nHà Nội, ngày 05 tháng 3 năm 2024\n',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐƠN XIN NGHỈ PHÉP\n',
		]) {
			assert.equal(looksLikeLetter(parseLetter(text)), false, JSON.stringify(text));
			assert.equal(looksLikeLetterText(text), false, `client: ${JSON.stringify(text)}`);
		}
	});
});
