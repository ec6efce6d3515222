import { runSubgraph } from '@kabinet/kit';
import { billingSubgraph } from './server';

runSubgraph('billing', () => billingSubgraph());
