// Whether a plain-text, Markdown or Untitled document looks like a letter, for the offer to check it as one.
// Pure, so that it is unit-tested. The server decides for itself from the letter model (core/letter-
// evidence.ts › looksLikeLetter); this is the cheap pre-test of the client, which cannot import the core, and
// test/letter-evidence.test.ts checks that the two agree on every letter of the repository and on the notes
// that are not letters.

const QUOC_HIEU = /C[ỘO]NG\s+H[ÒOÀ]{1,2}A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/iu;
const SO = /^[ \t>#*]*(?:Số|SỐ)[ \t]*:/mu;
const DATE = /,[ \t]*ngày[ \t\d.…]*tháng/iu;
const KINH_GUI = /^[ \t>#*]*(?:Kính|KÍNH)[ \t]+(?:gửi|GỬI)[ \t]*:?/mu;
const NOI_NHAN = /^[ \t>#*]*(?:Nơi|NƠI)[ \t]+(?:nhận|NHẬN)[ \t]*:/mu;

/**
 * True when the text shows the frame of an administrative letter: the Quốc hiệu with a "Số:" line and a
 * place-and-date line, or a "Kính gửi" with a "Nơi nhận:" block.
 */
export function looksLikeLetterText(text: string): boolean {
	// Only the head and the tail matter, and a large document must not slow the editor down.
	const sample = text.length > 200_000 ? `${text.slice(0, 100_000)}\n${text.slice(-100_000)}` : text;
	const nfc = sample.normalize('NFC');
	return (QUOC_HIEU.test(nfc) && SO.test(nfc) && DATE.test(nfc)) || (KINH_GUI.test(nfc) && NOI_NHAN.test(nfc));
}

/** The languages of documents that may be letters without being `.congvan` files. */
export const OFFER_LANGUAGES: readonly string[] = ['plaintext', 'markdown'];
