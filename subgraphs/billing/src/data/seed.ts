import { type DemoPlan, seedAccountTree, stableId } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { seedDocumentData } from '../documents/requisites';
import { BillingAccount, LedgerEntry } from './entities';

/** A few months of charges and payments per demo account; ids derive from account and month, so repeatable. */
export async function seed(db: DataSource, plan: DemoPlan): Promise<void> {
  const tariffs = new Map(plan.tariffs.map((t) => [t.code, t]));
  const now = new Date();
  const entries: Partial<LedgerEntry>[] = [];
  for (const company of plan.companies) {
    company.accounts.forEach((account, i) => {
      const charged = account.tariffCodes.flatMap((code) => tariffs.get(code) ?? []);
      const monthlyFee = charged.reduce((sum, tariff) => sum + tariff.monthlyFeeMinor, 0);
      for (let back = plan.months - 1; back >= 0; back--) {
        const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
        const label = month.toISOString().slice(0, 7);
        const common = { accountId: account.id, companyId: company.id, currency: 'RUB' };
        for (const tariff of charged) {
          entries.push({
            ...common,
            id: stableId(`ledger:${account.id}:${label}:charge:${tariff.code}`),
            kind: 'CHARGE',
            amountMinor: String(-tariff.monthlyFeeMinor),
            description: `Абонентская плата за ${label}: ${tariff.name}`,
            serviceKind: tariff.kind,
            occurredAt: month,
          });
        }
        // Every seventh account skips the latest payment, so the demo shows debts too.
        if (back === 0 && i % 7 === 3) continue;
        entries.push({
          ...common,
          id: stableId(`ledger:${account.id}:${label}:payment`),
          kind: 'PAYMENT',
          amountMinor: String(monthlyFee + (i % 4) * 10_000),
          description: 'Оплата по платёжному поручению',
          occurredAt: new Date(month.getTime() + (4 + (i % 10)) * 86_400_000),
        });
      }
    });
  }
  const accounts = plan.companies.flatMap((c) =>
    c.accounts.map((a) => ({ accountId: a.id, companyId: c.id, currency: 'RUB' })),
  );
  await db.transaction(async (tx) => {
    for (let i = 0; i < accounts.length; i += 500) {
      await tx
        .createQueryBuilder()
        .insert()
        .into(BillingAccount)
        .values(accounts.slice(i, i + 500))
        .orIgnore()
        .execute();
    }
    for (let i = 0; i < entries.length; i += 500) {
      await tx
        .createQueryBuilder()
        .insert()
        .into(LedgerEntry)
        .values(entries.slice(i, i + 500))
        .orIgnore()
        .execute();
    }
    await tx.query(
      `UPDATE billing_accounts b
       SET balance_minor = (SELECT coalesce(sum(amount_minor), 0) FROM ledger_entries e WHERE e.account_id = b.account_id)
       WHERE account_id = ANY($1)`,
      [accounts.map((a) => a.accountId)],
    );
  });
  await seedAccountTree(db.manager, plan);
  await db.transaction((tx) => seedDocumentData(tx, plan));
}
