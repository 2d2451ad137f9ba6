// Whether a text is a letter at all. A `.congvan` file is a letter by its name; a plain-text or Markdown
// document (checked only when the user adds its language to `congvan.languages`, or opens it as a letter)
// is checked only when it shows the frame of one, so that meeting notes and READMEs never get a red
// "thiếu Nơi nhận". The evidence is read from the letter model, like everything else.
import type { Letter } from './letter';

/**
 * True when the letter shows the frame of an administrative letter: the Quốc hiệu with a "Số:" line and a
 * place-and-date line (the header table), or a "Kính gửi:" with a "Nơi nhận:" block (the address and the
 * distribution of a letter).
 */
export function looksLikeLetter(letter: Letter): boolean {
	const header = letter.quocHieu !== undefined && letter.so !== undefined && letter.date !== undefined;
	const frame = letter.kinhGui !== undefined && letter.noiNhan !== undefined;
	return header || frame;
}
