import type { Cell, DocumentSource } from '../content';
import { includedVat, invoicesOf, invoiceTitle, periodLine } from './invoices';

/**
 * Акт выполненных работ (оказанных услуг): the services of the months of the period as the billing run charged
 * them (each month's act is its invoice's lines), with the total and the VAT in it.
 */
export const act: DocumentSource = {
  async build(tx, subject, period) {
    const invoices = await invoicesOf(tx, subject, period);
    const total = invoices.reduce((sum, i) => sum + i.totalMinor, 0n);
    return {
      title: 'Акт оказанных услуг',
      lines: [periodLine(period), ...invoices.map((i) => `к счёту ${invoiceTitle(i)}`)],
      columns: [
        { title: 'Месяц', kind: 'text', width: 0.14 },
        { title: 'Услуга', kind: 'text', width: 0.58 },
        { title: 'Дней', kind: 'text', width: 0.1 },
        { title: 'Сумма, руб.', kind: 'money', width: 0.18 },
      ],
      rows: invoices.flatMap((i) =>
        i.lines.map((line): Cell[] => [
          i.month,
          line.description,
          line.days === null ? '' : String(line.days),
          BigInt(line.amountMinor),
        ]),
      ),
      summary: [
        ['Всего оказано услуг на сумму, руб.', total],
        ['В том числе НДС 20%, руб.', includedVat(total)],
        ['', 'Услуги оказаны полностью и в срок. Заказчик претензий по объёму, качеству и срокам не имеет.'],
      ],
    };
  },
};
