// The `congvan/preview` request of the live A4 preview, over a real stdio connection: the layout plan of the
// open document with the editor's lines of each block, the layout table the webview reads (A4, margins,
// columns), and the findings the editor shows; a change is seen by the next request; a letter whose header
// was typed as one row of two columns keeps its original lines; a closed document gets null.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildLetter } from '../harness/letter-builder';
import { LspClient } from '../harness/lsp';

const CAPABILITIES = {
	textDocument: { diagnostic: { dynamicRegistration: false } },
	workspace: { configuration: true },
};
const URI = 'file:///tmp/congvan-preview/thu.congvan';

interface Block {
	component: string;
	region: string;
	text: string;
	lines: number[];
}

interface Data {
	uri: string;
	version: number;
	locale: string;
	layout: {
		page: { widthMm: number; heightMm: number };
		margins: { left: { value: number } };
		columns: { headerLeft: number };
		components: Record<string, { size: { value: number } }>;
		ruleLines: { under: string }[];
	};
	blocks: Block[];
	findings: { code: string; severity: number; range: { start: { line: number } } }[];
	labels: { severity: string[] };
}

describe('language server: congvan/preview (the live A4 preview)', () => {
	let client: LspClient;

	const preview = (uri = URI): Promise<Data | null> => client.connection.sendRequest('congvan/preview', { textDocument: { uri } });
	const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

	beforeEach(async () => {
		client = LspClient.start();
		client.configuration = (item) => (item.section === 'congvan' ? { locale: 'vi' } : null);
		await client.initialize(CAPABILITIES);
	});

	afterEach(() => client.dispose());

	it('answers with the plan, the editor lines of each block, the layout table and the findings', async () => {
		const text = buildLetter({ so: 'Số: 5/UBND-VP' });
		await client.open(URI, 'congvan', text);
		const data = (await preview()) ?? assert.fail('no preview');
		assert.equal(data.uri, URI);
		assert.equal(data.version, 1);
		assert.deepEqual([data.layout.page.widthMm, data.layout.page.heightMm, data.layout.margins.left.value], [210, 297, 30]);
		assert.equal(data.layout.columns.headerLeft, 0.38);
		assert.ok(data.layout.ruleLines.some((r) => r.under === 'tieu-ngu'));
		const find = (component: string): Block => data.blocks.find((b) => b.component === component) ?? assert.fail(component);
		assert.deepEqual(
			[find('quoc-hieu').region, find('quoc-hieu').lines],
			['header-right', [lineOf(text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')]],
		);
		assert.deepEqual(
			[find('so').region, find('so').text, find('so').lines],
			['header-left-2', 'Số: 5/UBND-VP', [lineOf(text, 'Số: 5/UBND-VP')]],
		);
		assert.equal(find('ho-ten').region, 'closing-right');
		// Every non-blank line of the document is in exactly one block.
		const nonBlank = text
			.split('\n')
			.map((l, i) => (l.trim() === '' ? -1 : i))
			.filter((i) => i >= 0);
		assert.deepEqual(
			data.blocks.flatMap((b) => b.lines).sort((a, b) => a - b),
			nonBlank,
		);
		// The finding of the Số line, with its severity, on the Số block's line.
		const so = data.findings.find((f) => f.code === 'malformed-so-ky-hieu') ?? assert.fail('malformed-so-ky-hieu');
		assert.equal(so.severity, 1);
		assert.equal(so.range.start.line, find('so').lines[0]);
		assert.deepEqual(data.labels.severity, ['Lỗi', 'Cảnh báo', 'Thông tin', 'Gợi ý']);
	});

	it('sees a change at the next request', async () => {
		const text = buildLetter();
		await client.open(URI, 'congvan', text);
		const before = (await preview()) ?? assert.fail('no preview');
		assert.ok(!before.blocks.some((b) => b.text.includes('Trần Văn Bình')));
		const changed = text.replace(/\n([^\n]+)\n*$/u, '\nTrần Văn Bình\n');
		await client.change(URI, 2, [{ text: changed }]);
		const after = (await preview()) ?? assert.fail('no preview');
		assert.equal(after.version, 2);
		const name = after.blocks.find((b) => b.component === 'ho-ten') ?? assert.fail('ho-ten');
		assert.equal(name.text, 'Trần Văn Bình');
		assert.deepEqual(name.lines, [lineOf(changed, 'Trần Văn Bình')]);
	});

	it('gives the original line of each column of a header typed as one row', async () => {
		const text = buildLetter({
			agency: 'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH CAO BẰNG\tĐộc lập - Tự do - Hạnh phúc',
			quocHieu: null,
		});
		await client.open(URI, 'congvan', text);
		const data = (await preview()) ?? assert.fail('no preview');
		const block = (t: string): Block => data.blocks.find((b) => b.text === t) ?? assert.fail(`${t} in ${JSON.stringify(data.blocks)}`);
		assert.deepEqual([block('ỦY BAN NHÂN DÂN').region, block('ỦY BAN NHÂN DÂN').lines], ['header-left', [0]]);
		assert.deepEqual(
			[block('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').region, block('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').lines],
			['header-right', [0]],
		);
		assert.deepEqual(block('Độc lập - Tự do - Hạnh phúc').lines, [1]);
	});

	it("sets a biên bản's two signers side by side", async () => {
		const text = buildLetter({ signature: 'THƯ KÝ\n\nNguyễn Thị Lan\n\nCHỦ TỌA\n\nTrần Văn Bình' });
		await client.open(URI, 'congvan', text);
		const data = (await preview()) ?? assert.fail('no preview');
		const at = (t: string): string => data.blocks.find((b) => b.text === t)?.region ?? assert.fail(t);
		assert.deepEqual(['THƯ KÝ', 'Nguyễn Thị Lan', 'CHỦ TỌA', 'Trần Văn Bình', 'Nơi nhận:'].map(at), [
			'signers-left',
			'signers-left',
			'signers-right',
			'signers-right',
			'closing-left',
		]);
	});

	it('answers null for a document that is not open', async () => {
		assert.equal(await preview('file:///tmp/congvan-preview/khong-mo.congvan'), null);
		await client.open(URI, 'congvan', buildLetter());
		await client.close(URI);
		assert.equal(await preview(), null);
	});
});

describe("language server: the team profile's layout in congvan/preview and congvan/layout", () => {
	let folder: string;
	let client: LspClient;

	before(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-preview-profile-'));
		fs.mkdirSync(path.join(folder, '.congvan'));
		fs.writeFileSync(path.join(folder, '.congvan', 'profile.json'), JSON.stringify({ layout: { bodySize: 13, margins: { left: 35 } } }));
		client = LspClient.start();
		client.configuration = (item) => (item.section === 'congvan' ? { locale: 'vi' } : null);
		await client.initialize(CAPABILITIES, folder);
	});

	after(() => {
		client.dispose();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	it('lays the preview out with the choices of the nearest profile, and gives the export the same table', async () => {
		const uri = pathToFileURL(path.join(folder, 'thu.congvan')).href;
		await client.open(uri, 'congvan', buildLetter({ so: 'Số: 5/UBND-VP' }));
		const data =
			((await client.connection.sendRequest('congvan/preview', { textDocument: { uri } })) as Data | null) ?? assert.fail('no preview');
		assert.equal(data.layout.margins.left.value, 35);
		assert.equal(data.layout.components['noi-dung']?.size.value, 13);
		// Outside the profile's choices, the decree's defaults.
		assert.equal(data.layout.components['quoc-hieu']?.size.value, 13);
		const layout = await client.connection.sendRequest('congvan/layout', { textDocument: { uri } });
		assert.deepEqual(layout, data.layout);
		const closed = await client.connection.sendRequest('congvan/layout', {
			textDocument: { uri: pathToFileURL(path.join(folder, 'khac.congvan')).href },
		});
		assert.equal(closed, null);
	});
});
