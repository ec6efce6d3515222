import { backgroundTransaction, type Clock, type Logger, repeatEvery } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { previousMonth } from './month';
import { runBilling } from './run';

/** How often the schedule looks whether last month still needs its run. */
export const SCHEDULE_POLL_MS = 60_000;

/**
 * Bills last month once it is over, without anyone asking: every poll, if last month has not been completed,
 * the run starts (or resumes: it is idempotent per account and month, so replicas polling at once or a run
 * cut short by a restart never charge twice).
 */
export function startBillingSchedule({
  db,
  log,
  clock,
  pollMs = SCHEDULE_POLL_MS,
}: {
  db: DataSource;
  log: Logger;
  clock: Clock;
  pollMs?: number;
}) {
  const pass = async () => {
    const now = clock.now();
    const month = previousMonth(now);
    const [done] = await backgroundTransaction(db, (tx) =>
      tx.query('SELECT 1 FROM billed_months WHERE month = $1', [month]),
    );
    if (done) return;
    const result = await runBilling(db, month, now);
    log.info(
      { month, accounts: result.accountsBilled, invoices: result.invoicesIssued },
      'monthly billing run completed',
    );
  };
  return repeatEvery(pollMs, pass, { log, name: 'monthly billing run' });
}
