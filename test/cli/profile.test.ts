// `congvan lint --profile`: the team profile feeds unknown-unit; ./.congvan/profile.json is found on its
// own; a broken profile given on purpose is a usage failure, a field of the wrong type only a message.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TODAY, letterWith, removeTemporaryDirectories, runCli, temporaryDirectory } from './helpers';

const PROFILE = { kyHieuCoQuan: 'UBND', donVi: [{ ten: 'Văn phòng', kyHieu: 'VP' }] };

function setUp(profile: unknown, where = path.join('.congvan', 'profile.json')): string {
	const dir = temporaryDirectory();
	fs.writeFileSync(path.join(dir, 'thu.congvan'), letterWith('15/UBND-KT'));
	if (profile !== undefined) {
		fs.mkdirSync(path.dirname(path.join(dir, where)), { recursive: true });
		fs.writeFileSync(path.join(dir, where), typeof profile === 'string' ? profile : JSON.stringify(profile));
	}
	return dir;
}

function ruleIds(stdout: string): string[] {
	const reports = JSON.parse(stdout) as { diagnostics: { code: string }[] }[];
	return reports.flatMap((r) => r.diagnostics.map((d) => d.code));
}

describe('CLI: --profile', () => {
	after(removeTemporaryDirectories);

	it('without a profile, unknown-unit says nothing', () => {
		const dir = setUp(undefined);
		const run = runCli(['lint', '--format', 'json', '--today', TODAY, 'thu.congvan'], { cwd: dir });
		assert.ok(!ruleIds(run.stdout).includes('unknown-unit'), run.stdout);
	});

	it('finds ./.congvan/profile.json by itself', () => {
		const dir = setUp(PROFILE);
		const run = runCli(['lint', '--format', 'json', '--today', TODAY, 'thu.congvan'], { cwd: dir });
		assert.ok(ruleIds(run.stdout).includes('unknown-unit'), run.stdout);
	});

	it('reads the file given with --profile', () => {
		const dir = setUp(PROFILE, 'hoso.json');
		const run = runCli(['lint', '--format', 'json', '--today', TODAY, '--profile', 'hoso.json', 'thu.congvan'], { cwd: dir });
		assert.ok(ruleIds(run.stdout).includes('unknown-unit'), run.stdout);
	});

	it('fails with exit code 2 when the --profile file is missing or not JSON', () => {
		const dir = setUp('{ "donVi": [', 'hoso.json');
		const broken = runCli(['lint', '--profile', 'hoso.json', 'thu.congvan'], { cwd: dir });
		assert.equal(broken.status, 2);
		assert.match(broken.stderr, /hồ sơ nhóm "hoso\.json" không phải JSON hợp lệ/u);
		const missing = runCli(['lint', '--profile', 'khong-co.json', 'thu.congvan'], { cwd: dir });
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /không đọc được hồ sơ nhóm "khong-co\.json"/u);
	});

	it('drops a field of the wrong type with a message and keeps the rest', () => {
		const dir = setUp({ ...PROFILE, diaDanh: 5 });
		const run = runCli(['lint', '--format', 'json', '--today', TODAY, 'thu.congvan'], { cwd: dir });
		assert.match(run.stderr, /bỏ qua "diaDanh"/u);
		assert.ok(ruleIds(run.stdout).includes('unknown-unit'), run.stdout);
	});

	it('takes an empty coQuanChuQuan (or null) as "no managing body", without a message', () => {
		for (const coQuanChuQuan of ['', null]) {
			const dir = setUp({ ...PROFILE, coQuanChuQuan });
			const run = runCli(['lint', '--format', 'json', '--today', TODAY, 'thu.congvan'], { cwd: dir });
			assert.doesNotMatch(run.stderr, /coQuanChuQuan/u);
			assert.ok(ruleIds(run.stdout).includes('unknown-unit'), run.stdout);
		}
	});

	it('is refused by the rules command', () => {
		const run = runCli(['rules', '--profile', 'x.json']);
		assert.equal(run.status, 2);
		assert.match(run.stderr, /--profile/u);
	});
});
