import type { SubgraphContext } from '@kabinet/kit';
import type { Loaders } from '../loaders';

export type Context = SubgraphContext<Loaders>;
