import { legalInn } from '@kabinet/kit';

export const SUBMIT_APPLICATION =
  'mutation ($i: RegistrationApplicationInput!) { submitRegistrationApplication(input: $i) { number } }';

/** A connection application that passes every check, with `changes` made to it (representative merged). */
export function applicationInput(
  changes: { representative?: Record<string, unknown> } & Record<string, unknown> = {},
) {
  const { representative, ...rest } = changes;
  return {
    companyName: 'ООО «Заявитель»',
    inn: legalInn('500100732'),
    kpp: '500101001',
    legalAddress: 'г. Москва, ул. Ленина, д. 1',
    region: 'Москва',
    locality: 'Москва',
    representative: {
      fullName: 'Петров Пётр Петрович',
      position: 'Директор',
      phone: '+79161234567',
      email: 'p@d.example',
      ...representative,
    },
    contractNumber: 'Д-1',
    accountNumbers: ['770000000101'],
    credentialDelivery: 'EMAIL',
    smsLogin: false,
    authority: { basis: 'CHARTER' },
    documentIds: [],
    ...rest,
  };
}
