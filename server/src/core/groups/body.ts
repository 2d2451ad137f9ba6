// Rules of the "body" group, in the order their findings are listed. Registered by ../registry.ts.
import canCuPunctuation from '../rules/can-cu-punctuation';
import citationDateInvalid from '../rules/citation-date-invalid';
import citationGenericCongVan from '../rules/citation-generic-cong-van';
import citationGenericType from '../rules/citation-generic-type';
import citationIncomplete from '../rules/citation-incomplete';
import citationMissingTrichYeu from '../rules/citation-missing-trich-yeu';
import citationNumberMalformed from '../rules/citation-number-malformed';
import citationTypeLowercase from '../rules/citation-type-lowercase';
import citationTypeMismatch from '../rules/citation-type-mismatch';
import citationYearMismatch from '../rules/citation-year-mismatch';
import closingMark from '../rules/closing-mark';
import diemLetterOrder from '../rules/diem-letter-order';
import itemMarkerFormat from '../rules/item-marker-format';
import itemSequence from '../rules/item-sequence';
import quyetDinhColon from '../rules/quyet-dinh-colon';
import textArtefact from '../rules/text-artefact';
import type { Rule } from '../types';

export const BODY_RULES: readonly Rule[] = [
	// Numbering of the body.
	itemSequence,
	itemMarkerFormat,
	diemLetterOrder,
	closingMark,
	// Căn cứ, and the line that opens the decision.
	canCuPunctuation,
	quyetDinhColon,
	// Citations.
	citationIncomplete,
	citationMissingTrichYeu,
	citationNumberMalformed,
	citationTypeMismatch,
	citationGenericType,
	citationGenericCongVan,
	citationYearMismatch,
	citationTypeLowercase,
	citationDateInvalid,
	// Extraction artefacts the citation reader reads through.
	textArtefact,
];
