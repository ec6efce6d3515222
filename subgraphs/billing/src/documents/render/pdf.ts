import PDFDocument from 'pdfkit';
import { OPERATOR } from '../../operator';
import type { DocumentContent, DocumentSubject } from '../content';
import { russianDate } from '../format';
import { cellText } from './cells';

// DejaVu covers Cyrillic; the fonts ship in an npm package, so nothing is fetched at run time.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const MARGIN = 40;
/** Rows laid out between two yields to the event loop. */
const YIELD_EVERY = 100;

/** The document as an A4 PDF: title, both parties' requisites, the table, the summary, the signature note. */
export async function renderPdf(
  content: DocumentContent,
  subject: DocumentSubject,
  meta: { now: Date; keyId: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: content.title, Author: OPERATOR.name, CreationDate: meta.now },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONT).registerFont('bold', BOLD);
  const width = doc.page.width - 2 * MARGIN;

  doc.font('bold').fontSize(14).text(content.title, { align: 'center' });
  doc.font('regular').fontSize(9);
  for (const line of content.lines) doc.text(line, { align: 'center' });
  doc.moveDown();

  const party = (role: string, lines: string[]) => {
    doc.font('bold').text(role);
    doc.font('regular');
    for (const line of lines) doc.text(line);
    doc.moveDown(0.5);
  };
  party('Исполнитель', [
    OPERATOR.name,
    `ИНН ${OPERATOR.inn}, КПП ${OPERATOR.kpp}, ОГРН ${OPERATOR.ogrn}`,
    OPERATOR.legalAddress,
    `р/с ${OPERATOR.bank.settlementAccount} в ${OPERATOR.bank.name}, БИК ${OPERATOR.bank.bik}, к/с ${OPERATOR.bank.correspondentAccount}`,
  ]);
  const { company } = subject;
  party('Заказчик', [
    company.name,
    `ИНН ${company.inn}, КПП ${company.kpp}`,
    company.legalAddress,
    `Договор № ${company.contractNumber}`,
  ]);

  const columns = content.columns.map((c) => ({ ...c, px: c.width * width }));
  const row = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(8);
    const height =
      Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: columns[i].px - 4 }))) + 4;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((text, i) => {
      const align = columns[i].kind === 'money' ? 'right' : 'left';
      doc.text(text, x + 2, top + 2, { width: columns[i].px - 4, align });
      x += columns[i].px;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.3)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  row(
    columns.map((c) => c.title),
    'bold',
  );
  for (const [n, cells] of content.rows.entries()) {
    row(
      cells.map((cell, i) => cellText(cell, columns[i].kind)),
      'regular',
    );
    // Layout is synchronous work: a long act yields now and then, so the requests this process serves wait
    // milliseconds, not the whole document.
    if (n % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  if (content.rows.length === 0) doc.font('regular').fontSize(8).text('Операций за период нет.', MARGIN);

  doc.moveDown();
  doc.fontSize(9);
  for (const [label, value] of content.summary) {
    doc.font('regular').text(`${label}: `, MARGIN, doc.y, { continued: true });
    doc.font('bold').text(cellText(value, typeof value === 'bigint' ? 'money' : 'text'));
  }
  doc.moveDown();
  doc
    .font('regular')
    .fontSize(7)
    .text(
      `Документ сформирован ${russianDate(meta.now)} и подписан электронной подписью ${OPERATOR.name} ` +
        `(Ed25519, ключ ${meta.keyId}). Подпись вычислена над SHA-256 этого файла и передаётся отдельно; ` +
        'проверить подлинность можно в личном кабинете (verifyDocument).',
      MARGIN,
    );
  doc.end();
  return await done;
}
