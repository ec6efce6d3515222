import { formatMinor } from '@kabinet/kit';

/** The simulated acquirer's payment page: a tiny HTML form (Russian, as a payer would see it). */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const page = (title: string, body: string) => `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;

export interface PageSession {
  paymentId: string;
  amountMinor: string;
  currency: string;
  description: string;
}

/** The form: the card number is posted back to the same URL as `card`. */
export const cardForm = (session: PageSession) =>
  page(
    'Оплата банковской картой',
    `<p>${escapeHtml(session.description)}</p>
<p>Сумма: <strong>${formatMinor(session.amountMinor)} ${escapeHtml(session.currency)}</strong></p>
<form method="post" action="/pay/${escapeHtml(session.paymentId)}">
  <label>Номер карты <input name="card" inputmode="numeric" autocomplete="cc-number" required></label>
  <button type="submit">Оплатить</button>
</form>
<p>Тестовые карты: 4242 4242 4242 4242 — успешно, 4000 0000 0000 0002 — отказ,
4000 0000 0000 3220 — с подтверждением кодом (123456).</p>`,
  );

/** What the payer reads once the card is in (or the session is over). */
export const outcomePage = (outcome: 'SUCCEEDED' | 'DECLINED' | 'AWAITING_CODE' | 'CLOSED' | 'EXPIRED') =>
  ({
    SUCCEEDED: page('Оплата прошла', '<p>Деньги зачислены на лицевой счёт. Окно можно закрыть.</p>'),
    DECLINED: page('Оплата отклонена', '<p>Банк отклонил операцию. Попробуйте другую карту.</p>'),
    AWAITING_CODE: page(
      'Требуется подтверждение',
      '<p>Введите код подтверждения из SMS в личном кабинете.</p>',
    ),
    CLOSED: page('Платёж уже обработан', '<p>Этот платёж завершён.</p>'),
    EXPIRED: page('Срок оплаты истёк', '<p>Создайте новый платёж в личном кабинете.</p>'),
  })[outcome];
