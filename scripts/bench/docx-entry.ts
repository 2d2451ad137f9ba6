// What the bench's Word figure (docx.mjs) bundles: the reader, the exporter that makes its letter, the parser and the engine.
export { lintDocx, readDocx } from '../../server/src/docx/index';
export { buildDocument, docxBytes } from '../../server/src/export/docx';
export { parseLetter } from '../../server/src/core/letter';
export { lintText } from '../../server/src/core/index';
