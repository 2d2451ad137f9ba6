// Rules of the "date-recipients" group, in the order their findings are listed. Registered by ../registry.ts.
import dateFormat from '../rules/date-format';
import dateInFuture from '../rules/date-in-future';
import dateInvalid from '../rules/date-invalid';
import dateMonthPadding from '../rules/date-month-padding';
import datePadding from '../rules/date-padding';
import kinhGuiFormat from '../rules/kinh-gui-format';
import kinhGuiSinglePeriod from '../rules/kinh-gui-single-period';
import labelPunctuation from '../rules/label-punctuation';
import missingKinhGui from '../rules/missing-kinh-gui';
import placeAbbreviated from '../rules/place-abbreviated';
import vietHoaTenRieng from '../rules/viet-hoa-ten-rieng';
import type { Rule } from '../types';

export const DATE_RECIPIENTS_RULES: readonly Rule[] = [
	// Place-and-date line.
	placeAbbreviated,
	dateFormat,
	datePadding,
	dateMonthPadding,
	dateInvalid,
	dateInFuture,
	// Kính gửi.
	missingKinhGui,
	kinhGuiFormat,
	kinhGuiSinglePeriod,
	// Spaces before the labels' colons, a period after the date.
	labelPunctuation,
	// Capitalisation of known names in the body.
	vietHoaTenRieng,
];
