// Kiểu chữ của mỗi thành phần thể thức theo Phụ lục I: Quốc hiệu, Tiêu ngữ, tên cơ quan ban hành, tên loại,
// trích yếu, "Nơi nhận:" và khối chữ ký in đậm; địa danh và thời gian, "Nơi nhận:" và căn cứ ban hành in
// nghiêng; trích yếu công văn ("V/v …") chữ đứng. Quy tắc đọc kiểu chữ từ bảng trình bày (core/layout/nd30.ts)
// và so với kiểu chữ thực của từng đoạn chữ trong tệp Word. Chữ in hoa không xét ở đây: chữ hiện ra thế nào
// thì các quy tắc về văn bản (quoc-hieu-spelling, ten-loai-format, …) đọc đúng như thế.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II và Mục V (bảng mẫu chữ) (reference §11).
import { formatView, layoutOf } from '../layout/format-view';
import type { ComponentId } from '../layout/nd30';
import type { Rule } from '../types';

// The components the decree wants upright in so many words ("chữ in thường, kiểu chữ đứng"): an italic V/v is a
// departure from a written value. Elsewhere "not italic" is only the absence of a requirement.
const UPRIGHT: ReadonlySet<ComponentId> = new Set(['vv']);

export default {
	id: 'text-style',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II và Mục V (kiểu chữ của từng thành phần thể thức)',
	description:
		'Kiểu chữ của mỗi thành phần thể thức theo Phụ lục I: Quốc hiệu, Tiêu ngữ, tên cơ quan ban hành, tên loại, trích yếu và khối chữ ký in đậm; địa danh và thời gian in nghiêng; "Nơi nhận:" in đậm, nghiêng; "V/v" chữ đứng.',
	defaultSeverity: 'error',
	fixable: false,
	messages: {
		notBold: '{component} phải in đậm.',
		notItalic: '{component} phải in nghiêng.',
		italic: '{component} phải là chữ đứng, không in nghiêng.',
	},
	check(ctx) {
		const view = formatView(ctx.letter);
		if (!view) {
			return;
		}
		const table = layoutOf(ctx.profile);
		for (const component of view.components) {
			const layout = table.components[component.component];
			const runs = component.runs;
			if (runs.length === 0) {
				continue;
			}
			const data = { component: layout.name };
			// A bold marker ("Điều 3.") with upright text after it: the weight of the rest is not the decree's concern.
			if (layout.bold && !layout.boldMarker && runs.some((run) => !run.bold)) {
				ctx.report({ messageId: 'notBold', data, range: component.range });
			}
			if (layout.italic && runs.some((run) => !run.italic)) {
				ctx.report({ messageId: 'notItalic', data, range: component.range });
			}
			if (UPRIGHT.has(component.component) && runs.some((run) => run.italic)) {
				ctx.report({ messageId: 'italic', data, range: component.range });
			}
		}
	},
} satisfies Rule;
