import { addDays, moscowMidnight } from '@kabinet/kit';
import { accountLabel, type Cell, type DocumentSource } from '../content';
import { russianDay } from '../format';

/**
 * Квитанции об оплате: every card payment that succeeded in the period (of the account, or of every account of
 * the contract), each with its receipt number, the card it was paid with (masked) and the amount.
 */
export const receipt: DocumentSource = {
  async build(tx, subject, period) {
    const scope = subject.accountId
      ? { sql: 'p.account_id = $1', value: subject.accountId }
      : { sql: 'p.company_id = $1', value: subject.company.companyId };
    const payments: {
      completed_at: Date;
      receipt_number: string | null;
      card_mask: string | null;
      amount_minor: string;
      number: string | null;
    }[] = await tx.query(
      `SELECT p.completed_at, p.receipt_number, p.card_mask, p.amount_minor::text, a.number
       FROM payments p JOIN billing_accounts a ON a.account_id = p.account_id
       WHERE ${scope.sql} AND p.method = 'CARD' AND p.state = 'SUCCEEDED'
         AND p.completed_at >= $2 AND p.completed_at < $3
       ORDER BY p.completed_at, p.id`,
      [scope.value, moscowMidnight(period.from), moscowMidnight(addDays(period.to, 1))],
    );
    const rows: Cell[][] = payments.map((p) => [
      p.completed_at,
      p.receipt_number ?? '',
      p.number ?? '',
      p.card_mask ?? '',
      BigInt(p.amount_minor),
    ]);
    return {
      title: 'Квитанции об оплате банковской картой',
      lines: [
        `за период с ${russianDay(period.from)} по ${russianDay(period.to)}`,
        `по договору № ${subject.company.contractNumber}` +
          (subject.accountId ? `, лицевой счёт № ${accountLabel(subject)}` : ', все лицевые счета'),
      ],
      columns: [
        { title: 'Дата', kind: 'date', width: 0.15 },
        { title: 'Квитанция №', kind: 'text', width: 0.25 },
        { title: 'Лицевой счёт', kind: 'text', width: 0.2 },
        { title: 'Карта', kind: 'text', width: 0.2 },
        { title: 'Сумма, руб.', kind: 'money', width: 0.2 },
      ],
      rows,
      summary: [['Итого оплачено, руб.', payments.reduce((sum, p) => sum + BigInt(p.amount_minor), 0n)]],
    };
  },
};
