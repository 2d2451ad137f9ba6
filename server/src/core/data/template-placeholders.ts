// The placeholder texts of congvan's built-in templates (snippets/congvan.code-snippets and the
// "new letter from template" command): descriptions of what goes there, never text a letter would keep.
// Defaults that are plausible content ("Hà Nội", "Chánh Văn phòng", "08 giờ 00 phút", "Kính trình") are
// not listed. test/rules/unfilled-placeholder.test.ts checks that every descriptive placeholder of the
// snippets is here, so the list cannot drift from the templates.

/** Placeholder texts that are whole components or whole phrases of a template. */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = [
	'TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN',
	'TÊN CƠ QUAN, TỔ CHỨC',
	'THẨM QUYỀN BAN HÀNH',
	'Họ và tên người được giới thiệu',
	'Họ và tên',
	'trích yếu nội dung công văn',
	'Tên cơ quan, tổ chức, cá nhân nhận biên bản',
	'Tên cơ quan, tổ chức nhận để biết',
	'Tên cơ quan, tổ chức nhận điện',
	'Tên cơ quan, tổ chức nhận văn bản',
	'Tên cơ quan, tổ chức nhận thông báo',
	'Tên cơ quan, tổ chức thực hiện',
	'Tên cơ quan, tổ chức',
	'Cơ quan, tổ chức nhận báo cáo',
	'Cơ quan, tổ chức cấp trên',
	'Mở đầu: lý do, căn cứ ban hành công văn',
	'Nội dung thứ nhất',
	'Nội dung thứ hai',
	'Nhiệm vụ thứ nhất',
	'Nhiệm vụ thứ hai',
	'Kết quả thứ nhất',
	'Kết quả thứ hai',
	'Nội dung đề nghị',
	'Nội dung điện',
	'Nội dung thông báo',
	'Nội dung quyết định',
	'văn bản quy định chức năng, nhiệm vụ, quyền hạn của cơ quan',
	'Sự cần thiết, căn cứ của việc đề nghị',
	'Căn cứ, phạm vi báo cáo',
	'Căn cứ, lý do ban hành kế hoạch',
	'Tồn tại, hạn chế và nguyên nhân',
	'Phương hướng, nhiệm vụ thời gian tới và kiến nghị',
	'Phân công cơ quan, đơn vị chủ trì, phối hợp và thời hạn thực hiện',
	'Kinh phí, tổ chức thực hiện',
	'Ông (bà) …, chức vụ, đơn vị công tác',
];

/** The placeholder groups of the ký hiệu in the templates ("Số: /CQ-ĐV"): the body and the unit. */
export const KY_HIEU_PLACEHOLDERS: readonly string[] = ['CQ', 'ĐV'];
