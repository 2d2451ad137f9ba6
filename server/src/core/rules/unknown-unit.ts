// Chữ viết tắt tên đơn vị (nhóm cuối của ký hiệu công văn, đơn vị soạn thảo ở dòng "- Lưu: VT, …") do người đứng
// đầu cơ quan quy định; nhóm ghi danh sách đó vào hồ sơ nhóm `.congvan/profile.json` ("donVi"). Một chữ viết tắt
// không có trong danh sách thường là lỗi gõ ("QLVHGD" thay cho "QLVHGĐ") hoặc đơn vị của cơ quan khác.
// Quy tắc chỉ chạy khi có hồ sơ nhóm liệt kê đơn vị.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b (chữ viết tắt tên đơn vị do người đứng đầu cơ quan
// quy định) và Mục II.9.d (dòng Lưu) (reference R1.3, R1.6, R7.3).
import { kyHieuUnit, luuUnits, type UnitMention } from '../closing-parts';
import { foldAbbreviation, withinOneEdit } from '../text';
import type { ProfileUnit, Rule, Suggestion } from '../types';

/** The listed units that `text` is probably a typo of: equal after folding, or one edit apart when long. */
function closeUnits(text: string, units: readonly ProfileUnit[]): ProfileUnit[] {
	const key = foldAbbreviation(text);
	const folded = units.filter((u) => foldAbbreviation(u.kyHieu) === key);
	if (folded.length > 0) {
		return folded;
	}
	return key.length >= 4 ? units.filter((u) => withinOneEdit(foldAbbreviation(u.kyHieu), key)) : [];
}

export default {
	id: 'unknown-unit',
	category: 'viet-tat',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b, II.9.d; hồ sơ nhóm .congvan/profile.json',
	description:
		'Chữ viết tắt đơn vị trong ký hiệu (nhóm cuối) và ở dòng "- Lưu:" phải là một đơn vị có trong hồ sơ nhóm (.congvan/profile.json, "donVi"); chỉ kiểm tra khi có hồ sơ nhóm.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		inKyHieu: 'Đơn vị "{unit}" trong ký hiệu không có trong danh sách đơn vị của hồ sơ nhóm ({known}).',
		inLuu: 'Đơn vị "{unit}" ở dòng Lưu không có trong danh sách đơn vị của hồ sơ nhóm ({known}).',
	},
	check(ctx) {
		const { letter, profile } = ctx;
		const units = profile?.donVi ?? [];
		if (units.length === 0) {
			return;
		}
		const known = new Set(units.map((u) => u.kyHieu.normalize('NFC')));
		// The issuing body's own abbreviation is not a unit, but it is not unknown to the team either.
		if (profile?.kyHieuCoQuan) {
			known.add(profile.kyHieuCoQuan.normalize('NFC'));
		}
		const list =
			units.length <= 12
				? units.map((u) => u.kyHieu).join(', ')
				: `${units
						.slice(0, 12)
						.map((u) => u.kyHieu)
						.join(', ')}, …`;
		const check = (mention: UnitMention | undefined, messageId: 'inKyHieu' | 'inLuu'): void => {
			if (!mention || known.has(mention.text)) {
				return;
			}
			const suggestions: Suggestion[] = closeUnits(mention.text, units).map((u) => ({
				message: `Sửa thành "${u.kyHieu}" (${u.ten}).`,
				edits: [{ range: mention.range, text: u.kyHieu }],
			}));
			ctx.report({ messageId, data: { unit: mention.text, known: list }, range: mention.range, suggestions });
		};
		check(kyHieuUnit(letter), 'inKyHieu');
		for (const unit of luuUnits(letter)) {
			check(unit, 'inLuu');
		}
	},
} satisfies Rule;
