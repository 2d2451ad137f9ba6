// Rules of the "layout" group: what a Word file says about the page and the type of each component (Phụ lục I),
// in the order their findings are listed. They read `letter.format` and are silent on plain text. Registered by
// ../registry.ts, after the rules about the text.
import bodySpacing from '../rules/body-spacing';
import fontFamily from '../rules/font-family';
import fontSize from '../rules/font-size';
import pageMargins from '../rules/page-margins';
import pageNumber from '../rules/page-number';
import pageSize from '../rules/page-size';
import ruleLine from '../rules/rule-line';
import textStyle from '../rules/text-style';
import type { Rule } from '../types';

export const LAYOUT_RULES: readonly Rule[] = [
	// The page.
	pageSize,
	pageMargins,
	pageNumber,
	// The type.
	fontFamily,
	fontSize,
	textStyle,
	ruleLine,
	bodySpacing,
];
