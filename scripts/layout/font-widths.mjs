// Prints the advance widths (in 1/1000 em) of Liberation Serif Bold, metric-compatible with Times New Roman
// Bold, for the characters whose widths server/src/core/layout/metrics.ts lists. Run it to regenerate that table:
// node scripts/layout/font-widths.mjs /usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf
import { readFileSync } from 'node:fs';

const font = readFileSync(process.argv[2] ?? '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf');
const tables = new Map();
const count = font.readUInt16BE(4);
for (let i = 0; i < count; i++) {
	const at = 12 + i * 16;
	tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
}
const head = tables.get('head');
const unitsPerEm = font.readUInt16BE(head + 18);
const hhea = tables.get('hhea');
const metricsCount = font.readUInt16BE(hhea + 34);
const hmtx = tables.get('hmtx');
const cmap = tables.get('cmap');
// The format 4 subtable of the Windows Unicode BMP encoding.
let sub;
for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
	const at = cmap + 4 + i * 8;
	if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1) {
		sub = cmap + font.readUInt32BE(at + 4);
	}
}
const segs = font.readUInt16BE(sub + 6) / 2;
function glyph(code) {
	for (let s = 0; s < segs; s++) {
		const end = font.readUInt16BE(sub + 14 + s * 2);
		if (code > end) {
			continue;
		}
		const startAt = sub + 16 + segs * 2 + s * 2;
		const start = font.readUInt16BE(startAt);
		if (code < start) {
			return 0;
		}
		const delta = font.readInt16BE(startAt + segs * 2);
		const rangeAt = startAt + segs * 4;
		const range = font.readUInt16BE(rangeAt);
		if (range === 0) {
			return (code + delta) & 0xffff;
		}
		const g = font.readUInt16BE(rangeAt + range + (code - start) * 2);
		return g === 0 ? 0 : (g + delta) & 0xffff;
	}
	return 0;
}
function advance(code) {
	const g = glyph(code);
	return font.readUInt16BE(hmtx + 4 * Math.min(g, metricsCount - 1));
}
const chars = [];
for (let c = 32; c < 127; c++) {
	chars.push(String.fromCharCode(c));
}
chars.push(...'ĐđƠơƯưĂăÂâÊêÔô–—“”');
const out = chars.map((ch) => `${JSON.stringify(ch)}: ${Math.round((advance(ch.codePointAt(0)) * 1000) / unitsPerEm)}`);
console.log(`// unitsPerEm ${unitsPerEm}\n{ ${out.join(', ')} }`);
