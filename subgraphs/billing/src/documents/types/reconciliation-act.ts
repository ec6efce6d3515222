import { addDays, moscowMidnight } from '@kabinet/kit';
import type { LedgerEntryKind } from '../../data/entities';
import { accountLabel, type Cell, type DocumentSource } from '../content';
import { russianDay } from '../format';

const KIND_NAMES: Record<LedgerEntryKind, string> = {
  PAYMENT: 'Оплата',
  CHARGE: 'Начисление',
  CREDIT: 'Корректировка в пользу заказчика',
  REFUND: 'Возврат средств',
  PROMISED_PAYMENT: 'Обещанный платёж',
};

/**
 * Акт сверки взаимных расчётов, from the ledger: the balance before the period, every operation in it (charges
 * and refunds as debit, payments and credits as credit), the balance after it. Of one account, or of every
 * account of the contract.
 */
export const reconciliationAct: DocumentSource = {
  async build(tx, subject, period) {
    const from = moscowMidnight(period.from);
    const until = moscowMidnight(addDays(period.to, 1));
    // One account, or every account of the company: the subject names which.
    const scope = subject.accountId
      ? { sql: 'e.account_id = $1', value: subject.accountId }
      : { sql: 'e.company_id = $1', value: subject.company.companyId };
    const [{ opening }]: { opening: string }[] = await tx.query(
      `SELECT coalesce(sum(amount_minor), 0)::text AS opening FROM ledger_entries e
       WHERE ${scope.sql} AND e.occurred_at < $2`,
      [scope.value, from],
    );
    const entries: {
      occurred_at: Date;
      kind: LedgerEntryKind;
      amount_minor: string;
      description: string;
      number: string | null;
    }[] = await tx.query(
      `SELECT e.occurred_at, e.kind, e.amount_minor::text, e.description, a.number
       FROM ledger_entries e JOIN billing_accounts a ON a.account_id = e.account_id
       WHERE ${scope.sql} AND e.occurred_at >= $2 AND e.occurred_at < $3
       ORDER BY e.occurred_at, e.id`,
      [scope.value, from, until],
    );
    let debit = 0n;
    let credit = 0n;
    const rows: Cell[][] = entries.map((e) => {
      const amount = BigInt(e.amount_minor);
      if (amount < 0n) debit -= amount;
      else credit += amount;
      return [
        e.occurred_at,
        KIND_NAMES[e.kind],
        e.description,
        e.number ?? '',
        amount < 0n ? -amount : '',
        amount > 0n ? amount : '',
      ];
    });
    const openingMinor = BigInt(opening);
    return {
      title: 'Акт сверки взаимных расчётов',
      lines: [
        `за период с ${russianDay(period.from)} по ${russianDay(period.to)}`,
        `по договору № ${subject.company.contractNumber}` +
          (subject.accountId ? `, лицевой счёт № ${accountLabel(subject)}` : ', все лицевые счета'),
        'Сальдо положительное — аванс заказчика, отрицательное — задолженность заказчика.',
      ],
      columns: [
        { title: 'Дата', kind: 'date', width: 0.12 },
        { title: 'Операция', kind: 'text', width: 0.16 },
        { title: 'Описание', kind: 'text', width: 0.34 },
        { title: 'Лицевой счёт', kind: 'text', width: 0.14 },
        { title: 'Дебет, руб.', kind: 'money', width: 0.12 },
        { title: 'Кредит, руб.', kind: 'money', width: 0.12 },
      ],
      rows,
      summary: [
        ['Сальдо на начало периода, руб.', openingMinor],
        ['Начислено за период (дебет), руб.', debit],
        ['Оплачено за период (кредит), руб.', credit],
        ['Сальдо на конец периода, руб.', openingMinor - debit + credit],
      ],
    };
  },
};
