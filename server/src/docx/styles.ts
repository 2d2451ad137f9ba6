// The style resolver of a Word file: the effective formatting of a run and of a paragraph, from the
// document defaults, the table style, the paragraph style chain (basedOn), the character style chain and the
// direct formatting, in that order. Theme fonts are read from the theme (`w:asciiTheme` wins over
// `w:ascii` in the same element). Toggle properties (bold, italic, caps, …) follow ECMA-376 §17.7.3: inside
// one style chain a derived style's value replaces its base's, each style level (table, paragraph,
// character) whose value is on toggles the value so far, and direct formatting sets the value outright.
// A chain of basedOn that loops is cut where it comes back.
import type { Alignment } from '../core/layout/nd30';
import { child, type XmlElement } from './xml';

/** The toggle properties the reader resolves. */
const TOGGLES = ['bold', 'italic', 'caps', 'smallCaps', 'vanish'] as const;
type Toggle = (typeof TOGGLES)[number];

/** Run properties as one level of the hierarchy sets them (undefined: not set at this level). */
export interface RunProps {
	font?: string;
	sizePt?: number;
	bold?: boolean;
	italic?: boolean;
	caps?: boolean;
	smallCaps?: boolean;
	vanish?: boolean;
	underline?: boolean;
}

/** Paragraph properties as one level sets them. */
export interface ParaProps {
	align?: Alignment;
	lineSpacing?: number;
	lineSpacingPt?: number;
	spaceBeforePt?: number;
	spaceAfterPt?: number;
	firstLineIndentMm?: number;
	bottomBorder?: boolean;
	/** Automatic numbering (`w:numPr`): the list ("0" for none) and the level. */
	numId?: string;
	ilvl?: number;
}

/** The effective run formatting. */
export interface ResolvedRun {
	font?: string;
	sizePt?: number;
	bold: boolean;
	italic: boolean;
	caps: boolean;
	vanish: boolean;
	underline: boolean;
}

interface StyleDef {
	id: string;
	type: string;
	basedOn?: string;
	rPr: RunProps;
	pPr: ParaProps;
}

/** The theme's fonts: major and minor Latin, East Asian and complex-script typefaces. */
export type ThemeFonts = Record<string, string>;

/** Reads `a:fontScheme` of theme1.xml. */
export function readThemeFonts(theme: XmlElement | undefined): ThemeFonts {
	const fonts: ThemeFonts = {};
	const scheme = child(child(theme, 'a:themeElements'), 'a:fontScheme');
	for (const [kind, element] of [
		['major', child(scheme, 'a:majorFont')],
		['minor', child(scheme, 'a:minorFont')],
	] as const) {
		const latin = child(element, 'a:latin')?.attrs['typeface'];
		const ea = child(element, 'a:ea')?.attrs['typeface'];
		const cs = child(element, 'a:cs')?.attrs['typeface'];
		if (latin) {
			fonts[`${kind}Ascii`] = latin;
			fonts[`${kind}HAnsi`] = latin;
		}
		if (ea) {
			fonts[`${kind}EastAsia`] = ea;
		}
		if (cs) {
			fonts[`${kind}Bidi`] = cs;
		}
	}
	return fonts;
}

/** ST_OnOff: absent val is on; "0", "false", "off" are off. */
function onOff(element: XmlElement | undefined): boolean | undefined {
	if (element === undefined) {
		return undefined;
	}
	const val = element.attrs['w:val'];
	return val === undefined || !(val === '0' || val === 'false' || val === 'off');
}

function num(value: string | undefined): number | undefined {
	if (value === undefined) {
		return undefined;
	}
	const n = Number.parseFloat(value);
	return Number.isFinite(n) ? n : undefined;
}

/** Reads one `w:rPr`. */
export function readRunProps(rPr: XmlElement | undefined, theme: ThemeFonts): RunProps {
	const props: RunProps = {};
	if (rPr === undefined) {
		return props;
	}
	for (const c of rPr.children) {
		switch (c.name) {
			case 'w:rFonts': {
				// The theme font wins over the explicit one in the same element; ASCII first, then hAnsi.
				const font =
					(c.attrs['w:asciiTheme'] !== undefined ? theme[c.attrs['w:asciiTheme']] : undefined) ??
					c.attrs['w:ascii'] ??
					(c.attrs['w:hAnsiTheme'] !== undefined ? theme[c.attrs['w:hAnsiTheme']] : undefined) ??
					c.attrs['w:hAnsi'];
				if (font !== undefined) {
					props.font = font;
				}
				break;
			}
			case 'w:sz': {
				const half = num(c.attrs['w:val']);
				if (half !== undefined) {
					props.sizePt = half / 2;
				}
				break;
			}
			case 'w:b':
				props.bold = onOff(c);
				break;
			case 'w:i':
				props.italic = onOff(c);
				break;
			case 'w:caps':
				props.caps = onOff(c);
				break;
			case 'w:smallCaps':
				props.smallCaps = onOff(c);
				break;
			case 'w:vanish':
				props.vanish = onOff(c);
				break;
			case 'w:u': {
				const val = c.attrs['w:val'];
				props.underline = val !== undefined && val !== 'none';
				break;
			}
		}
	}
	return props;
}

const JC: Record<string, Alignment> = {
	left: 'left',
	start: 'left',
	center: 'center',
	right: 'right',
	end: 'right',
	both: 'justify',
	distribute: 'justify',
	mediumKashida: 'justify',
	highKashida: 'justify',
	lowKashida: 'justify',
	thaiDistribute: 'justify',
};

/** Twips (twentieths of a point) to millimetres. */
export function twipsToMm(twips: number): number {
	return Math.round((twips / 1440) * 25.4 * 10) / 10;
}

/** Reads one `w:pPr`. */
export function readParaProps(pPr: XmlElement | undefined): ParaProps {
	const props: ParaProps = {};
	if (pPr === undefined) {
		return props;
	}
	for (const c of pPr.children) {
		switch (c.name) {
			case 'w:jc': {
				const align = JC[c.attrs['w:val'] ?? ''];
				if (align !== undefined) {
					props.align = align;
				}
				break;
			}
			case 'w:spacing': {
				const line = num(c.attrs['w:line']);
				const rule = c.attrs['w:lineRule'] ?? 'auto';
				if (line !== undefined) {
					if (rule === 'auto') {
						props.lineSpacing = Math.round((line / 240) * 100) / 100;
						delete props.lineSpacingPt;
					} else {
						props.lineSpacingPt = line / 20;
						delete props.lineSpacing;
					}
				}
				const before = num(c.attrs['w:before']);
				const after = num(c.attrs['w:after']);
				if (before !== undefined) {
					props.spaceBeforePt = before / 20;
				}
				if (after !== undefined) {
					props.spaceAfterPt = after / 20;
				}
				break;
			}
			case 'w:ind': {
				const first = num(c.attrs['w:firstLine']);
				const hanging = num(c.attrs['w:hanging']);
				if (first !== undefined) {
					props.firstLineIndentMm = twipsToMm(first);
				} else if (hanging !== undefined) {
					props.firstLineIndentMm = -twipsToMm(hanging);
				}
				break;
			}
			case 'w:numPr': {
				const numId = child(c, 'w:numId')?.attrs['w:val'];
				const ilvl = Number.parseInt(child(c, 'w:ilvl')?.attrs['w:val'] ?? '', 10);
				if (numId !== undefined) {
					props.numId = numId;
				}
				if (Number.isFinite(ilvl)) {
					props.ilvl = ilvl;
				}
				break;
			}
			case 'w:pBdr': {
				const bottom = child(c, 'w:bottom');
				if (bottom !== undefined) {
					const val = bottom.attrs['w:val'] ?? 'none';
					props.bottomBorder = val !== 'none' && val !== 'nil';
				}
				break;
			}
		}
	}
	return props;
}

/** Resolves the styles of one document. */
export class StyleResolver {
	private readonly styles = new Map<string, StyleDef>();
	private readonly defaultRun: RunProps;
	private readonly defaultPara: ParaProps;
	private readonly chainRunCache = new Map<string, RunProps>();
	private readonly chainParaCache = new Map<string, ParaProps>();
	/** The default paragraph style and table style (`w:default="1"`). */
	readonly defaultParagraphStyle?: string;
	readonly defaultTableStyle?: string;

	constructor(
		stylesRoot: XmlElement | undefined,
		readonly theme: ThemeFonts,
	) {
		const defaults = child(stylesRoot, 'w:docDefaults');
		this.defaultRun = readRunProps(child(child(defaults, 'w:rPrDefault'), 'w:rPr'), theme);
		this.defaultPara = readParaProps(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
		let defaultParagraph: string | undefined;
		let defaultTable: string | undefined;
		for (const s of stylesRoot?.children ?? []) {
			if (s.name !== 'w:style') {
				continue;
			}
			const id = s.attrs['w:styleId'];
			if (id === undefined) {
				continue;
			}
			const type = s.attrs['w:type'] ?? 'paragraph';
			const basedOn = child(s, 'w:basedOn')?.attrs['w:val'];
			this.styles.set(id, {
				id,
				type,
				...(basedOn !== undefined ? { basedOn } : {}),
				rPr: readRunProps(child(s, 'w:rPr'), theme),
				pPr: readParaProps(child(s, 'w:pPr')),
			});
			const isDefault = s.attrs['w:default'];
			if (isDefault === '1' || isDefault === 'true' || isDefault === 'on') {
				if (type === 'paragraph') {
					defaultParagraph ??= id;
				} else if (type === 'table') {
					defaultTable ??= id;
				}
			}
		}
		if (defaultParagraph !== undefined) {
			this.defaultParagraphStyle = defaultParagraph;
		}
		if (defaultTable !== undefined) {
			this.defaultTableStyle = defaultTable;
		}
	}

	/** The styles of a chain, base first; a loop is cut where it comes back. */
	private chain(id: string | undefined, type: string): StyleDef[] {
		const out: StyleDef[] = [];
		const seen = new Set<string>();
		let current = id;
		while (current !== undefined && !seen.has(current) && out.length < 64) {
			seen.add(current);
			const style = this.styles.get(current);
			if (style === undefined || style.type !== type) {
				break;
			}
			out.unshift(style);
			current = style.basedOn;
		}
		return out;
	}

	/** A chain's run properties, a derived style's values replacing its base's. */
	private chainRun(id: string | undefined, type: string): RunProps {
		if (id === undefined) {
			return {};
		}
		const key = `${type}\u0000${id}`;
		let props = this.chainRunCache.get(key);
		if (props === undefined) {
			props = {};
			for (const style of this.chain(id, type)) {
				Object.assign(props, style.rPr);
			}
			this.chainRunCache.set(key, props);
		}
		return props;
	}

	private chainPara(id: string | undefined, type: string): ParaProps {
		if (id === undefined) {
			return {};
		}
		const key = `${type}\u0000${id}`;
		let props = this.chainParaCache.get(key);
		if (props === undefined) {
			props = {};
			for (const style of this.chain(id, type)) {
				mergePara(props, style.pPr);
			}
			this.chainParaCache.set(key, props);
		}
		return props;
	}

	/** Whether a paragraph style id exists (else the default paragraph style applies). */
	hasStyle(id: string | undefined, type: string): boolean {
		return id !== undefined && this.styles.get(id)?.type === type;
	}

	private readonly runCache = new Map<string, ResolvedRun>();

	/** The effective formatting of a run; the same styles and direct formatting give the same (shared) object. */
	resolveRun(
		tableStyle: string | undefined,
		paragraphStyle: string | undefined,
		characterStyle: string | undefined,
		direct: RunProps,
	): ResolvedRun {
		const toggles = `${flag(direct.bold)}${flag(direct.italic)}${flag(direct.caps)}${flag(direct.smallCaps)}${flag(direct.vanish)}${flag(direct.underline)}`;
		const key = `${tableStyle ?? ''}\u0000${paragraphStyle ?? ''}\u0000${characterStyle ?? ''}\u0000${direct.font ?? ''}\u0000${direct.sizePt ?? ''}\u0000${toggles}`;
		let resolved = this.runCache.get(key);
		if (resolved === undefined) {
			resolved = this.computeRun(tableStyle, paragraphStyle, characterStyle, direct);
			this.runCache.set(key, resolved);
		}
		return resolved;
	}

	private computeRun(
		tableStyle: string | undefined,
		paragraphStyle: string | undefined,
		characterStyle: string | undefined,
		direct: RunProps,
	): ResolvedRun {
		const levels = [
			this.chainRun(tableStyle, 'table'),
			this.chainRun(paragraphStyle, 'paragraph'),
			this.chainRun(characterStyle, 'character'),
		];
		const merged: RunProps = { ...this.defaultRun };
		for (const level of levels) {
			if (level.font !== undefined) {
				merged.font = level.font;
			}
			if (level.sizePt !== undefined) {
				merged.sizePt = level.sizePt;
			}
			if (level.underline !== undefined) {
				merged.underline = level.underline;
			}
		}
		const toggled: Record<Toggle, boolean> = { bold: false, italic: false, caps: false, smallCaps: false, vanish: false };
		for (const key of TOGGLES) {
			let value = this.defaultRun[key] ?? false;
			for (const level of levels) {
				if (level[key] === true) {
					value = !value;
				}
			}
			if (direct[key] !== undefined) {
				value = direct[key];
			}
			toggled[key] = value;
		}
		const font = direct.font ?? merged.font;
		const sizePt = direct.sizePt ?? merged.sizePt;
		return {
			...(font !== undefined ? { font } : {}),
			...(sizePt !== undefined ? { sizePt } : {}),
			bold: toggled.bold,
			italic: toggled.italic,
			caps: toggled.caps,
			vanish: toggled.vanish,
			underline: direct.underline ?? merged.underline ?? false,
		};
	}

	/** The effective formatting of a paragraph. */
	resolveParagraph(tableStyle: string | undefined, paragraphStyle: string | undefined, direct: ParaProps): ParaProps {
		const props: ParaProps = { ...this.defaultPara };
		mergePara(props, this.chainPara(tableStyle, 'table'));
		mergePara(props, this.chainPara(paragraphStyle, 'paragraph'));
		mergePara(props, direct);
		return props;
	}
}

function flag(value: boolean | undefined): string {
	return value === undefined ? '-' : value ? '1' : '0';
}

/** Later values replace earlier ones; a multiple and an exact line spacing replace each other. */
function mergePara(into: ParaProps, from: ParaProps): void {
	if (from.lineSpacing !== undefined) {
		into.lineSpacing = from.lineSpacing;
		delete into.lineSpacingPt;
	}
	if (from.lineSpacingPt !== undefined) {
		into.lineSpacingPt = from.lineSpacingPt;
		delete into.lineSpacing;
	}
	for (const key of ['align', 'spaceBeforePt', 'spaceAfterPt', 'firstLineIndentMm', 'bottomBorder', 'numId', 'ilvl'] as const) {
		if (from[key] !== undefined) {
			(into as Record<string, unknown>)[key] = from[key];
		}
	}
}
