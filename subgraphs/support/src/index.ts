import { runSubgraph } from '@kabinet/kit';
import { supportSubgraph } from './server';

runSubgraph('support', () => supportSubgraph());
