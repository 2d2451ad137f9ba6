// Rules of the "closing" group, in the order their findings are listed. Registered by ../registry.ts.
import chucVuVietTat from '../rules/chuc-vu-viet-tat';
import noiNhanEntryDash from '../rules/noi-nhan-entry-dash';
import noiNhanLuu from '../rules/noi-nhan-luu';
import noiNhanNhuTren from '../rules/noi-nhan-nhu-tren';
import noiNhanOnePerLine from '../rules/noi-nhan-one-per-line';
import noiNhanPunctuation from '../rules/noi-nhan-punctuation';
import noiNhanUnitMismatch from '../rules/noi-nhan-unit-mismatch';
import signatureDegree from '../rules/signature-degree';
import signatureIncomplete from '../rules/signature-incomplete';
import signatureNameCase from '../rules/signature-name-case';
import signingPrefix from '../rules/signing-prefix';
import type { Rule } from '../types';

export const CLOSING_RULES: readonly Rule[] = [
	// Nơi nhận.
	noiNhanPunctuation,
	noiNhanEntryDash,
	noiNhanLuu,
	noiNhanNhuTren,
	noiNhanUnitMismatch,
	noiNhanOnePerLine,
	// Signature block.
	signingPrefix,
	signatureIncomplete,
	chucVuVietTat,
	signatureNameCase,
	signatureDegree,
];
