import type { OrderStatus } from '@kabinet/contracts';
import { rubles } from '@kabinet/kit';

/** An amount as a message says it: `1 234,56 ₽`. */
const formatMoney = (minor: bigint, currency: string) =>
  `${rubles(minor)}\u00a0${currency === 'RUB' ? '₽' : currency}`;

/** 88001234567 as people write it: 8-800-123-45-67. */
const formatFreephone = (digits: string) =>
  digits.replace(/^(\d)(\d{3})(\d{3})(\d{2})(\d{2})$/, '$1-$2-$3-$4-$5');

/** 2026-12-07 as a date in a Russian sentence: 07.12.2026. */
const formatDay = (day: string) => day.split('-').reverse().join('.');

/** What a notification is about: each user will choose its channels by kind. */
export const NOTIFICATION_KINDS = [
  'ORDER_STATUS',
  'LOW_BALANCE',
  'CREDIT_LIMIT',
  'PAYMENT_SUCCEEDED',
  'PAYMENT_FAILED',
  'DOCUMENT_READY',
  'TICKET_REPLY',
  'REPAIR_WORKS',
  'NEW_DEVICE',
  'TEST_PERIOD_ENDING',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A balance falling below this (1,000 ₽) is worth telling the company about. */
export const LOW_BALANCE_MINOR = 100_000n;

const ORDER_STATUS_TEXT: Record<OrderStatus, string> = {
  ACKNOWLEDGED: 'принят',
  FEASIBILITY_CHECK: 'на проверке технической возможности',
  REJECTED: 'отклонён',
  SCHEDULING: 'ожидает выбора времени визита',
  IN_PROGRESS: 'в работе',
  AWAITING_CONFIRMATION: 'выполнен и ждёт вашего подтверждения',
  COMPLETED: 'выполнен',
  CANCELLED: 'отменён',
};

export const texts = {
  orderStatus: (status: OrderStatus) => ({
    title: 'Статус заказа изменился',
    body: `Заказ ${ORDER_STATUS_TEXT[status]}.`,
  }),
  lowBalance: (balanceMinor: bigint, currency: string) => ({
    title: 'Баланс лицевого счёта ниже 1 000 ₽',
    body: `На счёте осталось ${formatMoney(balanceMinor, currency)}. Пополните баланс, чтобы услуги не были приостановлены.`,
  }),
  creditLimit: (balanceMinor: bigint, currency: string) => ({
    title: 'Превышен кредитный лимит',
    body: `Баланс ${formatMoney(balanceMinor, currency)} ниже кредитного лимита: услуги счёта приостановлены до оплаты.`,
  }),
  paymentSucceeded: (amountMinor: bigint, currency: string) => ({
    title: 'Платёж зачислен',
    body: `На лицевой счёт зачислено ${formatMoney(amountMinor, currency)}.`,
  }),
  paymentFailed: (amountMinor: bigint, currency: string, reason: string) => ({
    title: 'Платёж не прошёл',
    body: `Платёж на ${formatMoney(amountMinor, currency)} не зачислен: ${reason}.`,
  }),
  documentReady: (type: string) => ({
    title: 'Документ готов',
    body: `Документ ${type} сформирован и подписан; его можно скачать в разделе документов.`,
  }),
  /** Works or an outage on the network where the company has services: the news item's own words. */
  works: (title: string, body: string) => ({ title, body }),
  newDevice: (userAgent: string | null, ip: string | null) => ({
    title: 'Вход с нового устройства',
    body: `В ваш кабинет вошли с нового устройства (${userAgent ?? 'неизвестный браузер'}${ip ? `, адрес ${ip}` : ''}). Если это были не вы, смените пароль и завершите сеанс в разделе «Устройства».`,
  }),
  testPeriodEnding: (number: string, endsOn: string) => ({
    title: 'Заканчивается тестовый период номера 8-800',
    body: `Тестовый период номера ${formatFreephone(number)} заканчивается ${formatDay(endsOn)}. Выберите тариф, иначе номер будет отключён.`,
  }),
  ticketReply: (number: string) => ({
    title: 'Ответ по обращению',
    body: `Поддержка ответила по обращению ${number}.`,
  }),
};
