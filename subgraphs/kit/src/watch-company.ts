import { ACCOUNTS_PLACED, parseEvent } from '@kabinet/contracts';
import type { EntityManager } from 'typeorm';
import { accountScope, companyScope, requireViewer } from './access';
import { liveReach } from './account-tree/visible';
import { assertValid, notFound } from './core/errors';
import type { Viewer } from './core/viewer';
import type { EventBus } from './events/bus';
import { companyStream, type OutboxEvent } from './events/event';
import { lastSequence, streamEvents } from './events/stream';

export interface WatchCompany {
  viewer: Viewer | null;
  /** The subgraph's database, to learn which accounts a viewer's access list reaches and where the stream is. */
  db: Pick<EntityManager, 'query'>;
  events: EventBus;
  /** The event type to deliver. */
  type: string;
  /** Staff only: the company named in the arguments. */
  companyId?: string | null;
  /** Companies owning the records the subscriber named (accounts, orders); they must all be one. */
  companiesOfNamed: string[];
  /** Personal accounts of the records the subscriber named; a user limited to some accounts must see them all. */
  accountsOfNamed?: string[];
  after?: number | null;
  /**
   * Events a user limited to some accounts gets whatever account they name: a job's progress (checked when
   * subscribing), their own ticket, a notice to the whole company. Others must be about an account they reach.
   */
  beyondAccounts?(event: OutboxEvent): boolean;
  /** Which of the company's events of `type` this subscriber wants. */
  accept(event: OutboxEvent): boolean;
}

/**
 * A subscription to one company's event stream, for its own users or for staff. Checked when subscribing
 * (the caller may watch that company and the accounts of the records named) and again for every event.
 * The accounts a limited user's groups reach are read when subscribing, then follow the `AccountsPlaced`
 * events the subgraph's copy of the tree writes into the same stream.
 */
export async function watchCompany(options: WatchCompany): Promise<AsyncIterableIterator<OutboxEvent>> {
  requireViewer(options.viewer);
  if (options.after != null && options.after < 0)
    assertValid([{ field: 'after', message: 'must not be negative' }]);
  const scope = companyScope(options.viewer);
  const named = new Set(options.companiesOfNamed);
  const companyId = scope ?? options.companyId ?? (named.size === 1 ? [...named][0] : null);
  if (!companyId) {
    assertValid([{ field: 'companyId', message: 'staff must name one company (or records of one company)' }]);
  }
  const company = companyId as string;
  if (options.companyId && options.companyId !== company) throw notFound('Company');
  if ([...named].some((id) => id !== company)) throw notFound('Record');
  // A user limited to some accounts gets only events about them (events about no account are not theirs).
  const access = accountScope(options.viewer);
  const reach = access && (await liveReach(options.db, company, access));
  if (reach && (options.accountsOfNamed ?? []).some((id) => !reach.has(id))) throw notFound('Record');
  // Nobody has seen a number the stream has not reached: waiting for it would silently skip every event up to it.
  const stream = companyStream(company);
  if (options.after != null && options.after > (await lastSequence(options.db, stream)))
    assertValid([{ field: 'after', message: 'is beyond the last event of the stream' }]);
  const maySee = (event: OutboxEvent) =>
    reach === null ||
    options.beyondAccounts?.(event) ||
    reach.has((event.payload as { accountId?: string }).accountId ?? '');
  return streamEvents({
    bus: options.events,
    stream,
    after: options.after,
    accept: (event) => {
      // Accounts moved in or out of the viewer's groups, in order with the events about them.
      if (event.type === ACCOUNTS_PLACED) {
        reach?.place(parseEvent(ACCOUNTS_PLACED, event.payload));
        return false;
      }
      return (
        event.type === options.type && event.companyId === company && maySee(event) && options.accept(event)
      );
    },
  });
}
