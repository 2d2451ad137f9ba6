// `congvan lint` on Word files, through the real command (dist/cli.js): a .docx named on the command line is
// read and checked in every format, each finding placed by its Word paragraph; a walk picks .docx files up
// only with --ext docx; --fix never writes a Word file; a bad file gets a clear message and nothing is written.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLetter } from '../../server/src/core/letter';
import { buildDocument, docxBytes } from '../../server/src/export/docx';
import { removeTemporaryDirectories, runCli, temporaryDirectory, ROOT } from '../cli/helpers';
import { oleFile } from '../harness/docx-builder';

const TODAY = '2026-12-07';

/** A folder holding the example letter with defects as a .docx made by the exporter. */
async function folderWithDocx(): Promise<{ dir: string; docx: string; bytes: Uint8Array }> {
	const dir = temporaryDirectory();
	const text = fs.readFileSync(path.join(ROOT, 'examples', 'cong-van-co-loi.congvan'), 'utf8');
	const bytes = await docxBytes(buildDocument(parseLetter(text)));
	const docx = path.join(dir, 'cong-van-co-loi.docx');
	fs.writeFileSync(docx, bytes);
	return { dir, docx, bytes };
}

/** Every file of a folder and its bytes, to show that nothing was written. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]));
}

describe('congvan lint on Word files', () => {
	after(removeTemporaryDirectories);

	it('places each finding by its Word paragraph in stylish: "đoạn N (bảng tiêu đề, cột trái) «snippet»"', async () => {
		const { dir } = await folderWithDocx();
		const result = runCli(['lint', '--today', TODAY, 'cong-van-co-loi.docx'], { cwd: dir });
		assert.equal(result.status, 1, result.stderr);
		assert.match(result.stdout, /đoạn 5 \(bảng tiêu đề, hàng 2, cột trái\) «Số: 7\/UBND-VP»\s+lỗi \(error\)\s+Số nhỏ hơn 10/u);
		assert.match(result.stdout, /đoạn 10 «Thực hiện Công văn số 120\/SNV-TĐKT ngày…»/u);
		assert.doesNotMatch(result.stdout, /--fix/u, 'no --fix hint for a Word file');
		const english = runCli(['lint', '--today', TODAY, '--locale', 'en', 'cong-van-co-loi.docx'], { cwd: dir });
		assert.match(english.stdout, /paragraph 5 \(header table, row 2, left column\) «Số: 7\/UBND-VP»/u);
	});

	it('gives JSON diagnostics with ranges into the text view and the Word location', async () => {
		const { dir } = await folderWithDocx();
		const result = runCli(['lint', '--today', TODAY, '--format', 'json', 'cong-van-co-loi.docx'], { cwd: dir });
		const [report] = JSON.parse(result.stdout) as {
			file: string;
			textView: boolean;
			diagnostics: { code: string; range: { start: { line: number; character: number } }; word: Record<string, unknown> }[];
		}[];
		assert.equal(report?.textView, true);
		const so = report?.diagnostics.find((d) => d.code === 'malformed-so-ky-hieu');
		assert.deepEqual(so?.range.start, { line: 3, character: 4 }, 'line 4 of the text view: "Số: 7/UBND-VP", at the 7');
		assert.deepEqual(so?.word, {
			paragraph: 5,
			snippet: 'Số: 7/UBND-VP',
			table: { index: 1, row: 2, column: 1, role: 'header', side: 'left' },
			offset: 4,
		});
	});

	it('gives SARIF results on the .docx with a logical location naming the paragraph', async () => {
		const { dir } = await folderWithDocx();
		const result = runCli(['lint', '--today', TODAY, '--format', 'sarif', 'cong-van-co-loi.docx'], { cwd: dir });
		const sarif = JSON.parse(result.stdout) as {
			runs: {
				results: {
					ruleId: string;
					message: { text: string };
					locations: {
						physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: unknown };
						logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
					}[];
				}[];
			}[];
		};
		const so = sarif.runs[0]?.results.find((r) => r.ruleId === 'malformed-so-ky-hieu');
		const location = so?.locations[0];
		assert.equal(location?.physicalLocation.artifactLocation.uri, 'cong-van-co-loi.docx');
		assert.equal(location?.physicalLocation.region, undefined, 'no line region: the lines of a .docx are not the text view');
		assert.deepEqual(location?.logicalLocations, [
			{ name: 'đoạn 5', fullyQualifiedName: 'đoạn 5 (bảng tiêu đề, hàng 2, cột trái) «Số: 7/UBND-VP»', kind: 'element' },
		]);
		assert.match(so?.message.text ?? '', /\(đoạn 5 /u);
	});

	it('walks a folder for .congvan only, and for .docx too with --ext docx', async () => {
		const { dir } = await folderWithDocx();
		const plain = runCli(['lint', '--today', TODAY, '--format', 'json', '.'], { cwd: dir });
		assert.deepEqual(JSON.parse(plain.stdout), []);
		const withDocx = runCli(['lint', '--today', TODAY, '--format', 'json', '--ext', 'docx', '.'], { cwd: dir });
		assert.deepEqual(
			(JSON.parse(withDocx.stdout) as { file: string }[]).map((r) => r.file),
			['cong-van-co-loi.docx'],
		);
	});

	it('refuses --fix on a Word file: it checks it, writes nothing and exits 2', async () => {
		const { dir } = await folderWithDocx();
		const before = snapshot(dir);
		const result = runCli(['lint', '--today', TODAY, '--fix', 'cong-van-co-loi.docx'], { cwd: dir });
		assert.equal(result.status, 2);
		assert.match(result.stderr, /--fix không sửa tệp Word: đã kiểm tra "cong-van-co-loi.docx" và giữ nguyên tệp\./u);
		assert.match(result.stdout, /malformed-so-ky-hieu/u);
		assert.deepEqual(snapshot(dir), before);
	});

	it('says clearly why a bad file cannot be checked, writes nothing and exits 2', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'mat-khau.docx'), oleFile('EncryptedPackage'));
		fs.writeFileSync(path.join(dir, 'cu.docx'), oleFile('WordDocument'));
		fs.writeFileSync(path.join(dir, 'hong.docx'), Buffer.from('PK\u0003\u0004 not really a zip'));
		const before = snapshot(dir);
		const result = runCli(['lint', '--fix', 'mat-khau.docx', 'cu.docx', 'hong.docx'], { cwd: dir });
		assert.equal(result.status, 2);
		assert.match(result.stderr, /không kiểm tra được tệp Word "mat-khau\.docx": văn bản Word được đặt mật khẩu/u);
		assert.match(result.stderr, /không kiểm tra được tệp Word "cu\.docx": tệp là văn bản Word 97–2003 \(\.doc\)/u);
		assert.match(result.stderr, /không kiểm tra được tệp Word "hong\.docx": tệp Word bị hỏng/u);
		assert.deepEqual(snapshot(dir), before);
		const english = runCli(['lint', '--locale', 'en', 'mat-khau.docx'], { cwd: dir });
		assert.match(english.stderr, /cannot check the Word file "mat-khau\.docx": the Word document is password-protected/u);
	});
});
