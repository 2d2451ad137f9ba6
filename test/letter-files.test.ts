// The pure helpers of the folder check and of fix on save (client/src/letter-files.ts): which files of a
// workspace the folder check reads for the languages opted in, and which fix-all edits an Auto Save after
// a delay may apply while the cursor stands on a line.
import * as assert from 'node:assert/strict';
import { editsOutside, filesGlob, languageOfPath, linesOf } from '../client/src/letter-files';

describe('client: the folder check file set and the lines fix on save leaves alone', () => {
	it('reads .congvan files by default, and .txt or .md files only for the languages opted in', () => {
		assert.equal(filesGlob(['congvan']), '**/*.{congvan}');
		assert.equal(filesGlob(['congvan', 'plaintext', 'markdown']), '**/*.{congvan,txt,md,markdown}');
		assert.equal(filesGlob([]), undefined);
		assert.equal(filesGlob(['my-own-language']), undefined);
		assert.equal(languageOfPath('/du-thao/cong-van.congvan', ['congvan']), 'congvan');
		assert.equal(languageOfPath('/du-thao/THU.TXT', ['congvan', 'plaintext']), 'plaintext');
		assert.equal(languageOfPath('/du-thao/thu.txt', ['congvan']), undefined);
		assert.equal(languageOfPath('/ghi.chu/README', ['congvan', 'plaintext']), undefined);
		assert.equal(languageOfPath('/a/ghi-chu.md', ['markdown']), 'markdown');
	});

	it('drops the edits that touch a line holding a cursor or a selection, and keeps the others whole', () => {
		const edit = (start: number, end: number, newText: string) => ({ range: { start: { line: start }, end: { line: end } }, newText });
		const edits = [edit(2, 2, 'ngày 05'), edit(5, 5, 'tháng 02'), edit(7, 9, 'Nơi nhận:'), edit(12, 12, '')];
		// A cursor on line 5 and a selection over lines 8 to 8.
		const lines = linesOf([
			{ start: { line: 5 }, end: { line: 5 } },
			{ start: { line: 8 }, end: { line: 8 } },
		]);
		assert.deepEqual([...lines].sort(), [5, 8]);
		assert.deepEqual(editsOutside(edits, lines), [edits[0], edits[3]]);
		assert.deepEqual(editsOutside(edits, new Set()), edits);
	});
});
