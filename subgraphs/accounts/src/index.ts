import { runSubgraph } from '@kabinet/kit';
import { subgraph } from './server';

runSubgraph('accounts', () => subgraph);
