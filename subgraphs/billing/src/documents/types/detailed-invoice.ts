import { addDays, moscowMidnight } from '@kabinet/kit';
import type { Cell, DocumentSource } from '../content';
import { periodLine } from './invoices';

/**
 * Детализация: every call and traffic record the monthly billing run charged for the months of the period
 * (the records of a month are billed with its invoice), with the days of the period, oldest first.
 */
export const detailedInvoice: DocumentSource = {
  async build(tx, subject, period) {
    const scope = subject.accountId
      ? { sql: 'u.account_id = $1', value: subject.accountId }
      : { sql: 'u.company_id = $1', value: subject.company.companyId };
    const usage: {
      occurred_at: Date;
      kind: 'CALL' | 'TRAFFIC';
      number_called: string | null;
      duration_seconds: number | null;
      volume_mb: string | null;
      cost_minor: string;
      number: string | null;
    }[] = await tx.query(
      `SELECT u.occurred_at, u.kind, u.number_called, u.duration_seconds, u.volume_mb::text, u.cost_minor::text,
         a.number
       FROM usage_records u JOIN billing_accounts a ON a.account_id = u.account_id
       WHERE ${scope.sql} AND u.billed_month IS NOT NULL AND u.occurred_at >= $2 AND u.occurred_at < $3
       ORDER BY u.occurred_at, u.id`,
      [scope.value, moscowMidnight(period.from), moscowMidnight(addDays(period.to, 1))],
    );
    const rows = usage.map((u): Cell[] => [
      u.occurred_at,
      u.number ?? '',
      u.kind === 'CALL' ? 'Звонок' : 'Интернет',
      u.kind === 'CALL' ? (u.number_called ?? '') : '',
      u.kind === 'CALL' ? `${u.duration_seconds ?? 0} с` : `${u.volume_mb ?? 0} МБ`,
      BigInt(u.cost_minor),
    ]);
    return {
      title: 'Детализация счёта',
      lines: [periodLine(period)],
      columns: [
        { title: 'Дата', kind: 'date', width: 0.13 },
        { title: 'Лицевой счёт', kind: 'text', width: 0.17 },
        { title: 'Услуга', kind: 'text', width: 0.14 },
        { title: 'Номер', kind: 'text', width: 0.2 },
        { title: 'Длительность / объём', kind: 'text', width: 0.18 },
        { title: 'Стоимость, руб.', kind: 'money', width: 0.18 },
      ],
      rows,
      summary: [['Итого по детализации, руб.', usage.reduce((sum, u) => sum + BigInt(u.cost_minor), 0n)]],
    };
  },
};
