import {
  BALANCE_CHANGED,
  CREDIT_LIMIT_EXCEEDED,
  DOCUMENT_READY,
  NEW_DEVICE_SIGNED_IN,
  ORDER_STATUS_CHANGED,
  PAYMENT_FAILED,
  PAYMENT_SUCCEEDED,
  parseEvent,
  TEST_PERIOD_ENDING,
  TICKET_UPDATED,
} from '@kabinet/contracts';
import { type Logger, type OutboxEvent, startConsumer } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Support } from '../runtime';
import { LOW_BALANCE_MINOR, texts } from './kinds';
import { type NewNotification, notify } from './record';

/** Older news is not worth a notification: a consumer reading history (a first start) stays quiet about it. */
const FRESH_MS = 24 * 3_600_000;

type Rule = (
  event: OutboxEvent,
  tx: EntityManager,
) => Promise<NewNotification | null> | NewNotification | null;

/**
 * Support's durable consumers of what concerns users: each event read in the transaction that records its
 * notification and moves the consumer's position, and notified once however often it is read.
 */
export function notificationConsumers({ db, log }: { db: DataSource; log: Logger }, support: Support) {
  const consume = (subgraph: string, rules: Record<string, Rule>) =>
    startConsumer({
      db,
      source: subgraph,
      name: `support.notifications-${subgraph}`,
      types: Object.keys(rules),
      log,
      async handle(event, tx) {
        const note = await rules[event.type](event, tx);
        if (note) await notify(tx, `${subgraph}:${event.id}`, note, support.clock.now());
      },
    });
  const fresh = (at: string) => support.clock.now().getTime() - Date.parse(at) < FRESH_MS;
  const company = (event: OutboxEvent) => event.companyId as string;

  return [
    consume('catalog', {
      [ORDER_STATUS_CHANGED]: (event) => {
        const change = parseEvent(ORDER_STATUS_CHANGED, event.payload);
        if (!fresh(change.changedAt)) return null;
        return {
          kind: 'ORDER_STATUS',
          companyId: company(event),
          accountId: change.accountId,
          ...texts.orderStatus(change.status),
          subject: { orderId: change.orderId },
        };
      },
      [TEST_PERIOD_ENDING]: (event) => {
        const ending = parseEvent(TEST_PERIOD_ENDING, event.payload);
        if (!fresh(ending.at)) return null;
        return {
          kind: 'TEST_PERIOD_ENDING',
          companyId: ending.companyId,
          accountId: ending.accountId,
          ...texts.testPeriodEnding(ending.number, ending.endsOn),
          subject: { serviceId: ending.serviceId },
        };
      },
    }),
    consume('billing', {
      [BALANCE_CHANGED]: (event) => {
        const change = parseEvent(BALANCE_CHANGED, event.payload);
        const balance = BigInt(change.balanceMinor);
        const before = balance - BigInt(change.entry.amountMinor);
        // Once, as the balance falls through the mark, not for every charge below it.
        if (!fresh(change.entry.occurredAt) || !(before >= LOW_BALANCE_MINOR && balance < LOW_BALANCE_MINOR))
          return null;
        return {
          kind: 'LOW_BALANCE',
          companyId: company(event),
          accountId: change.accountId,
          ...texts.lowBalance(balance, change.entry.currency),
        };
      },
      [CREDIT_LIMIT_EXCEEDED]: (event) => {
        const crossing = parseEvent(CREDIT_LIMIT_EXCEEDED, event.payload);
        if (!fresh(crossing.occurredAt)) return null;
        return {
          kind: 'CREDIT_LIMIT',
          companyId: crossing.companyId,
          accountId: crossing.accountId,
          ...texts.creditLimit(BigInt(crossing.balanceMinor), crossing.currency),
        };
      },
      [PAYMENT_SUCCEEDED]: (event) => {
        const payment = parseEvent(PAYMENT_SUCCEEDED, event.payload);
        if (!fresh(payment.completedAt)) return null;
        return {
          kind: 'PAYMENT_SUCCEEDED',
          companyId: company(event),
          accountId: payment.accountId,
          ...texts.paymentSucceeded(BigInt(payment.amountMinor), payment.currency),
          subject: { paymentId: payment.paymentId },
        };
      },
      [PAYMENT_FAILED]: (event) => {
        const payment = parseEvent(PAYMENT_FAILED, event.payload);
        if (!fresh(payment.completedAt)) return null;
        return {
          kind: 'PAYMENT_FAILED',
          companyId: company(event),
          accountId: payment.accountId,
          ...texts.paymentFailed(BigInt(payment.amountMinor), payment.currency, payment.reason),
          subject: { paymentId: payment.paymentId },
        };
      },
      [DOCUMENT_READY]: (event) => {
        const document = parseEvent(DOCUMENT_READY, event.payload);
        return {
          kind: 'DOCUMENT_READY',
          companyId: document.companyId,
          accountId: document.accountId,
          ...texts.documentReady(document.type),
          subject: { documentId: document.documentId },
        };
      },
    }),
    consume('identity', {
      // To the user alone: someone signed in as them from a device they never used.
      [NEW_DEVICE_SIGNED_IN]: (event) => {
        const signIn = parseEvent(NEW_DEVICE_SIGNED_IN, event.payload);
        if (!signIn.companyId || !fresh(signIn.at)) return null;
        return {
          kind: 'NEW_DEVICE',
          companyId: signIn.companyId,
          accountId: null,
          userId: signIn.userId,
          ...texts.newDevice(signIn.userAgent, signIn.ip),
        };
      },
    }),
    consume('support', {
      // Staff's answers and moves, to the ticket's author.
      [TICKET_UPDATED]: async (event, tx) => {
        const update = parseEvent(TICKET_UPDATED, event.payload);
        if (!update.byStaff || !['MESSAGE', 'STATUS'].includes(update.change)) return null;
        const [ticket]: { number: string; createdBy: string }[] = await tx.query(
          'SELECT number, created_by AS "createdBy" FROM tickets WHERE id = $1',
          [update.ticketId],
        );
        if (!ticket) return null;
        return {
          kind: 'TICKET_REPLY',
          companyId: update.companyId,
          accountId: update.accountId,
          userId: ticket.createdBy,
          ...texts.ticketReply(ticket.number),
          subject: { ticketId: update.ticketId },
        };
      },
    }),
  ];
}
