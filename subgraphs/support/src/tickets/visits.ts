import { parseEvent, TECHNICIAN_VISIT_BOOKED } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import type { Support } from '../runtime';
import { announceTicket } from './announce';
import { writeMessage } from './messages';
import { TICKET_COLUMNS, type TicketRecord } from './records';

const moscow = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Europe/Moscow',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const hours = (at: string) => moscow.format(new Date(at)).split(', ')[1];

/**
 * A technician visit booked in catalog's calendar for a technician call shows in the ticket's conversation, in
 * the booker's name, and live over ticketUpdated: staff and the customer both see when the technician comes.
 */
export const technicianVisits = ({ db, log }: { db: DataSource; log: Logger }, support: Support) =>
  startConsumer({
    db,
    source: 'catalog',
    name: 'support.technician-visits',
    types: [TECHNICIAN_VISIT_BOOKED],
    log,
    async handle(event, tx) {
      const visit = parseEvent(TECHNICIAN_VISIT_BOOKED, event.payload);
      const [ticket]: TicketRecord[] = await tx.query(
        `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.id = $1 FOR UPDATE`,
        [visit.ticketId],
      );
      if (!ticket) return;
      const author = { userId: visit.bookedBy, byStaff: visit.byStaff };
      const day = moscow.format(new Date(visit.startsAt)).split(', ')[0];
      const body = `Визит техника назначен на ${day} с ${hours(visit.startsAt)} до ${hours(visit.endsAt)} (МСК).`;
      const now = support.clock.now();
      await writeMessage(tx, ticket, author, body, false, now);
      await announceTicket(tx, ticket, 'MESSAGE', author, now);
    },
  });
