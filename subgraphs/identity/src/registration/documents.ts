/** The documents an application carries. */
export const DOCUMENT_KINDS = [
  'APPLICATION_FORM',
  'POWER_OF_ATTORNEY',
  'IDENTITY_DOCUMENT',
  'CHARTER',
  'INN_CERTIFICATE',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Minutes an upload URL stays usable. */
export const UPLOAD_URL_MINUTES = 30;

// Three formats, told apart by their first bytes; a file's name or declared type decides nothing.
const SIGNATURES: [string, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** The content type by content, or null for anything but PDF, PNG and JPEG. */
export function sniffContentType(content: Buffer): string | null {
  const match = SIGNATURES.find(([, magic]) => magic.every((byte, i) => content[i] === byte));
  return match ? match[0] : null;
}
