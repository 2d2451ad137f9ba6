// The team profile's layout choices: read and checked with the profile (node/profile-file.ts), applied by
// layoutForProfile (core/layout/profile.ts) for the layout rules, the preview and the export.
import * as assert from 'node:assert/strict';
import { chosenLayout, layoutForProfile, LayoutChoiceError } from '../../server/src/core/layout/profile';
import { nd30Layout } from '../../server/src/core/layout/nd30';
import { normalizeProfile } from '../../server/src/node/profile-file';

describe('team profile: layout choices', () => {
	it('gives the decree defaults without a profile or without "layout"', () => {
		assert.deepEqual(layoutForProfile(undefined), nd30Layout());
		assert.deepEqual(layoutForProfile({ coQuanBanHanh: 'SỞ TÀI CHÍNH' }), nd30Layout());
	});

	it('applies the choices inside the ranges', () => {
		const table = layoutForProfile({
			layout: { bodySize: 13, margins: { left: 35, top: 25 }, lineSpacing: 1.15, sizes: { 'quoc-hieu': 12 } },
		});
		assert.equal(table.components['noi-dung'].size.value, 13);
		assert.equal(table.components['kinh-gui'].size.value, 13);
		assert.equal(table.components['quoc-hieu'].size.value, 12);
		assert.equal(table.margins.left.value, 35);
		assert.equal(table.margins.top.value, 25);
		assert.equal(table.margins.right.value, nd30Layout().margins.right.value);
		assert.equal(table.lineSpacing.value, 1.15);
	});

	it('throws a LayoutChoiceError naming the value, the range and the clause for a choice outside the decree', () => {
		assert.throws(
			() => layoutForProfile({ layout: { margins: { left: 25 } } }),
			(error: unknown) =>
				error instanceof LayoutChoiceError &&
				error.choice === 'margins.left' &&
				error.message.includes('25 mm') &&
				error.message.includes('30 đến 35 mm') &&
				error.message.includes('Phụ lục I, Phần I, Mục I, khoản 3'),
		);
		assert.throws(() => layoutForProfile({ layout: { bodySize: 12 } }), LayoutChoiceError);
		assert.throws(() => layoutForProfile({ layout: { sizes: { 'noi-nhan-entry': 12 } } }), LayoutChoiceError);
	});

	it('tells which values the team chose itself', () => {
		const chosen = chosenLayout({ layout: { bodySize: 14, margins: { left: 30 }, sizes: { 'quoc-hieu': 13 } } });
		assert.ok(chosen.sizes.has('noi-dung') && chosen.sizes.has('can-cu') && chosen.sizes.has('quoc-hieu'));
		assert.ok(!chosen.sizes.has('tieu-ngu'));
		assert.deepEqual([...chosen.margins], ['left']);
		assert.equal(chosen.lineSpacing, false);
		assert.equal(chosenLayout(undefined).sizes.size, 0);
	});

	it('keeps a valid "layout" key when the profile file is read', () => {
		const { profile, warnings } = normalizeProfile({ layout: { bodySize: 14, margins: { left: 32 } } }, 'profile.json');
		assert.deepEqual(warnings, []);
		assert.deepEqual(profile?.layout, { bodySize: 14, margins: { left: 32 } });
	});

	it('drops a choice outside the decree with a clear message and keeps the others', () => {
		const { profile, warnings } = normalizeProfile(
			{ layout: { bodySize: 14, margins: { left: 25, top: 22 }, lineSpacing: 2 } },
			'profile.json',
		);
		assert.deepEqual(profile?.layout, { bodySize: 14, margins: { top: 22 } });
		assert.equal(warnings.length, 2, warnings.join('\n'));
		assert.ok(
			warnings[0]?.includes('"layout.margins.left"') && warnings[0].includes('Lề trái 25 mm nằm ngoài khoảng 30 đến 35 mm'),
			warnings[0],
		);
		assert.ok(warnings[1]?.includes('"layout.lineSpacing"') && warnings[1].includes('1 đến 1.5'), warnings[1]);
	});

	it('says in English that a choice is outside the decree, with the detail', () => {
		const { warnings } = normalizeProfile({ layout: { bodySize: 16 } }, 'profile.json', 'en');
		assert.equal(warnings.length, 1);
		assert.ok(warnings[0]?.includes('outside the range of Decree 30/2020/NĐ-CP, Appendix I'), warnings[0]);
	});

	it('drops values of the wrong type and keys that are not layout choices', () => {
		const { profile, warnings } = normalizeProfile(
			{ layout: { bodySize: '14', margins: { left: 30, inner: 5 }, sizes: { 'quoc-hieu': 'to' }, colour: 'đen' } },
			'profile.json',
		);
		assert.deepEqual(profile?.layout, { margins: { left: 30 }, sizes: {} });
		assert.equal(warnings.length, 4, warnings.join('\n'));
		const fields = warnings.map((w) => /"(layout[^"]*)"/u.exec(w)?.[1]);
		assert.deepEqual(fields, ['layout.bodySize', 'layout.margins.inner', 'layout.sizes.quoc-hieu', 'layout.colour']);
	});

	it('drops a "layout" that is not an object, and a size for a component that does not exist', () => {
		assert.equal(normalizeProfile({ layout: [14] }, 'p.json').profile?.layout, undefined);
		const { profile, warnings } = normalizeProfile({ layout: { sizes: { 'chu-ky': 13 } } }, 'p.json');
		assert.deepEqual(profile?.layout, { sizes: {} });
		assert.ok(warnings[0]?.includes('layout.sizes.chu-ky'), warnings[0]);
	});
});
