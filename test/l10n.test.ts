// The two languages of the checking core: the English table of the rules (server/src/core/l10n/en.ts)
// against the Vietnamese in the rule files, the choice of the language, the engine in English, and the
// editor features (outline, hover, completion) in English. Vietnamese stays the default everywhere.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
	RULES,
	legalBasisLabel,
	lintText,
	localeOfTag,
	parseLetter,
	resolveLocale,
	ruleDescription,
	type LintConfig,
	type Problem,
} from '../server/src/core/index';
import { completionsAt, documentSymbols, hoverAt } from '../server/src/core/features/index';
import { LAYOUT_RULES } from '../server/src/core/groups/layout';
import { EN, placeholders, textPattern, translateText } from '../server/src/core/l10n/index';
import { buildLetter } from './harness/letter-builder';

const ROOT = path.resolve(__dirname, '..', '..');
const TODAY = { year: 2026, month: 11, day: 22 };

/** A profile with two units, so that unknown-unit speaks. */
const PROFILE: LintConfig['profile'] = {
	donVi: [
		{ ten: 'Văn phòng', kyHieu: 'VP' },
		{ ten: 'Phòng Quản lý văn hóa và gia đình', kyHieu: 'QLVHGĐ' },
	],
};

const body = (...paragraphs: string[]): string => buildLetter({ body: paragraphs.join('\n\n') });

/**
 * Letters that make every rule with free texts write them (suggestion titles, related notes), next to the
 * examples, the fixtures and the five shared letters.
 */
const TEXT_LETTERS: Record<string, string> = {
	'"Về việc" for V/v': buildLetter({ vv: 'Về việc triển khai kế hoạch công tác năm 2021' }),
	'a named document with V/v': buildLetter({ vv: 'QUYẾT ĐỊNH\nV/v ban hành Quy chế công tác văn thư', kinhGui: null }),
	'a named document numbered like a công văn': buildLetter({ vv: 'KẾ HOẠCH\nTriển khai công tác năm 2021', kinhGui: null }),
	'an abbreviated place': buildLetter({ date: 'TP. Hồ Chí Minh, ngày 05 tháng 02 năm 2021' }),
	'a công văn cited as "văn bản"': body('Thực hiện văn bản số 12/UBND-VP ngày 05/01/2021 của UBND tỉnh về rà soát hồ sơ./.'),
	'a thông báo with Kính gửi': buildLetter({ so: 'Số: 12/TB-UBND', vv: 'THÔNG BÁO\nVề việc tổ chức hội thi văn nghệ năm 2021' }),
	'a Điều without its label': buildLetter({
		vv: 'QUYẾT ĐỊNH\nVề việc thành lập Ban tổ chức',
		kinhGui: null,
		body: 'Điều 1. Thành lập Ban tổ chức.\nĐiều 2. Ban tổ chức tự giải thể.\nQuyết định này có hiệu lực kể từ ngày ký.\nĐiều 4. Các thành viên thi hành Quyết định này./.',
	}),
	'a Chủ tịch in lower case signing for the Ủy ban': buildLetter({ signature: 'Chủ tịch\n\nNguyễn Văn Thành' }),
	'a skipped number': body('Ủy ban nhân dân tỉnh yêu cầu:', '1. Một.', '2. Hai.', '4. Bốn.', '5. Năm.', 'Đề nghị thực hiện./.'),
	'a duplicated number': body('Ủy ban nhân dân tỉnh yêu cầu:', '1. Một.', '2. Hai.', '2. Ba.', 'Đề nghị thực hiện./.'),
	'a mistyped number': body('Ủy ban nhân dân tỉnh yêu cầu:', '1. Một.', '2. Hai.', '12. Ba.', '4. Bốn.', 'Đề nghị thực hiện./.'),
	'a mistyped duplicate': body(
		'Ủy ban nhân dân tỉnh yêu cầu:',
		'1. Một.',
		'2. Hai.',
		'4. Ba.',
		'4. Bốn.',
		'5. Năm.',
		'Đề nghị thực hiện./.',
	),
	'a decimal item under the wrong khoản': body(
		'Ủy ban nhân dân tỉnh yêu cầu:',
		'1. Một:',
		'4.1. Ý một.',
		'4.2. Ý hai.',
		'2. Hai.',
		'Đề nghị thực hiện./.',
	),
	'an f) point': body(
		'Ủy ban nhân dân tỉnh yêu cầu:',
		'1. Nội dung:',
		'a) Một;',
		'b) Hai;',
		'c) Ba;',
		'd) Bốn;',
		'e) Năm;',
		'f) Sáu.',
		'Đề nghị thực hiện./.',
	),
	'a year that does not match': body(
		'Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2021 của Chính phủ về công tác văn thư, Ủy ban nhân dân tỉnh yêu cầu thực hiện./.',
	),
	'a citation dated after the letter': body(
		'Thực hiện Công văn số 216/BNV-VP ngày 28/01/2022 của Bộ Nội vụ về việc triển khai kế hoạch, Ủy ban nhân dân tỉnh yêu cầu thực hiện./.',
	),
	'a generic citation': body(
		'Thực hiện Văn bản số 12/TB-UBND ngày 28/01/2021 của Ủy ban nhân dân tỉnh về việc triển khai kế hoạch, các cơ quan thực hiện./.',
	),
	'no Nơi nhận before the signature': buildLetter({ noiNhan: null }),
	'no Nơi nhận and no signature': buildLetter({ noiNhan: null, signature: null }),
	'Như trên not first': buildLetter({ noiNhan: 'Nơi nhận:\n- UBND tỉnh;\n- Như trên;\n- Lưu: VT, VP.' }),
	'a variant of Như trên': buildLetter({ noiNhan: 'Nơi nhận:\n- Như Kính gửi;\n- Lưu: VT, VP.' }),
	'two recipients on a line': buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên;\n- Sở Tài chính; Sở Nội vụ;\n- Lưu: VT, VP.' }),
	'a unit near the ký hiệu': buildLetter({ so: 'Số: 15/UBND-QLVHGĐ', noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, QLVHGD.' }),
	'a near miss of a profile unit': buildLetter({ so: 'Số: 15/UBND-QLVGĐ' }),
	'a signing prefix in markdown bold': buildLetter({ signature: '**K/T** GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An' }),
	'a name in capitals in markdown bold': buildLetter({ signature: 'GIÁM ĐỐC\n\n**SẦM** VIỆT AN' }),
	'a degree before the name': buildLetter({ signature: 'GIÁM ĐỐC\n\nPGS.TS. Nguyễn Văn An' }),
	'a Nơi nhận entry without its dash': buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên;\n- Sở Tài chính;\nSở Nội vụ;\n- Lưu: VT, VP.' }),
	"an agency name after the head's title": buildLetter({ signature: 'KT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An' }),
};

/** Every letter the tests lint in both languages. */
function corpus(): [string, string][] {
	const read = (dir: string, filter: (name: string) => boolean): [string, string][] =>
		readdirSync(dir)
			.filter(filter)
			.map((name) => [path.join(path.basename(dir), name), readFileSync(path.join(dir, name), 'utf8')]);
	return [
		...read(path.join(ROOT, 'examples'), (name) => name.endsWith('.congvan')),
		...read(path.join(ROOT, 'test', 'fixtures', 'letters'), (name) => name.endsWith('.congvan')),
		...read(path.resolve(ROOT, '..', 'shared', 'letters'), (name) => name.endsWith('.txt')),
		...Object.entries(TEXT_LETTERS),
	];
}

function lint(text: string, locale?: 'vi' | 'en'): Problem[] {
	return lintText(text, { today: TODAY, profile: PROFILE, ...(locale ? { locale } : {}) });
}

/** A problem without its texts, for comparing the two languages. */
function shape(problem: Problem): unknown {
	const { message: _message, suggestions, related, ...rest } = problem;
	return { ...rest, suggestions: suggestions?.map((s) => s.edits), related: related?.map((r) => r.range) };
}

/** The free texts of a problem: its suggestions' titles and its related notes. */
function freeTexts(problem: Problem): string[] {
	return [...(problem.suggestions ?? []).map((s) => s.message), ...(problem.related ?? []).map((r) => r.message)];
}

// Words that English texts keep in Vietnamese: what the letter contains and what the writer types.
const KEPT_VIETNAMESE =
	/(?<!\p{L})(?:số|ký hiệu|công văn|quyết định|Nơi nhận|Lưu|Kính gửi|thay mặt|ký thay|thừa lệnh|thừa ủy quyền|quyền|Như trên|ngày|của|về việc|đ|QĐ|QyĐ)(?!\p{L})/gu;

/** What is left of an English text once quoted letter text, placeholders and kept words are taken out. */
function unquoted(text: string): string {
	return text
		.replace(/"[^"]*"/gu, '')
		.replace(/`[^`]*`/gu, '')
		.replace(/\{\w+\}/gu, '')
		.replace(/NĐ-CP|Nghị định 30\/2020\/NĐ-CP|Phụ lục [IV]+|Điều \d+/gu, '')
		.replace(KEPT_VIETNAMESE, '');
}

/** Vietnamese letters that English words never have. */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

describe('l10n: the English table of the rules', () => {
	it('has an entry for every rule, and none for a rule that does not exist', () => {
		const ids = RULES.map((r) => r.id);
		assert.deepEqual(
			ids.filter((id) => !Object.hasOwn(EN, id)),
			[],
			'rules without English',
		);
		assert.deepEqual(
			Object.keys(EN).filter((id) => !ids.includes(id)),
			[],
			'English for rules that do not exist',
		);
	});

	it('gives every messageId of every rule, with exactly the same placeholders, and nothing more', () => {
		for (const rule of RULES) {
			const english = EN[rule.id];
			assert.ok(english, rule.id);
			assert.deepEqual(Object.keys(english.messages).sort(), Object.keys(rule.messages).sort(), `${rule.id}: messageIds`);
			for (const [messageId, template] of Object.entries(rule.messages)) {
				const translated: string = english.messages[messageId] ?? '';
				assert.deepEqual(placeholders(translated).sort(), placeholders(template).sort(), `${rule.id}.${messageId}: placeholders`);
			}
			assert.ok(english.description.trim() !== '', `${rule.id}: description`);
		}
	});

	it('translates free texts with the same placeholders, and data only of placeholders the rule uses', () => {
		for (const [id, english] of Object.entries(EN)) {
			for (const [pattern, translated] of Object.entries(english.texts ?? {})) {
				assert.deepEqual(placeholders(translated).sort(), placeholders(pattern).sort(), `${id}: "${pattern}"`);
			}
			const used = new Set([...Object.values(english.messages), ...Object.keys(english.texts ?? {})].flatMap(placeholders));
			for (const [name, data] of Object.entries(english.data ?? {})) {
				assert.ok(used.has(name), `${id}: data for {${name}}, which no message or text uses`);
				for (const [pattern, translated] of Object.entries(data.patterns)) {
					assert.deepEqual(placeholders(translated).sort(), placeholders(pattern).sort(), `${id}: {${name}} "${pattern}"`);
				}
			}
		}
	});

	it('is English: no Vietnamese outside quotes, placeholders and the words a letter contains', () => {
		const offending: string[] = [];
		for (const [id, english] of Object.entries(EN)) {
			const texts = [english.description, ...Object.values(english.messages), ...Object.values(english.texts ?? {})];
			for (const text of texts) {
				if (VIETNAMESE_LETTER.test(unquoted(text))) {
					offending.push(`${id}: ${text}`);
				}
			}
		}
		assert.deepEqual(offending, []);
	});

	it('describes every rule in both languages, with the legal basis label of each', () => {
		for (const rule of RULES) {
			assert.equal(ruleDescription(rule), rule.description);
			assert.equal(ruleDescription(rule, 'vi'), rule.description);
			assert.equal(ruleDescription(rule, 'en'), EN[rule.id]?.description);
		}
		assert.equal(legalBasisLabel(), 'Căn cứ');
		assert.equal(legalBasisLabel('en'), 'Legal basis');
	});
});

describe('l10n: choosing the language', () => {
	const cases: [unknown, string | undefined, 'vi' | 'en'][] = [
		['auto', 'vi', 'vi'],
		['auto', 'en', 'en'],
		['auto', 'en-us', 'en'],
		['auto', 'en-GB', 'en'],
		// Neither Vietnamese nor English: Vietnamese first, for Vietnamese office workers.
		['auto', 'fr', 'vi'],
		['auto', 'zh-cn', 'vi'],
		['auto', undefined, 'vi'],
		[undefined, 'en', 'en'],
		['en', 'vi', 'en'],
		['vi', 'en', 'vi'],
		['de', 'en', 'en'],
		[42, undefined, 'vi'],
	];
	for (const [setting, display, expected] of cases) {
		it(`setting ${JSON.stringify(setting)} with display language ${JSON.stringify(display)}: ${expected}`, () => {
			assert.equal(resolveLocale(setting, display), expected);
		});
	}

	it('reads POSIX locale names and language tags, and nothing that only starts like them', () => {
		assert.equal(localeOfTag('vi_VN.UTF-8'), 'vi');
		assert.equal(localeOfTag('en_US.UTF-8'), 'en');
		assert.equal(localeOfTag('EN'), 'en');
		assert.equal(localeOfTag('C.UTF-8'), undefined);
		assert.equal(localeOfTag('english'), undefined);
		assert.equal(localeOfTag(''), undefined);
		assert.equal(localeOfTag(null), undefined);
	});
});

describe('l10n: the engine in English', () => {
	const letters = corpus();

	it('reads the letters the tests need (the shared letters are next to the repository)', () => {
		assert.ok(letters.length >= Object.keys(TEXT_LETTERS).length + 9, `only ${letters.length} letters`);
	});

	it('is Vietnamese by default: no locale is the same as "vi"', () => {
		for (const [name, text] of letters) {
			assert.deepEqual(lint(text), lint(text, 'vi'), name);
		}
	});

	it('finds the same problems in both languages: rule, messageId, severity, source, range, fixes, suggestions, related places', () => {
		for (const [name, text] of letters) {
			assert.deepEqual(lint(text, 'en').map(shape), lint(text, 'vi').map(shape), name);
		}
	});

	it('fills every placeholder of the English messages, and changes every message', () => {
		for (const [name, text] of letters) {
			const vietnamese = lint(text, 'vi');
			lint(text, 'en').forEach((problem, i) => {
				assert.doesNotMatch(problem.message, /\{[A-Za-z]\w*\}/u, `${name}: ${problem.message}`);
				assert.notEqual(problem.message, vietnamese[i]?.message, `${name}: ${problem.ruleId} is not translated`);
			});
		}
	});

	it('translates every suggestion title and related note, and uses every pattern of the table', () => {
		const untranslated: string[] = [];
		const met = new Set<string>();
		for (const [name, text] of letters) {
			const english = lint(text, 'en');
			lint(text, 'vi').forEach((problem, i) => {
				const texts = freeTexts(problem);
				const translated = freeTexts(english[i] ?? problem);
				texts.forEach((vietnamese, j) => {
					const expected = translateText(problem.ruleId, vietnamese, 'en');
					if (expected === undefined) {
						untranslated.push(`${name}: ${problem.ruleId}: ${vietnamese}`);
						return;
					}
					assert.equal(translated[j], expected);
					met.add(`${problem.ruleId}: ${textPattern(problem.ruleId, vietnamese, 'en') ?? ''}`);
				});
			});
		}
		assert.deepEqual(untranslated, []);
		// The layout rules (and legacy-encoding's note on legacy fonts) write their notes on Word files only, which
		// the text corpus cannot give: test/layout-rules/l10n.test.ts checks those on Word formatting.
		const wordOnly = new Set([...LAYOUT_RULES.map((r) => r.id), 'legacy-encoding']);
		const all = Object.entries(EN).flatMap(([id, english]) =>
			Object.keys(english.texts ?? {})
				.filter((pattern) => !(wordOnly.has(id) && pattern.startsWith('Cũng ')))
				.map((pattern) => `${id}: ${pattern}`),
		);
		assert.deepEqual(
			all.filter((pattern) => !met.has(pattern)),
			[],
			'patterns that no letter of the corpus uses: add a letter to TEXT_LETTERS',
		);
	});

	it('translates the values the rules build in Vietnamese: item kinds, the blanks of a draft date', () => {
		const duplicate = lint(TEXT_LETTERS['a duplicated number'] ?? '', 'en').find((p) => p.ruleId === 'duplicate-item-number');
		assert.equal(duplicate?.message, 'The clause "2." repeats the number of the clause on line 20.');
		assert.deepEqual(freeTexts(duplicate as Problem), ['Renumber from clause "2." on.', 'The first clause "2.".']);
		const draft = lint(buildLetter({ date: 'Lạng Sơn, ngày    tháng    năm 2020' }), 'en').find((p) => p.ruleId === 'draft-blank');
		assert.equal(
			draft?.message,
			'The day, month of the issue date are still blank (draft): the records office fills them in when the letter is issued.',
		);
		const after = lint(TEXT_LETTERS['a citation dated after the letter'] ?? '', 'en').find(
			(p) => p.ruleId === 'citation-date-after-letter',
		);
		assert.equal(after?.message, 'Công văn số 216/BNV-VP is dated 28/01/2022, after the issue date of this letter (05/02/2021).');
		const future = lint(buildLetter({ date: 'Lạng Sơn, ngày    tháng    năm 2030' }), 'en').find((p) => p.ruleId === 'date-in-future');
		assert.equal(future?.message, 'The year of issue 2030 is later than the current year (2026): check the year.');
	});
});

describe('l10n: editor features in English', () => {
	const letter = parseLetter(buildLetter());
	const source = letter.source;

	it('names the outline in English, and in Vietnamese by default', () => {
		const names = (locale?: 'vi' | 'en'): string[] => documentSymbols(letter, locale).map((s) => `${s.name} | ${s.detail ?? ''}`);
		assert.deepEqual(names(), names('vi'));
		const english = names('en');
		assert.ok(english.includes('Number and symbol') || english.some((n) => n.endsWith('| Number and symbol')), english.join('\n'));
		assert.ok(
			english.some((n) => n.startsWith('Body | ')),
			english.join('\n'),
		);
		assert.ok(
			english.some((n) => n.startsWith('Signature: ')),
			english.join('\n'),
		);
		assert.ok(
			english.some((n) => n.startsWith('Nơi nhận (recipients) | 2 recipients')),
			english.join('\n'),
		);
		assert.ok(
			english.some((n) => n.endsWith('| Friday')),
			english.join('\n'),
		);
	});

	it('explains the date line, the Số line and a citation in English, with the legal basis in Vietnamese', () => {
		const at = (text: string): number => source.indexOf(text) + 2;
		const date = hoverAt(letter, at('ngày 05 tháng 02'), 'en');
		assert.match(date?.markdown ?? '', /^\*\*Friday\*\*, 05\/02\/2021\n/u);
		assert.match(date?.markdown ?? '', /- Format: Decree 30\/2020\/NĐ-CP \(documents issued from 05\/03\/2020\)/u);
		const so = hoverAt(letter, at('15/UBND-VP'), 'en');
		assert.match(so?.markdown ?? '', /^\*\*Number and symbol\*\* `15\/UBND-VP`/u);
		assert.match(so?.markdown ?? '', /\nLegal basis: Nghị định 30\/2020\/NĐ-CP, Phụ lục I, Phần I, Mục II\.3\.$/u);
		const citation = hoverAt(letter, at('216/BNV-VP'), 'en');
		assert.match(citation?.markdown ?? '', /^\*\*Công văn số 216\/BNV-VP\*\* · first citation\n/u);
		assert.match(citation?.markdown ?? '', /\nLegal basis: Nghị định 30\/2020\/NĐ-CP, Phụ lục I, Phần I, Mục II\.6\.b\.$/u);
		for (const hover of [date, so, citation]) {
			assert.equal(VIETNAMESE_LETTER.test(unquoted(stripLetterText(hover?.markdown ?? ''))), false, hover?.markdown);
		}
		// Vietnamese by default, as before.
		assert.equal(hoverAt(letter, at('15/UBND-VP'))?.markdown, hoverAt(letter, at('15/UBND-VP'), 'vi')?.markdown);
	});

	it('documents completions in English and inserts the same text', () => {
		const signed = parseLetter(`${buildLetter({ signature: '' }).trimEnd()}\n\n`);
		const offset = signed.source.length;
		const vietnamese = completionsAt(signed, offset);
		const english = completionsAt(signed, offset, { locale: 'en' });
		assert.deepEqual(
			english.map((i) => [i.label, i.insertText]),
			vietnamese.map((i) => [i.label, i.insertText]),
		);
		const tm = english.find((i) => i.label === 'TM.');
		assert.equal(tm?.detail, 'On behalf of (thay mặt)');
		assert.match(tm?.documentation ?? '', /\n\nLegal basis: Nghị định 30\/2020\/NĐ-CP, Điều 13 và Phụ lục I, Phần I, Mục II\.7\.$/u);
		assert.equal(vietnamese.find((i) => i.label === 'TM.')?.detail, 'Thay mặt');
	});
});

/** A hover without the parts it quotes from the letter and the legal sources, which stay Vietnamese. */
function stripLetterText(markdown: string): string {
	return markdown
		.split('\n')
		.filter(
			(line) =>
				!line.startsWith('Legal basis:') &&
				!line.startsWith('- Place:') &&
				!line.startsWith('- Issuing body:') &&
				!line.startsWith('- Subject summary:') &&
				!line.startsWith('- Type:'),
		)
		.join('\n')
		.replace(/\*\*[^*]*\*\*/gu, '');
}
