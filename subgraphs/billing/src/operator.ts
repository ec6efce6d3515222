/**
 * The operator as its documents and bank invoices name it: the payee of every payment. One place, so a bank
 * invoice, an act and a receipt can never disagree on whom to pay.
 */
export const OPERATOR = {
  name: 'ПАО «Кабинет Телеком»',
  inn: '7707049388',
  kpp: '770701001',
  ogrn: '1027700198767',
  legalAddress: '125047, г. Москва, ул. Тверская-Ямская 1-я, д. 14',
  bank: {
    name: 'ПАО Сбербанк',
    bik: '044525225',
    correspondentAccount: '30101810400000000225',
    settlementAccount: '40702810938000012345',
  },
  /** VAT included in every price, percent. */
  vatPercent: 20,
} as const;
