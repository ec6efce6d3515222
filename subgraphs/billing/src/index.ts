import { loadConfig, runSubgraph } from '@kabinet/kit';
import { paymentOptionsFrom, paymentsConfig } from './payments/config';
import { billingSubgraph } from './server';

runSubgraph('billing', () => billingSubgraph({ ...paymentOptionsFrom(loadConfig(paymentsConfig)) }));
