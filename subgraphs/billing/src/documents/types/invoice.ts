import type { Cell, DocumentSource } from '../content';
import { russianDay } from '../format';
import { includedVat, invoicesOf, invoiceTitle, periodLine } from './invoices';

/**
 * Счёт на оплату: the invoices the monthly billing run issued for the months of the period, line by line, with
 * the total, the VAT in it, the due date and the payment purpose naming each invoice.
 */
export const invoice: DocumentSource = {
  async build(tx, subject, period) {
    const invoices = await invoicesOf(tx, subject, period);
    const total = invoices.reduce((sum, i) => sum + i.totalMinor, 0n);
    return {
      title: 'Счёт на оплату',
      lines: [
        periodLine(period),
        ...invoices.map((i) => `Счёт ${invoiceTitle(i)}, оплатить до ${russianDay(i.dueDate)}`),
      ],
      columns: [
        { title: 'Счёт №', kind: 'text', width: 0.18 },
        { title: 'Услуга', kind: 'text', width: 0.54 },
        { title: 'Дней', kind: 'text', width: 0.1 },
        { title: 'Сумма, руб.', kind: 'money', width: 0.18 },
      ],
      rows: invoices.flatMap((i) =>
        i.lines.map((line): Cell[] => [
          i.number,
          line.description,
          line.days === null ? '' : String(line.days),
          BigInt(line.amountMinor),
        ]),
      ),
      summary: [
        ['Итого к оплате, руб.', total],
        ['В том числе НДС 20%, руб.', includedVat(total)],
        ...invoices.map((i): [string, Cell] => [
          `Назначение платежа по счёту № ${i.number}`,
          `Оплата по счёту № ${i.number} за ${i.month}`,
        ]),
      ],
    };
  },
};
