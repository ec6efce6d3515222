import { randomUUID } from 'node:crypto';
import {
  assertValid,
  companyActedOn,
  type FieldProblem,
  notFound,
  textProblems,
  type Viewer,
  visibleTreeAccount,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { announceTicket } from './announce';
import { attach } from './attachments';
import { responseDue, TICKET_CATEGORIES, type TicketCategory } from './categories';
import { TICKET_COLUMNS, type TicketRecord } from './records';
import { subjectAccount } from './subjects';

/** The longest subject, and the longest description or message. */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 5_000;

export interface NewTicket {
  category: TicketCategory;
  subject: string;
  description: string;
  accountId?: string | null;
  serviceId?: string | null;
  orderId?: string | null;
  attachmentIds?: string[] | null;
  companyId?: string | null;
}

export const bodyProblems = (field: string, value: string): FieldProblem[] =>
  textProblems(field, value, { min: 1, max: BODY_MAX });

/**
 * Opens a ticket (ACKNOWLEDGED) with its category's priority and answer time, numbered `ОБ-<n>`. Any user of a
 * company writes for it; staff name the company. Nothing is written when the input is bad.
 */
export async function createTicket(
  tx: EntityManager,
  viewer: Viewer,
  input: NewTicket,
  now: Date,
): Promise<TicketRecord> {
  const companyId = companyActedOn(viewer, input.companyId);
  assertValid([
    ...textProblems('subject', input.subject, { min: 1, max: SUBJECT_MAX }),
    ...bodyProblems('description', input.description),
  ]);
  // A service or an order is the company's, and so is its account; the account must be one the caller may see.
  const accountId = await subjectAccount(tx, companyId, input);
  if (accountId && (await visibleTreeAccount(tx, viewer, accountId)).companyId !== companyId)
    throw notFound(
      'Personal account',
      input.accountId ? 'accountId' : input.serviceId ? 'serviceId' : 'orderId',
    );
  const [ticket]: TicketRecord[] = await tx.query(
    `INSERT INTO tickets AS t (id, number, company_id, account_id, service_id, order_id, category, subject,
       description, priority, response_due_at, created_by, created_at, updated_at)
     VALUES ($1, 'ОБ-' || lpad(nextval('ticket_numbers')::text, 6, '0'), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
       $12, $12)
     RETURNING ${TICKET_COLUMNS}`,
    [
      randomUUID(),
      companyId,
      accountId,
      input.serviceId ?? null,
      input.orderId ?? null,
      input.category,
      input.subject.trim(),
      input.description.trim(),
      TICKET_CATEGORIES[input.category].priority,
      responseDue(input.category, now),
      viewer.userId,
      now,
    ],
  );
  await attach(tx, viewer, input.attachmentIds, { ticketId: ticket.id, messageId: null });
  await announceTicket(tx, ticket, 'CREATED', viewer, now);
  return ticket;
}
