// Layout invariance (issue #9): every letter of the repository, laid out in each shape of the checklist of
// ../shared/reference/real-world-shapes.md, must get the same content findings as its clean lines, on the
// same characters; so must the corpus letters with one injected defect of each class. Today many layouts
// differ, so the differences are kept in a golden file, test/fixtures/layout-invariance.expected.txt (goal:
// empty). The test fails when a difference appears or
// when a listed one disappears; `UPDATE_GOLDEN=1 npm test` rewrites the file to record an improvement.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText, type LintConfig } from '../server/src/core/index';
import { DEFECT_CLASSES, injectDefects } from './harness/defects';
import { diffFindings, findingKeys } from './harness/invariance';
import { analyseShape, layoutVariants, VARIANT_NAMES } from './harness/layouts';
import { allLetters, corpusLetters, REPO_ROOT } from './harness/letters';

const update = process.env['UPDATE_GOLDEN'] === '1';
const goldenFile = path.join(REPO_ROOT, 'test', 'fixtures', 'layout-invariance.expected.txt');
const config: LintConfig = { today: { year: 2026, month: 12, day: 7 } };
const HEADER = [
	'# Content findings that differ between layouts of the same letter (test/layout-invariance.test.ts).',
	'# FIXME issue #9: the goal is an empty list. Each line: letter, layout, "-" for a finding of the clean',
	'# lines that the layout loses, "+" for one it adds; then the range on the clean text (line:column,',
	'# 1-based), severity, rule and message. UPDATE_GOLDEN=1 npm test rewrites this file.',
];

describe('layout variants (test/harness/layouts.ts)', () => {
	for (const letter of corpusLetters().slice(0, 12)) {
		it(`keep every character of ${letter.name} and map it back`, () => {
			const clean = fs.readFileSync(letter.file, 'utf8');
			const variants = layoutVariants(clean);
			assert.deepEqual(
				variants.map((v) => v.name),
				[...VARIANT_NAMES],
			);
			for (const v of variants) {
				// Each clean character is written once, whole (NFD: decomposed); what the layout adds is white space or the " | " between cells.
				const units = new Map<number, string>();
				for (let i = 0; i < v.text.length; i++) {
					const c = v.toClean[i] ?? -1;
					const unit = v.text[i] ?? '';
					if (c < 0) {
						assert.match(unit, /^[\s|]$/u, `${v.name}: inserted unit ${i} is white space or a cell bar`);
					} else {
						units.set(c, (units.get(c) ?? '') + unit);
					}
				}
				for (let c = 0; c < clean.length; c++) {
					const ch = clean[c] ?? '';
					if (!/\s/u.test(ch)) {
						assert.equal(units.get(c)?.normalize('NFC'), ch, `${v.name}: clean character ${c}`);
						assert.ok((v.fromClean[c] ?? -1) >= 0, `${v.name}: clean character ${c} has a place`);
					}
				}
			}
		});
	}

	it('finds both columns of the header and of the closing in every corpus letter', () => {
		for (const letter of corpusLetters()) {
			const shape = analyseShape(fs.readFileSync(letter.file, 'utf8'));
			const where = `test/corpus/letters/${letter.name}.congvan`;
			assert.ok(shape.agency.length > 0 && shape.quocHieu !== undefined && shape.so !== undefined && shape.date !== undefined, where);
			if (!fs.existsSync(letter.file.replace(/\.congvan$/u, '.labels.json'))) {
				assert.ok(shape.noiNhan.length > 0 && shape.signature.length > 0, `${where}: closing`);
			}
		}
	});

	it('lays out the Word paste as the reference shows it: right cell after a TAB, cells on their own lines', () => {
		const clean = [
			'ỦY BAN NHÂN DÂN',
			'TỈNH LÂM VIÊN',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'',
			'Số: 215/UBND-KT',
			'V/v rà soát hệ thống đèn chiếu sáng công cộng',
			'',
			'Lâm Viên, ngày 14 tháng 5 năm 2024',
			'',
			'Nội dung./.',
			'',
			'Nơi nhận:',
			'- Như trên;',
			'- Lưu: VT, KT.',
			'',
			'KT. CHỦ TỊCH',
			'PHÓ CHỦ TỊCH',
			'',
			'Trần Minh Khoa',
			'',
		].join('\n');
		const tab = layoutVariants(clean).find((v) => v.name === 'word-tab-rows');
		assert.equal(
			tab?.text,
			[
				'ỦY BAN NHÂN DÂN',
				'TỈNH LÂM VIÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
				'Độc lập - Tự do - Hạnh phúc',
				'Số: 215/UBND-KT\tLâm Viên, ngày 14 tháng 5 năm 2024',
				'V/v rà soát hệ thống đèn chiếu sáng công cộng',
				'',
				'Nội dung./.',
				'',
				'Nơi nhận:',
				'- Như trên;',
				'- Lưu: VT, KT.\tKT. CHỦ TỊCH',
				'PHÓ CHỦ TỊCH',
				'',
				'Trần Minh Khoa',
				'',
			].join('\n'),
		);
	});
});

describe('layout variants of the PDF and web shapes (reference A5, B3)', () => {
	const clean = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'letters', 'quyet-dinh-kem-quy-che.congvan'), 'utf8');
	const variant = (name: string): string[] => (layoutVariants(clean).find((v) => v.name === name)?.text ?? '').split('\n');

	it('pdf-columns cuts the Quốc hiệu by a line of the agency', () => {
		assert.deepEqual(variant('pdf-columns').slice(0, 5), [
			'UBND TỈNH NINH THUẬN',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT',
			'SỞ VĂN HÓA VÀ THỂ THAO',
			'NAM',
			'Độc lập - Tự do - Hạnh phúc',
		]);
	});

	it('pdf-columns reads the date after a "Kính gửi:" label of the left column', () => {
		const letter = fs.readFileSync(path.join(REPO_ROOT, 'test', 'corpus', 'letters', 'cv-ubnd-lam-vien-den-chieu-sang.congvan'), 'utf8');
		const lines = (layoutVariants(letter).find((v) => v.name === 'pdf-columns')?.text ?? '').split('\n');
		const label = lines.indexOf('Kính gửi:');
		assert.ok(label > 0);
		assert.match(lines[label + 1] ?? '', /^Lâm Viên, ngày 14 tháng 5 năm 2024$/u);
		assert.match(lines[label + 2] ?? '', /^- /u);
	});

	it('web-flat runs the closing on into the attachment, up to "(Ban hành kèm theo …)" (B3)', () => {
		const lines = variant('web-flat');
		const closing = lines.find((l) => l.startsWith('Nơi nhận:'));
		assert.equal(
			closing,
			'Nơi nhận: - Như Điều 3; - Lưu: VT, VP. GIÁM ĐỐC Lê Văn Hùng QUY CHẾ Tổ chức hội thi văn nghệ quần chúng năm 2024 (Ban hành kèm theo Quyết định số 30/QĐ-SVHTT ngày 12/3/2024 của Giám đốc Sở Văn hóa và Thể thao)',
		);
		assert.ok(lines.includes('Chương I'));
	});
});

describe('defect injection (test/harness/defects.ts)', () => {
	it('injects each class into some corpus letter, changing the text', () => {
		const classes = new Set<string>();
		for (const letter of corpusLetters()) {
			const clean = fs.readFileSync(letter.file, 'utf8');
			for (const inj of injectDefects(clean)) {
				assert.notEqual(inj.text, clean, `${letter.name}: ${inj.defect}`);
				classes.add(inj.defect);
			}
		}
		assert.deepEqual([...classes].sort(), [...DEFECT_CLASSES].sort());
	});

	it('changes only the line it names (the Số, the renumbered item, the cited date)', () => {
		for (const letter of corpusLetters().slice(0, 10)) {
			const clean = fs.readFileSync(letter.file, 'utf8').split('\n');
			for (const inj of injectDefects(clean.join('\n'))) {
				if (inj.line === undefined) {
					continue;
				}
				const changed = inj.text.split('\n');
				assert.equal(changed.length, clean.length, `${letter.name} ${inj.defect}`);
				const differing = clean.map((l, i) => (l === changed[i] ? -1 : i)).filter((i) => i >= 0);
				assert.deepEqual(differing, [inj.line], `${letter.name} ${inj.defect}`);
			}
		}
	});
});

describe('layout invariance of content findings (issue #9)', () => {
	it('differs between layouts exactly as recorded in test/fixtures/layout-invariance.expected.txt', () => {
		const lines: string[] = [];
		const compare = (name: string, clean: string): void => {
			const variants = layoutVariants(clean);
			const base = findingKeys(clean, variants[0]!, lintText(clean, config));
			for (const v of variants.slice(1)) {
				for (const d of diffFindings(base, findingKeys(clean, v, lintText(v.text, config)))) {
					lines.push(`${name} ${v.name} ${d}`);
				}
			}
		};
		for (const letter of allLetters()) {
			compare(`${letter.group}/${letter.name}`, fs.readFileSync(letter.file, 'utf8'));
		}
		// Letters with a content defect added (the reference renders those in every layout too): each defect
		// class once, in the first clean corpus letter it applies to.
		const done = new Set<string>();
		for (const letter of corpusLetters()) {
			if (fs.existsSync(letter.file.replace(/\.congvan$/u, '.labels.json'))) {
				continue;
			}
			for (const inj of injectDefects(fs.readFileSync(letter.file, 'utf8'))) {
				if (!done.has(inj.defect)) {
					done.add(inj.defect);
					compare(`corpus/${letter.name}+${inj.defect}`, inj.text);
				}
			}
		}
		lines.sort();
		const actual = [...HEADER, ...lines].join('\n') + '\n';
		if (update) {
			fs.writeFileSync(goldenFile, actual);
			return;
		}
		assert.ok(fs.existsSync(goldenFile), 'missing test/fixtures/layout-invariance.expected.txt; run UPDATE_GOLDEN=1 npm test');
		const expected = fs
			.readFileSync(goldenFile, 'utf8')
			.split('\n')
			.filter((l) => l !== '' && !l.startsWith('#'));
		const appeared = lines.filter((l) => !expected.includes(l));
		const disappeared = expected.filter((l) => !lines.includes(l));
		assert.deepEqual(
			{ appeared, disappeared },
			{ appeared: [], disappeared: [] },
			'layout differences changed: a new one is a regression; a vanished one is progress, record it with UPDATE_GOLDEN=1',
		);
	});
});
