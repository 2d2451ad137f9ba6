import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TEMPLATE_PLACEHOLDERS } from '../../server/src/core/data/template-placeholders';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

ruleTester('unfilled-placeholder', {
	valid: [
		{ name: 'a letter filled in', code: buildLetter() },
		{
			name: 'a signer whose title is Chánh Văn phòng (a template default that is real content)',
			code: buildLetter({ signature: 'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An' }),
		},
		{
			name: 'a form label "Họ và tên:" followed by a name is content',
			code: buildLetter({ body: 'Họ và tên: Nguyễn Văn Bình, chuyên viên Văn phòng./.' }),
		},
		{
			name: 'an ellipsis glued to a word is no blank',
			code: buildLetter({ body: 'Các nội dung khác (xem phụ lục…) thực hiện theo quy định./.' }),
		},
		{ name: 'the blank number of a draft is draft-blank, not a placeholder', code: buildLetter({ so: 'Số: …/UBND-VP' }) },
	],
	invalid: [
		{
			name: 'the agency lines of the template',
			code: buildLetter({ agency: 'TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN\nTÊN CƠ QUAN, TỔ CHỨC' }),
			errors: [
				{ messageId: 'text', line: 1, text: 'TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN' },
				{ messageId: 'text', line: 2, text: 'TÊN CƠ QUAN, TỔ CHỨC' },
			],
		},
		{
			name: 'the signer placeholder',
			code: buildLetter({ signature: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHọ và tên' }),
			errors: [{ messageId: 'text', text: 'Họ và tên' }],
		},
		{
			name: 'the ký hiệu groups of the template',
			code: buildLetter({ so: 'Số: /CQ-ĐV' }),
			errors: [
				{ messageId: 'kyHieu', text: 'CQ' },
				{ messageId: 'kyHieu', text: 'ĐV' },
			],
		},
		{
			name: 'a Kính gửi and a Nơi nhận entry left as in the template',
			code: buildLetter({
				kinhGui: 'Kính gửi: Tên cơ quan, tổ chức nhận văn bản',
				noiNhan: 'Nơi nhận:\n- Như trên;\n- Tên cơ quan, tổ chức nhận để biết;\n- Lưu: VT, VP.',
			}),
			errors: [
				{ messageId: 'text', text: 'Tên cơ quan, tổ chức nhận văn bản' },
				{ messageId: 'text', text: 'Tên cơ quan, tổ chức nhận để biết' },
			],
		},
		{
			name: 'a team template variable left in the text',
			code: buildLetter({ agency: '${profile.coQuanChuQuan}\nSỞ TÀI CHÍNH' }),
			errors: [{ messageId: 'variable', line: 1, text: '${profile.coQuanChuQuan}' }],
		},
		{
			name: 'a lone ellipsis in the body',
			code: buildLetter({ body: 'Về việc triển khai …, Ủy ban nhân dân tỉnh đề nghị các cơ quan thực hiện./.' }),
			errors: [{ messageId: 'ellipsis', text: '…' }],
		},
	],
});

describe('unfilled-placeholder: the list follows the templates', () => {
	it('lists every descriptive placeholder of the built-in snippets', () => {
		const snippets = readFileSync(path.resolve(__dirname, '../../../snippets/congvan.code-snippets'), 'utf8');
		const defaults = new Set([...snippets.matchAll(/\$\{\d+:([^}]*)\}/gu)].map((m) => m[1] ?? ''));
		// Defaults that are plausible content of a real letter, or blanks that other rules handle.
		const content = new Set([
			'…',
			'CQ',
			'ĐV',
			'Hà Nội',
			'Chánh Văn phòng',
			'Chủ tịch Ủy ban nhân dân tỉnh',
			'Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan',
			'Kính trình',
			'Như thành phần mời',
			'08 giờ 00 phút',
			'… giờ … phút',
			'Quyết định này có hiệu lực kể từ ngày ký',
			'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
			'Đề nghị đại biểu dự họp đúng thành phần, đúng giờ',
			'Đề nghị quý cơ quan quan tâm, phối hợp thực hiện',
			'Đề nghị các cơ quan, đơn vị biết, thực hiện',
		]);
		const missing = [...defaults].filter((d) => !content.has(d) && !d.includes('…') && !TEMPLATE_PLACEHOLDERS.includes(d));
		assert.deepEqual(missing, []);
	});
});
