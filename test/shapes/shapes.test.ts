// Every case of groups A, B and E of reference/real-world-shapes.md, with the expected outcome as the reference
// states it (or today's outcome and a FIXME naming the expected one), and what the model reads in the shapes
// that the layout recovery takes apart.
import * as assert from 'node:assert/strict';
import { lintText, LineIndex, type Problem } from '../../server/src/core/index';
import { letterBlocks, parseLetter } from '../../server/src/core/letter';
import { editsKeepLayout } from '../../server/src/core/letter/layout';
import { A1_JOINERS, CASES, a1, type Expected } from './shapes-cases';

const config = { today: { year: 2026, month: 11, day: 22 } };

function found(text: string, problems: readonly Problem[]): string[] {
	const index = new LineIndex(text);
	return problems.map((p) => `${p.ruleId}:${index.positionAt(p.range.start).line + 1}`).sort();
}

function expected(findings: readonly Expected[]): string[] {
	return findings.map((f) => `${f.rule}:${f.line}`).sort();
}

describe('real-world shapes (reference groups A, B, E)', () => {
	for (const joiner of A1_JOINERS) {
		it(`A1 so-line-with-date, joined by ${JSON.stringify(joiner)}: no finding, ký hiệu ends before the date`, () => {
			const text = a1(joiner);
			assert.deepEqual(found(text, lintText(text, config)), []);
			const letter = parseLetter(text);
			assert.equal(letter.so?.value?.text, '215/UBND-KT');
			assert.equal(text.slice(letter.so.value.range.start, letter.so.value.range.end), '215/UBND-KT');
			assert.deepEqual(letter.issueDate, { day: 14, month: 5, year: 2024 });
			assert.equal(letter.date?.place.text, 'Lâm Viên');
		});
	}

	for (const c of CASES) {
		it(c.id, () => {
			const problems = lintText(c.text, config);
			assert.deepEqual(found(c.text, problems), expected(c.findings));
			for (const f of c.findings.filter((x) => x.severity !== undefined)) {
				const index = new LineIndex(c.text);
				const p = problems.find((x) => x.ruleId === f.rule && index.positionAt(x.range.start).line + 1 === f.line);
				assert.equal(p?.severity, f.severity, `${f.rule} on line ${f.line}`);
			}
		});
	}
});

describe('the model reads the recovered shapes', () => {
	const byId = (id: string): string => {
		const c = CASES.find((x) => x.id.startsWith(id));
		assert.ok(c, id);
		return c.text;
	};

	it('A2: the ký hiệu ends before "V/v"; the trích yếu is the rest of the line', () => {
		const letter = parseLetter(byId('A2'));
		assert.equal(letter.so?.value?.text, '215/UBND-KT');
		assert.equal(letter.trichYeu?.label?.text, 'V/v');
		assert.deepEqual(
			letter.trichYeu?.lines.map((s) => s.text),
			['V/v rà soát hệ thống đèn chiếu sáng công cộng'],
		);
	});

	it('A3: "Kính gửi:" found mid-line; its one recipient is the rest of the line', () => {
		const letter = parseLetter(byId('A3'));
		assert.deepEqual(
			letter.kinhGui?.recipients.map((s) => s.text),
			['Các phòng, đơn vị thuộc Sở'],
		);
		assert.equal(letter.date?.year?.value, 2024);
	});

	it('A4: the type name ends the date; the trích yếu starts at "VỀ VIỆC"', () => {
		const letter = parseLetter(byId('A4 header-on-one-line'));
		assert.equal(letter.so?.value?.text, '30/QĐ-SVHTT');
		assert.equal(letter.typeName?.type.name, 'QUYẾT ĐỊNH');
		const text = byId('A4 header-on-one-line');
		const upper = lintText(text, config).find((p) => p.ruleId === 'trich-yeu-uppercase');
		assert.match(text.slice(upper?.range.start, upper?.range.end), /^VỀ VIỆC THÀNH LẬP/u);
	});

	it('A5: the number below "Số:" is read, and the Quốc hiệu cut by a line of the other column', () => {
		assert.equal(parseLetter(byId('A5 block 2')).so?.value?.text, '215/SVHTT-VP');
		const letter = parseLetter(byId('A5 block 1'));
		assert.equal(letter.quocHieu?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
	});

	it('A6: a Kính gửi above the header is read after it', () => {
		const letter = parseLetter(byId('A6'));
		assert.equal(letter.so?.value?.text, '215/UBND-KT');
		assert.deepEqual(
			letter.kinhGui?.recipients.map((s) => s.text),
			['Các doanh nghiệp trên địa bàn tỉnh.'],
		);
	});

	it('A7: the type name is cut from its subject', () => {
		const text = byId('A7');
		const letter = parseLetter(text);
		assert.equal(letter.typeName?.type.name, 'KẾ HOẠCH');
		assert.equal(text.slice(letter.typeName.span.range.start, letter.typeName.span.range.end), 'KẾ HOẠCH');
		const upper = lintText(text, config).find((p) => p.ruleId === 'trich-yeu-uppercase');
		assert.equal(text.slice(upper?.range.start, upper?.range.end), 'TỔ CHỨC HỘI THI VĂN NGHỆ');
	});

	it('B1: a title glued to the name is cut at the case boundary, and no fix may touch that line', () => {
		const text = byId('B1 block 1');
		const letter = parseLetter(text);
		assert.deepEqual(
			letter.signature?.titleLines.map((s) => s.text),
			['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
		);
		assert.equal(letter.signature?.name?.text, 'Trần Minh Khoa');
		assert.equal(letter.signature?.recovery, 'case-boundary');
		const at = text.indexOf('PHÓ CHỦ TỊCHTrần');
		assert.equal(editsKeepLayout(letter.layout, [{ range: { start: at, end: at + 3 } }]), false);
		assert.equal(editsKeepLayout(letter.layout, [{ range: { start: 0, end: 2 } }]), true);
	});

	it('G1: the name-case fix never reaches a name glued to its title', () => {
		const text = byId('B1 block 1').replace('PHÓ CHỦ TỊCHTrần Minh Khoa', 'PHÓ CHỦ TỊCHTrần minh Khoa');
		const line = { start: text.indexOf('PHÓ CHỦ TỊCHTrần'), end: text.indexOf('minh Khoa') + 9 };
		for (const p of lintText(text, config)) {
			for (const edit of p.fix ?? []) {
				assert.ok(edit.range.end < line.start || edit.range.start > line.end, `${p.ruleId} fixes the glued line`);
			}
		}
	});

	it('B2: authority, title and name on one line; an attachment starts at "QUY CHẾ"', () => {
		const one = parseLetter(byId('B2 block 1'));
		assert.deepEqual(
			one.signature?.lines.map((s) => s.text),
			['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Mai'],
		);
		const text = byId('B2 block 2');
		const two = parseLetter(text);
		assert.equal(two.signature?.name?.text, 'Lê Văn Hùng');
		assert.ok(two.attachment);
		assert.match(text.slice(two.attachment.range.start), /^QUY CHẾ HỘI THI/u);
	});

	it('B3: the Nơi nhận ends at the Lưu entry, the signer follows, the attachment starts at "QUY CHẾ"', () => {
		const text = byId('B3');
		const letter = parseLetter(text);
		assert.equal(letter.noiNhan?.entries.at(-1)?.text, '- Lưu: VT, VP (10b)');
		assert.deepEqual(
			letter.signature?.lines.map((s) => s.text),
			['GIÁM ĐỐC', 'Lê Văn Hùng'],
		);
		assert.ok(letter.attachment);
		assert.match(text.slice(letter.attachment.range.start), /^QUY CHẾ HỘI THI/u);
		const columns = letterBlocks(letter).map((b) => b.column);
		assert.equal(columns.filter((c) => c === 'attachment').length, 7);
		assert.equal(columns.filter((c) => c === 'closing-right').length, 2);
	});

	it('B4: the label beside the signer: the entries, then the signature', () => {
		const letter = parseLetter(byId('B4'));
		assert.deepEqual(
			letter.noiNhan?.entries.map((e) => e.text),
			['- Như trên;', '- Lưu: VT, VP.'],
		);
		assert.deepEqual(
			letter.signature?.lines.map((s) => s.text),
			['GIÁM ĐỐC', 'Trần Thị Mai'],
		);
	});

	it('B8, B9: notes after an entry’s final mark are kept apart from the entry', () => {
		const b8 = parseLetter(byId('B8'));
		const entry = b8.noiNhan?.entries[1];
		assert.equal(entry?.text, '- Chủ tịch UBND tỉnh;');
		assert.deepEqual(
			entry?.notes?.map((s) => s.text),
			['(để b/c)'],
		);
		const b9 = parseLetter(byId('B9 line 1'));
		assert.equal(b9.noiNhan?.entries.at(-1)?.text, '- Lưu: VT, KT (2b).');
		assert.deepEqual(
			b9.noiNhan?.entries.at(-1)?.notes?.map((s) => s.text),
			['HN'],
		);
		// A unit after a wrong period is no note: "- Lưu: VT. KT" keeps its unit.
		const wrong = parseLetter(byId('B9 line 1').replace('- Lưu: VT, KT (2b). HN', '- Lưu: VT. KT'));
		assert.equal(wrong.noiNhan?.entries.at(-1)?.text, '- Lưu: VT. KT');
	});

	it('B11: the label is found after "./."', () => {
		const letter = parseLetter(byId('B11'));
		assert.equal(letter.noiNhan?.label.text, 'Nơi nhận');
		assert.equal(letter.noiNhan?.entries.length, 3);
		assert.match(letter.body?.paragraphs.at(-1)?.text.text ?? '', /năm 2024\.\/\.$/u);
	});

	it('E4: the Số line is found after a drawing-shape label', () => {
		const letter = parseLetter(byId('E4'));
		assert.equal(letter.so?.value?.text, '215/UBND-KT');
	});
});
