// Rule.judges is a promise to the engine: a rule that declares the parts it judges reports nothing on a letter
// without any of them, so the engine may skip it there. Each such rule is run alone on every corpus letter with
// its parts hidden. A mutation check: declaring draft-blank's parts as ['so'] alone fails here (the draft
// example has a blank date). The rules judging `format` (a Word file's formatting) meet no letter with one here:
// the corpus is plain text, so for them this test checks only that they return at once.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, parseLetter, type Letter, type Problem } from '../../server/src/core/index';

// The corpus letters and the examples (a draft with blanks, a letter with defects, a quyết định).
const FOLDERS = ['test/corpus/letters', 'examples'].map((folder) => path.join(__dirname, '..', '..', '..', folder));

function runAlone(letter: Letter, ruleId: string): Problem['messageId'][] {
	const rule = RULES.find((r) => r.id === ruleId);
	const found: string[] = [];
	// A today before every letter, so that the rules judging dates against today (date-in-future) run too.
	const today = { year: 1900, month: 1, day: 1 };
	rule?.check({ letter, options: { ...(rule.defaultOptions ?? {}) }, today, report: (d) => void found.push(d.messageId) });
	return found;
}

describe('Rule.judges: a rule reports nothing on a letter without the parts it judges', () => {
	const judging = RULES.filter((rule) => rule.judges !== undefined && rule.judges.length > 0);
	const letters = FOLDERS.flatMap((folder) =>
		fs
			.readdirSync(folder)
			.filter((name) => name.endsWith('.congvan'))
			.map((name) => fs.readFileSync(path.join(folder, name), 'utf8')),
	);

	it('some rules declare parts, each a known part', () => {
		assert.ok(judging.length >= 30);
		const parts = new Set(['so', 'date', 'trichYeu', 'tieuNgu', 'kinhGui', 'body', 'attachmentBody', 'noiNhan', 'signature', 'format']);
		for (const rule of judging) {
			for (const part of rule.judges ?? []) {
				assert.ok(parts.has(part), `${rule.id}: ${part}`);
			}
		}
	});

	for (const rule of judging) {
		it(`${rule.id} (${(rule.judges ?? []).join(', ')})`, () => {
			const hidden = new Set<string | symbol>(rule.judges);
			for (const text of letters) {
				const letter = parseLetter(text);
				// The same letter with the parts the rule judges taken away.
				const without = new Proxy(letter, {
					// The getters read private fields: they run on the letter itself.
					get: (target, key) => (hidden.has(key) ? undefined : (Reflect.get(target, key) as unknown)),
				});
				assert.deepEqual(runAlone(without, rule.id), [], `a ${rule.id} finding on a letter without ${[...hidden].join(', ')}`);
			}
		});
	}
});
