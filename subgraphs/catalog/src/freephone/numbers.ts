import { randomUUID } from 'node:crypto';
import {
  addDays,
  assertValid,
  badInput,
  conflict,
  formatProblems,
  isUuid,
  type Logger,
  moscowDate,
  PHONE_FORMAT,
  preconditionFailed,
  sendMessage,
  TEXT_MAX,
  textProblems,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { type Service, Tariff } from '../data/entities';
import { FREEPHONE_TEST_TARIFF } from '../data/offerings';
import { isOnSale } from '../data/on-sale';
import { applyTariff, lockService } from '../services/changes';
import { announceActivated, announceTestPeriodEnding } from '../services/lifecycle';

/** How long a reservation holds a number for a company. */
export const RESERVATION_MINUTES = 15;
/** Days of the free test period, the day of ordering included. */
export const TEST_PERIOD_DAYS = 7;

const NUMBER = /^8800\d{7}$/;

const numberProblem = (number: string) =>
  NUMBER.test(number) ? [] : [{ field: 'number', message: 'must be 11 digits starting with 8800' }];

/**
 * Holds a free number (or one whose hold lapsed, or the company's own) for the company for 15 minutes. One
 * conditional update decides it: of two companies racing, the second finds the row changed and gets CONFLICT.
 */
export async function reserveNumber(tx: EntityManager, companyId: string, number: string, now: Date) {
  assertValid(numberProblem(number));
  const until = new Date(now.getTime() + RESERVATION_MINUTES * 60_000);
  const [rows]: [{ number: string }[], number] = await tx.query(
    `UPDATE freephone_numbers SET state = 'RESERVED', company_id = $2, reserved_until = $3
     WHERE number = $1 AND (state = 'FREE' OR (state = 'RESERVED' AND (reserved_until <= $4 OR company_id = $2)))
     RETURNING number`,
    [number, companyId, until, now],
  );
  if (rows.length === 0) {
    const [exists] = await tx.query('SELECT 1 FROM freephone_numbers WHERE number = $1', [number]);
    if (!exists) throw badInput([{ field: 'number', message: 'is not in the pool' }]);
    throw conflict('The number is held or used by another customer', [
      { field: 'number', message: 'is taken' },
    ]);
  }
  return until;
}

export interface FreephoneOrder {
  number: string;
  account: { id: string; companyId: string };
  applicant: { fullName: string; phone: string };
}

/** Connects a number the company holds on a 7-day free test period: an ACTIVE 8-800 service at no charge. */
export async function orderNumber(tx: EntityManager, order: FreephoneOrder, now: Date): Promise<string> {
  assertValid([
    ...numberProblem(order.number),
    ...textProblems('applicant.fullName', order.applicant.fullName, {
      max: TEXT_MAX.name,
      min: 1,
      name: true,
    }),
    ...formatProblems('applicant.phone', order.applicant.phone, PHONE_FORMAT),
  ]);
  const [held] = await tx.query(
    `SELECT state, company_id AS "companyId", reserved_until AS "reservedUntil" FROM freephone_numbers
     WHERE number = $1 FOR UPDATE`,
    [order.number],
  );
  if (held?.state !== 'RESERVED' || held.companyId !== order.account.companyId || held.reservedUntil <= now) {
    const why =
      held?.state === 'RESERVED' && held.companyId === order.account.companyId ? 'expired' : 'is not yours';
    throw preconditionFailed(`Reserve the number first: the reservation ${why}`, [
      { field: 'number', message: `reservation ${why}` },
    ]);
  }
  const id = randomUUID();
  await tx.query(
    `INSERT INTO services (id, account_id, company_id, tariff_id, status, activated_at, identifier, test_ends_on)
     VALUES ($1, $2, $3, $4, 'ACTIVE', $5, $6, $7)`,
    [
      id,
      order.account.id,
      order.account.companyId,
      FREEPHONE_TEST_TARIFF.id,
      now,
      order.number,
      addDays(moscowDate(now), TEST_PERIOD_DAYS - 1),
    ],
  );
  await tx.query(
    `UPDATE freephone_numbers SET state = 'TESTING', service_id = $2, reserved_until = NULL, reminded = false,
       applicant_phone = $3 WHERE number = $1`,
    [order.number, id, order.applicant.phone],
  );
  await announceActivated(tx, [id]);
  return id;
}

/** Ends a number's test period with a tariff: the number is the company's, charged from now with its category. */
export async function chooseTariff(
  tx: EntityManager,
  scope: string | null,
  input: { serviceId: string; tariffId: string },
  now: Date,
): Promise<Service> {
  const service = await lockService(tx, input.serviceId, scope);
  if (service.status !== 'ACTIVE' || !service.testEndsOn) {
    throw preconditionFailed('Only an 8-800 number in its test period takes a tariff here', [
      { field: 'serviceId', message: 'is not in a test period' },
    ]);
  }
  const tariff = isUuid(input.tariffId)
    ? await tx.getRepository(Tariff).findOneBy({ id: input.tariffId })
    : null;
  if (!tariff || !isOnSale(tariff, now) || tariff.kind !== 'FREEPHONE')
    throw badInput([{ field: 'tariffId', message: 'must be an 8-800 tariff on sale' }]);
  await tx.query(`UPDATE freephone_numbers SET state = 'TAKEN' WHERE service_id = $1`, [service.id]);
  await tx.query('UPDATE services SET test_ends_on = NULL WHERE id = $1', [service.id]);
  return { ...(await applyTariff(tx, service, tariff.id, now)), testEndsOn: null };
}

/** Reminds the applicant by SMS, and the company in the cabinet, once, the day before a test period's last day. */
export async function remind(tx: EntityManager, log: Logger, service: Service, now: Date) {
  const [rows]: [{ number: string; phone: string }[], number] = await tx.query(
    `UPDATE freephone_numbers SET reminded = true WHERE service_id = $1 AND NOT reminded
     RETURNING number, applicant_phone AS phone`,
    [service.id],
  );
  if (rows.length === 0) return;
  const [{ number: digits, phone }] = rows;
  await announceTestPeriodEnding(tx, service, digits, service.testEndsOn as string, now);
  await sendMessage(tx, log, {
    channel: 'SMS',
    to: phone,
    text: `Тестовый период номера ${digits} заканчивается ${service.testEndsOn}. Выберите тариф в личном кабинете, иначе номер будет отключён.`,
  });
}
