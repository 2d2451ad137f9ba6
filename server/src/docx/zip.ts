// A guarded reader of the zip container of a Word file. It reads the central directory itself, so that it
// knows every part's declared size before inflating anything, inflates only the parts the reader asks for
// (never the media), and stops while inflating when a part grows past what it declared or past the budget
// of the whole file (a zip bomb). Pure TypeScript on fflate's streaming inflater: no Node API, so it runs in
// a web worker too.
import { Inflate } from 'fflate';

/** Why a file could not be read as a zip; `DocxReadError` turns these into messages. */
export type ZipFailure = 'not-zip' | 'corrupt' | 'too-many-parts' | 'too-large' | 'encrypted-entry' | 'unsupported-method';

/** A failure of the zip layer. */
export class ZipError extends Error {
	constructor(
		readonly failure: ZipFailure,
		detail: string,
	) {
		super(detail);
	}
}

/** One part of the zip, from the central directory. */
export interface ZipEntry {
	name: string;
	method: number;
	flags: number;
	compressedSize: number;
	/** The uncompressed size the file declares (checked while inflating). */
	size: number;
	localOffset: number;
}

/** The limits of one read: how many parts the zip may list, and how much it may inflate in all. */
export interface ZipLimits {
	maxParts: number;
	maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxParts: 5000, maxTotalBytes: 64 * 1024 * 1024 };

/** How much compressed data is pushed to the inflater at a time, so that a bomb is stopped early. */
const SLICE = 16 * 1024;

function u16(data: Uint8Array, at: number): number {
	return (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8);
}

function u32(data: Uint8Array, at: number): number {
	return ((data[at] ?? 0) | ((data[at + 1] ?? 0) << 8) | ((data[at + 2] ?? 0) << 16) | ((data[at + 3] ?? 0) << 24)) >>> 0;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Whether the bytes start as a zip does ("PK\x03\x04", or an empty zip's "PK\x05\x06"). */
export function looksLikeZip(data: Uint8Array): boolean {
	return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5) && (data[3] === 4 || data[3] === 6);
}

/** The zip's parts by name, read from the central directory; throws ZipError. */
export function listZip(data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, ZipEntry> {
	// The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment can be that long).
	let eocd = -1;
	for (let i = data.length - 22; i >= 0 && i >= data.length - 22 - 0xffff; i--) {
		if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 5 && data[i + 3] === 6) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) {
		throw new ZipError(looksLikeZip(data) ? 'corrupt' : 'not-zip', 'no end of central directory');
	}
	const count = u16(data, eocd + 10);
	const cdSize = u32(data, eocd + 12);
	const cdOffset = u32(data, eocd + 16);
	if (count === 0xffff || cdOffset === 0xffffffff) {
		// A Zip64 archive: a Word file is never that large, and its records are not read here.
		throw new ZipError('too-large', 'zip64');
	}
	if (count > limits.maxParts) {
		throw new ZipError('too-many-parts', `${count} parts`);
	}
	if (cdOffset + cdSize > eocd) {
		throw new ZipError('corrupt', 'central directory out of bounds');
	}
	const entries = new Map<string, ZipEntry>();
	let at = cdOffset;
	for (let n = 0; n < count; n++) {
		if (at + 46 > data.length || u32(data, at) !== 0x02014b50) {
			throw new ZipError('corrupt', 'bad central directory entry');
		}
		const flags = u16(data, at + 8);
		const nameLength = u16(data, at + 28);
		const extraLength = u16(data, at + 30);
		const commentLength = u16(data, at + 32);
		if (at + 46 + nameLength > data.length) {
			throw new ZipError('corrupt', 'name out of bounds');
		}
		const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
		const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
		entries.set(name, {
			name,
			flags,
			method: u16(data, at + 10),
			compressedSize: u32(data, at + 20),
			size: u32(data, at + 24),
			localOffset: u32(data, at + 42),
		});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** What is left of the inflation budget of one file; shared by every part read from it. */
export interface ZipBudget {
	remaining: number;
}

/**
 * The bytes of one part. Checks the declared size against the budget before inflating, then inflates in
 * slices and stops as soon as the output passes the declared size or the budget. Throws ZipError.
 */
export function readEntry(data: Uint8Array, entry: ZipEntry, budget: ZipBudget): Uint8Array {
	if (entry.flags & 1) {
		throw new ZipError('encrypted-entry', entry.name);
	}
	if (entry.size > budget.remaining) {
		throw new ZipError('too-large', `${entry.name} declares ${entry.size} bytes`);
	}
	const at = entry.localOffset;
	if (at + 30 > data.length || u32(data, at) !== 0x04034b50) {
		throw new ZipError('corrupt', `bad local header of ${entry.name}`);
	}
	const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
	const end = start + entry.compressedSize;
	if (end > data.length) {
		throw new ZipError('corrupt', `${entry.name} runs past the end of the file`);
	}
	const compressed = data.subarray(start, end);
	if (entry.method === 0) {
		if (entry.compressedSize !== entry.size) {
			throw new ZipError('corrupt', `${entry.name}: stored sizes differ`);
		}
		budget.remaining -= entry.size;
		return compressed;
	}
	if (entry.method !== 8) {
		throw new ZipError('unsupported-method', `${entry.name}: method ${entry.method}`);
	}
	const chunks: Uint8Array[] = [];
	let total = 0;
	let over = false;
	const limit = Math.min(entry.size, budget.remaining);
	const inflater = new Inflate((chunk) => {
		total += chunk.length;
		if (total > limit) {
			over = true;
		} else {
			chunks.push(chunk);
		}
	});
	try {
		for (let i = 0; i < compressed.length || i === 0; i += SLICE) {
			const last = i + SLICE >= compressed.length;
			inflater.push(compressed.subarray(i, Math.min(compressed.length, i + SLICE)), last);
			if (over) {
				break;
			}
		}
	} catch (error) {
		throw new ZipError('corrupt', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (over) {
		// A part that inflates past its declared size lies about it: treated as a bomb.
		throw new ZipError('too-large', `${entry.name} inflates past ${limit} bytes`);
	}
	if (total !== entry.size) {
		throw new ZipError('corrupt', `${entry.name}: ${total} bytes, ${entry.size} declared`);
	}
	budget.remaining -= total;
	if (chunks.length === 1) {
		return chunks[0] as Uint8Array;
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}
