/** The end-of-file marker and the cross-reference pointer before it sit within this many bytes of the end. */
const TAIL_BYTES = 1024;
const VERSION = /^%PDF-\d\.\d/;
const POINTER = /startxref\s+(\d{1,10})\s+%%EOF/;
/** What a cross-reference pointer lands on: a table, or (PDF 1.5+) a stream object. */
const CROSS_REFERENCE = /^\s*(xref\b|\d+\s+\d+\s+obj\b)/;

/**
 * Whether content that starts like a PDF is built like one: a version header, and at the end `startxref`, a
 * byte offset and `%%EOF`, the offset landing on a cross-reference table or stream inside the file — what a
 * viewer reads first. Enough to refuse an HTML page (or anything else) behind a `%PDF-` prefix. A polyglot
 * crafted to pass can still exist, so whatever serves documents back must send them as attachments with
 * `nosniff`.
 *
 * Checked here in a few lines rather than by loading the file with a parser: pdf-lib, the usual choice, would
 * build an object graph of every 10 MB upload in the subgraph's process to answer what the last kilobyte says.
 */
export function isWholePdf(content: Buffer): boolean {
  if (!VERSION.test(content.subarray(0, 8).toString('latin1'))) return false;
  const tail = content.subarray(-TAIL_BYTES).toString('latin1');
  const pointer = POINTER.exec(tail.slice(tail.lastIndexOf('startxref')));
  if (!pointer) return false;
  const offset = Number(pointer[1]);
  return (
    offset < content.length && CROSS_REFERENCE.test(content.subarray(offset, offset + 64).toString('latin1'))
  );
}
