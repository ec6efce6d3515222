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
import { responseDue, TICKET_CATEGORIES, type TicketCategory } from './categories';
import { TICKET_COLUMNS, type TicketRecord } from './records';

/** The longest subject, and the longest description or message. */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 5_000;

export interface NewTicket {
  category: TicketCategory;
  subject: string;
  description: string;
  accountId?: string | null;
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
  // The account must be the ticket's company's (staff name the company), and one the caller may see.
  if (input.accountId && (await visibleTreeAccount(tx, viewer, input.accountId)).companyId !== companyId)
    throw notFound('Personal account');
  const [ticket]: TicketRecord[] = await tx.query(
    `INSERT INTO tickets AS t (id, number, company_id, account_id, category, subject, description, priority,
       response_due_at, created_by, created_at, updated_at)
     VALUES ($1, 'ОБ-' || lpad(nextval('ticket_numbers')::text, 6, '0'), $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
     RETURNING ${TICKET_COLUMNS}`,
    [
      randomUUID(),
      companyId,
      input.accountId ?? null,
      input.category,
      input.subject.trim(),
      input.description.trim(),
      TICKET_CATEGORIES[input.category].priority,
      responseDue(input.category, now),
      viewer.userId,
      now,
    ],
  );
  await announceTicket(tx, ticket, 'CREATED', viewer, now);
  return ticket;
}
