import { runSubgraph } from '@kabinet/kit';
import { catalogSubgraph } from './server';

runSubgraph('catalog', () => catalogSubgraph());
