// What the .docx reader says about a file it cannot read, or about something in a file it read: Vietnamese
// first, English beside it (the CLI and the server pick one by the user's language).

/** Why a file could not be read. */
export type DocxErrorCode = 'not-docx' | 'legacy-doc' | 'odf' | 'rtf' | 'encrypted' | 'corrupt' | 'too-large' | 'bad-xml' | 'internal';

/** Something worth knowing about a file that was read. */
export type DocxNoteCode = 'macro-enabled' | 'external-relationships' | 'no-page-setup' | 'tracked-changes';

const ERRORS: Record<DocxErrorCode, { message: string; messageEn: string }> = {
	'not-docx': {
		message: 'tệp không phải văn bản Word (.docx): không đọc được nội dung.',
		messageEn: 'the file is not a Word document (.docx): its content cannot be read.',
	},
	'legacy-doc': {
		message: 'tệp là văn bản Word 97–2003 (.doc), không phải .docx: hãy mở bằng Word và lưu lại dưới dạng .docx.',
		messageEn: 'the file is a Word 97–2003 document (.doc), not .docx: open it in Word and save it as .docx.',
	},
	odf: {
		message: 'tệp là văn bản OpenDocument (.odt), không phải .docx: hãy lưu lại dưới dạng .docx.',
		messageEn: 'the file is an OpenDocument text (.odt), not .docx: save it as .docx.',
	},
	rtf: {
		message: 'tệp là văn bản RTF, không phải .docx: hãy lưu lại dưới dạng .docx.',
		messageEn: 'the file is an RTF document, not .docx: save it as .docx.',
	},
	encrypted: {
		message: 'văn bản Word được đặt mật khẩu (mã hóa): hãy gỡ mật khẩu trong Word rồi kiểm tra lại.',
		messageEn: 'the Word document is password-protected (encrypted): remove the password in Word and check it again.',
	},
	corrupt: {
		message: 'tệp Word bị hỏng (tệp nén không đọc được).',
		messageEn: 'the Word file is damaged (its zip container cannot be read).',
	},
	'too-large': {
		message: 'tệp Word quá lớn khi giải nén hoặc có quá nhiều thành phần (có thể là tệp nén độc hại): đã dừng đọc.',
		messageEn: 'the Word file is too large once unpacked or has too many parts (possibly a zip bomb): reading stopped.',
	},
	'bad-xml': {
		message: 'nội dung XML của tệp Word bị lỗi: không đọc được văn bản.',
		messageEn: 'the XML inside the Word file is malformed: the document cannot be read.',
	},
	internal: {
		message: 'lỗi nội bộ khi đọc tệp Word.',
		messageEn: 'internal error while reading the Word file.',
	},
};

const NOTES: Record<DocxNoteCode, { message: string; messageEn: string }> = {
	'macro-enabled': {
		message: 'tệp có macro (.docm): chỉ đọc văn bản, không chạy macro.',
		messageEn: 'the file contains macros (.docm): only its text is read, no macro is run.',
	},
	'external-relationships': {
		message: 'tệp có liên kết ra ngoài: không mở các liên kết này.',
		messageEn: 'the file has external links: they are not followed.',
	},
	'no-page-setup': {
		message: 'tệp không có thiết lập trang (khổ giấy, lề): không kiểm tra được trang.',
		messageEn: 'the file has no page setup (paper size, margins): the page cannot be checked.',
	},
	'tracked-changes': {
		message: 'tệp còn theo dõi thay đổi: kiểm tra bản đã chấp nhận mọi thay đổi.',
		messageEn: 'the file has tracked changes: the version with every change accepted is checked.',
	},
};

export function docxErrorText(code: DocxErrorCode): { message: string; messageEn: string } {
	return ERRORS[code];
}

export function docxNoteText(code: DocxNoteCode): { message: string; messageEn: string } {
	return NOTES[code];
}
