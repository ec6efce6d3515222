import { OPERATOR } from '../../operator';
import { accountLabel, type DocumentSource } from '../content';

/**
 * Реквизиты для оплаты: whom to pay (the operator's bank details) and what to write in the payment purpose so
 * the money lands on the right account or contract.
 */
export const paymentDetails: DocumentSource = {
  async build(_tx, subject) {
    const target = subject.accountId
      ? `по договору № ${subject.company.contractNumber}, лицевой счёт № ${accountLabel(subject)}`
      : `по договору № ${subject.company.contractNumber}`;
    const purpose = `Оплата услуг связи ${target}. В т.ч. НДС ${OPERATOR.vatPercent}%.`;
    return {
      title: 'Реквизиты для оплаты',
      lines: [`Плательщик: ${subject.company.name}, ИНН ${subject.company.inn}`],
      columns: [
        { title: 'Реквизит', kind: 'text', width: 0.35 },
        { title: 'Значение', kind: 'text', width: 0.65 },
      ],
      rows: [
        ['Получатель', OPERATOR.name],
        ['ИНН получателя', OPERATOR.inn],
        ['КПП получателя', OPERATOR.kpp],
        ['Банк получателя', OPERATOR.bank.name],
        ['БИК', OPERATOR.bank.bik],
        ['Корреспондентский счёт', OPERATOR.bank.correspondentAccount],
        ['Расчётный счёт', OPERATOR.bank.settlementAccount],
        ['Назначение платежа', purpose],
      ],
      summary: [],
    };
  },
};
