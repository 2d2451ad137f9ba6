// The line that opens the operative part of a quyết định or nghị quyết: "QUYẾT ĐỊNH:" ("QUYẾT NGHỊ:") inside the
// body, right before "Điều 1". Only a line that is exactly the word, with or without its colon, followed by
// "Điều 1" (blank lines between allowed) is read; the type name above the trích yếu is another line.
import { lineSpanOf, type Letter, type Span } from '../letter';

/** The opening line, its word as written ("QUYẾT ĐỊNH"), and whether the colon is there. */
export interface DecisionOpening {
	span: Span;
	word: string;
	colon: boolean;
}

const OPENING = /^(?<word>QUYẾT ĐỊNH|QUYẾT NGHỊ)[ \t]*(?<colon>:?)$/u;
const FIRST_DIEU = /^Điều\s+1(?!\d)/u;

/** Every opening line of the body (one in a letter as written), in order. */
export function decisionOpenings(letter: Letter): DecisionOpening[] {
	const body = letter.body;
	const found: DecisionOpening[] = [];
	if (!body) {
		return found;
	}
	for (let i = body.firstLine; i <= body.lastLine; i++) {
		const line = letter.lines[i]?.content ?? '';
		// Most lines do not start with the "Q" of the opening: a plain test before the pattern.
		const match = line.startsWith('Q') ? OPENING.exec(line) : null;
		if (!match) {
			continue;
		}
		let next = i + 1;
		while (next <= body.lastLine && letter.lines[next]?.content === '') {
			next++;
		}
		if (FIRST_DIEU.test(letter.lines[next]?.content ?? '')) {
			found.push({ span: lineSpanOf(letter, i), word: match.groups?.['word'] ?? '', colon: match.groups?.['colon'] === ':' });
		}
	}
	return found;
}
