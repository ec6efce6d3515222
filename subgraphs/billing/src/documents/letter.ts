import { OPERATOR } from '../operator';
import { russianDate, russianDay } from './format';
import type { DocumentRecord } from './records';
import { DOCUMENT_TITLES } from './types';

/** The e-mail that carries a document's download link (customer-facing, so Russian). */
export const documentLetter = (document: DocumentRecord, link: string, expiresAt: Date) =>
  [
    'Здравствуйте!',
    '',
    `Документ «${DOCUMENT_TITLES[document.type]}» (${document.format}) по договору № ${document.contractNumber} ` +
      `за период с ${russianDay(document.period.from)} по ${russianDay(document.period.to)} готов.`,
    `Скачать: ${link}`,
    `Ссылка действует до ${russianDate(expiresAt)}.`,
    '',
    `Документ подписан электронной подписью ${OPERATOR.name} (Ed25519, ключ ${document.keyId}).`,
    `SHA-256 файла: ${document.sha256}`,
    `Подпись: ${document.signature}`,
  ].join('\n');
