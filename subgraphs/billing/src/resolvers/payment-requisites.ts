import { notFound } from '@kabinet/kit';
import { OPERATOR } from '../operator';
import type { Context } from './context';

/** Whom to pay and what to write, for a payment order to a personal account: the payment slip's fields. */
export const paymentRequisitesResolvers = {
  PersonalAccount: {
    async requisites(account: { id: string }, _args: unknown, ctx: Context) {
      const row = await ctx.loaders.billingAccount.load(account.id);
      if (!row) throw notFound('Personal account');
      const company = await ctx.loaders.companyRequisites.load(row.companyId);
      const contract = company ? `по договору № ${company.contractNumber}, ` : '';
      return {
        recipient: OPERATOR.name,
        recipientInn: OPERATOR.inn,
        recipientKpp: OPERATOR.kpp,
        bankName: OPERATOR.bank.name,
        bik: OPERATOR.bank.bik,
        correspondentAccount: OPERATOR.bank.correspondentAccount,
        settlementAccount: OPERATOR.bank.settlementAccount,
        payer: company?.name ?? null,
        payerInn: company?.inn ?? null,
        payerKpp: company?.kpp ?? null,
        accountNumber: row.number,
        paymentPurpose: `Оплата услуг связи ${contract}лицевой счёт № ${row.number ?? row.accountId}. В т.ч. НДС ${OPERATOR.vatPercent}%.`,
      };
    },
  },
};
