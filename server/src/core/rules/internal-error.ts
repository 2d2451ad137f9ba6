// Khi một quy tắc gặp lỗi nội bộ, congvan báo một phát hiện nêu tên quy tắc thay vì im lặng.
// This is not a format rule: it reports the checker's own failures, so that none goes unnoticed.
import type { Rule } from '../types';

export default {
	id: 'internal-error',
	category: 'noi-bo',
	source: 'congvan',
	description: 'Một quy tắc của congvan gặp lỗi nội bộ khi kiểm tra văn bản này; các quy tắc khác vẫn chạy.',
	defaultSeverity: 'warning',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	runsOnLegacyText: true,
	messages: {
		crashed: 'Quy tắc "{rule}" gặp lỗi nội bộ và đã bị bỏ qua: {error}. Hãy báo lỗi này cho nhóm phát triển congvan.',
	},
	check() {
		// The engine reports through this rule; it has nothing to check by itself.
	},
} satisfies Rule;
