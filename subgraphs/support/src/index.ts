import { runSubgraph } from '@kabinet/kit';
import { subgraph } from './server';

runSubgraph('support', () => subgraph);
