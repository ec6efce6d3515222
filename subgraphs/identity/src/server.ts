import { join } from 'node:path';
import {
  accountTreeProjection,
  createSubgraphServer,
  loadSchema,
  pem,
  REVOKED_SESSIONS_PATH,
  type SubgraphDefinition,
  type SubgraphDeps,
  type TokenSigner,
} from '@kabinet/kit';
import { z } from 'zod';
import { startMessageRelay } from './auth/message-relay';
import { serveRevokedSessions } from './auth/revoked-sessions';
import { entities } from './data/entities';
import { migrations } from './data/migrations';
import { seed } from './data/seed';
import { auditCollectors } from './events/audit-collector';
import { createLoaders, type Loaders } from './loaders';
import { receiveUploads } from './registration/uploads';
import { createResolvers } from './resolvers';

/** Identity is the one subgraph that signs access tokens, so it alone holds the private key. */
export interface IdentityOptions {
  signToken: TokenSigner;
  /** The SMS/e-mail provider's webhook; without it messages stay in the development outbox (and the log). */
  messageWebhookUrl?: string;
  /** How long access tokens live: a revoked session stays on the gateways' revocation list that long. */
  accessTokenTtlSeconds?: number;
}

export const identityConfig = z.object({
  JWT_PRIVATE_KEY: pem('PRIVATE KEY'),
  JWT_KEY_ID: z.string().min(1).default('k1'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  // Empty counts as unset, so a compose file can pass it through without a value.
  MESSAGE_WEBHOOK_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  ),
});

export const identitySubgraph = ({
  signToken,
  messageWebhookUrl,
  accessTokenTtlSeconds = 900,
}: IdentityOptions): SubgraphDefinition<Loaders> => ({
  name: 'identity',
  ...loadSchema(join(__dirname, '..')),
  resolvers: createResolvers(signToken),
  entities,
  migrations,
  createLoaders,
  seed,
  workers: (deps) => [
    ...auditCollectors(deps),
    accountTreeProjection(deps, 'identity'),
    ...(messageWebhookUrl ? [startMessageRelay({ ...deps, url: messageWebhookUrl })] : []),
  ],
  http: [
    { path: '/uploads', handler: receiveUploads },
    { path: REVOKED_SESSIONS_PATH, handler: serveRevokedSessions(accessTokenTtlSeconds) },
  ],
});

export const createServer = (deps: SubgraphDeps & IdentityOptions) =>
  createSubgraphServer(identitySubgraph(deps), deps);
