import type { Clock } from '@kabinet/kit';

/** What support's resolvers and workers share, built once from `SupportOptions`. */
export interface Support {
  /** When a ticket's answer is due, whether it is overdue, whether it may still be reopened; tests move a test clock. */
  clock: Clock;
  /** How often work due by the clock is looked for (ms): scheduled works to announce. */
  pollMs: number;
}
