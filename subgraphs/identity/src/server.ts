import { join } from 'node:path';
import {
  createSubgraphServer,
  loadSchema,
  pem,
  type SubgraphDefinition,
  type SubgraphDeps,
  type TokenSigner,
} from '@kabinet/kit';
import { z } from 'zod';
import { auditCollectors } from './audit/collector';
import { entities } from './data/entities';
import { migrations } from './data/migrations';
import { seed } from './data/seed';
import { createLoaders, type Loaders } from './loaders';
import { receiveUploads } from './registration/uploads';
import { createResolvers } from './resolvers';

/** Identity is the one subgraph that signs access tokens, so it alone holds the private key. */
export interface IdentityOptions {
  signToken: TokenSigner;
}

export const identityConfig = z.object({
  JWT_PRIVATE_KEY: pem('PRIVATE KEY'),
  JWT_KEY_ID: z.string().min(1).default('k1'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
});

export const identitySubgraph = ({ signToken }: IdentityOptions): SubgraphDefinition<Loaders> => ({
  name: 'identity',
  ...loadSchema(join(__dirname, '..')),
  resolvers: createResolvers(signToken),
  entities,
  migrations,
  createLoaders,
  seed,
  workers: auditCollectors,
  http: { path: '/uploads', handler: receiveUploads },
});

export const createServer = (deps: SubgraphDeps & IdentityOptions) =>
  createSubgraphServer(identitySubgraph(deps), deps);
