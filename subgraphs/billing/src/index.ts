import { loadConfig, runSubgraph } from '@kabinet/kit';
import { z } from 'zod';
import { creditConfig, creditOptionsFrom } from './credit/config';
import { documentOptionsFrom, documentsConfig } from './documents/config';
import { paymentOptionsFrom, paymentsConfig } from './payments/config';
import { billingSubgraph } from './server';

/** Billing's whole environment in one schema, so a bad start names every bad variable at once. */
const billingConfig = z.object({
  ...paymentsConfig.shape,
  ...documentsConfig.shape,
  ...creditConfig.shape,
});

runSubgraph('billing', () => {
  const config = loadConfig(billingConfig);
  return billingSubgraph({
    ...paymentOptionsFrom(config),
    ...documentOptionsFrom(config),
    ...creditOptionsFrom(config),
  });
});
