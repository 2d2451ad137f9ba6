import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const body = (text: string): string => buildLetter({ body: text });
// The skeleton writes "Ủy ban" in the traditional style; this is the same letter in the modern style.
const modern = (text: string): string => body(text).replace(/Ủy/gu, 'Uỷ').replace(/ỦY/gu, 'UỶ').replace('HÒA', 'HOÀ');

ruleTester('tone-mark-style', {
	valid: [
		{ name: 'only the traditional style', code: body('Ủy ban nhân dân tỉnh đề nghị giữ gìn sức khỏe, hòa hợp./.') },
		{ name: 'only the modern style', code: modern('Uỷ ban nhân dân tỉnh đề nghị giữ gìn sức khoẻ, hoà hợp./.') },
		{ name: 'qu and gi syllables are the same in both styles', code: body('Quý cơ quan giữ gìn sức khỏe; quỹ hỗ trợ, giúp đỡ./.') },
		{ name: 'closed syllables are not open oa/oe/uy syllables', code: body('Hoàn thành, khuyến khích, thuyết trình và sức khỏe./.') },
	],
	invalid: [
		{
			name: 'mixed styles: the minority style is pointed at (letter 003)',
			code: modern('Văn phòng Uỷ ban nhân dân tỉnh; Tỉnh uỷ; sức khoẻ; sức khỏe./.'),
			errors: [{ messageId: 'mixed', text: 'khỏe', message: '1 chữ kiểu cũ' }],
		},
		{
			name: 'the Quốc hiệu counts too',
			code: buildLetter({ quocHieu: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc' }).replace(
				'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm',
				'Ủy ban nhân dân tỉnh đề nghị hòa giải, nghiêm',
			),
			errors: [{ messageId: 'mixed', text: 'HOÀ' }],
		},
	],
});
