import type { OrderStatus } from '@kabinet/contracts';
import { rubles } from '@kabinet/kit';

/** An amount as a message says it: `1 234,56 ₽`. */
const formatMoney = (minor: bigint, currency: string) =>
  `${rubles(minor)}\u00a0${currency === 'RUB' ? '₽' : currency}`;

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
  ticketReply: (number: string) => ({
    title: 'Ответ по обращению',
    body: `Поддержка ответила по обращению ${number}.`,
  }),
};
