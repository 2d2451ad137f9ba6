// Model goldens: the letter model (parseLetter) of every letter in the repository, one line per part, in
// test/fixtures/model/<group>/<name>.model.txt. A change to the parser shows here as a diff to review;
// `UPDATE_GOLDEN=1 npm test` rewrites the files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLetter } from '../../server/src/core/index';
import { allLetters, REPO_ROOT } from '../harness/letters';
import { dumpLetter } from '../harness/model-dump';

const update = process.env['UPDATE_GOLDEN'] === '1';
const goldenDir = path.join(REPO_ROOT, 'test', 'fixtures', 'model');

describe('letter model goldens', () => {
	const letters = allLetters();

	it('covers the corpus, the examples, the fixtures and the five shared letters', () => {
		const count = (g: string): number => letters.filter((l) => l.group === g).length;
		assert.ok(count('corpus') >= 40, `corpus has ${count('corpus')} letters`);
		assert.ok(count('examples') >= 3);
		assert.ok(count('fixtures') >= 1);
		assert.equal(count('shared'), 5);
	});

	it('dumps spans with their range, text and extra fields, and shared objects once', () => {
		const text = 'ỦY BAN NHÂN DÂN\nTỈNH LÂM VIÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 215/UBND-KT\n';
		const dump = dumpLetter(parseLetter(text));
		assert.ok(dump.includes('5:5-5:16 so.value "215/UBND-KT"'), dump.join('\n'));
		assert.ok(dump.includes('1:1-1:16 agencyLines[0] "ỦY BAN NHÂN DÂN"'), dump.join('\n'));
		assert.ok(!dump.some((l) => l.startsWith('source ') || l.includes('.map') || l.includes('.offset ')));
	});

	it('is plain data: the header and closing readings survive structuredClone (a worker may post the model)', () => {
		const text =
			'SỞ TÀI CHÍNH\nSố: 15/STC-VP\nV/v báo cáo\nKính gửi: Ủy ban nhân dân tỉnh\nNội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nGIÁM ĐỐC\nNguyễn Văn An\n';
		const letter = parseLetter(text);
		const copy = structuredClone({ header: letter.header, closing: letter.closing, citations: letter.citations });
		assert.equal(copy.header.kyHieu?.first.text, 'STC');
		assert.equal(copy.header.congVan, true);
		assert.equal(copy.closing.signer?.span.text, 'Nguyễn Văn An');
		assert.deepEqual(
			copy.closing.luuUnits.map((u) => u.text),
			['VP'],
		);
	});

	for (const letter of letters) {
		it(`${letter.group}/${letter.name}`, () => {
			const text = fs.readFileSync(letter.file, 'utf8');
			const rel = path.relative(REPO_ROOT, letter.file).split(path.sep).join('/');
			const head = `# parseLetter(${letter.group === 'shared' ? `shared/letters/${path.basename(letter.file)}` : rel}); positions are line:column, 1-based.`;
			const actual = [head, ...dumpLetter(parseLetter(text))].join('\n') + '\n';
			const file = path.join(goldenDir, letter.group, `${letter.name}.model.txt`);
			if (update) {
				fs.mkdirSync(path.dirname(file), { recursive: true });
				fs.writeFileSync(file, actual);
				return;
			}
			assert.ok(fs.existsSync(file), `missing ${path.relative(REPO_ROOT, file)}; run UPDATE_GOLDEN=1 npm test and review it`);
			assert.equal(actual, fs.readFileSync(file, 'utf8'), `model golden ${path.relative(REPO_ROOT, file)} differs`);
		});
	}
});
