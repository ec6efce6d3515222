import { z } from 'zod';
import { instant, uuid } from './fields';

/**
 * Catalog, the day before an 8-800 number's free test period ends: unless a tariff is chosen, the number is
 * released after `endsOn`. Support tells the users who may see the account.
 */
export const TEST_PERIOD_ENDING = 'TestPeriodEnding';

export const testPeriodEnding = z.looseObject({
  serviceId: uuid,
  accountId: uuid,
  companyId: uuid,
  /** The number under test, as dialled: 8800XXXXXXX. */
  number: z.string(),
  /** The test period's last day (Moscow), YYYY-MM-DD. */
  endsOn: z.iso.date(),
  at: instant,
});
export type TestPeriodEndingPayload = z.infer<typeof testPeriodEnding>;
