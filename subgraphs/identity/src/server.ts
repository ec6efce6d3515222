import { join } from 'node:path';
import {
  accountTreeProjection,
  createSubgraphServer,
  LOGIN_FORMAT,
  type Logger,
  loadSchema,
  messageWebhookUrlConfig,
  pem,
  REVOKED_SESSIONS_PATH,
  type SubgraphDefinition,
  type SubgraphDeps,
  startMessageRelay,
  type TokenSigner,
} from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { serveRevokedSessions } from './auth/revoked-sessions';
import { entities } from './data/entities';
import { migrations } from './data/migrations';
import { seed } from './data/seed';
import { auditCollectors } from './events/audit-collector';
import { notificationDeliveries } from './events/notification-deliveries';
import { createLoaders, type Loaders } from './loaders';
import { createResolvers } from './resolvers';
import { serveAttachments } from './uploads/attachments';
import { receiveUploads } from './uploads/uploads';
import { ensureFirstOperator, type FirstOperator } from './users/first-operator';

/** Identity is the one subgraph that signs access tokens, so it alone holds the private key. */
export interface IdentityOptions {
  signToken: TokenSigner;
  /** The SMS/e-mail provider's webhook; without it messages stay in the development outbox (and the log). */
  messageWebhookUrl?: string;
  /** How long access tokens live: a revoked session stays on the gateways' revocation list that long. */
  accessTokenTtlSeconds?: number;
  /** The operator a new deployment starts with (see `users/first-operator.ts`). */
  firstOperator?: FirstOperator;
}

const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const identityConfig = z
  .object({
    JWT_PRIVATE_KEY: pem('PRIVATE KEY'),
    JWT_KEY_ID: z.string().min(1).default('k1'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
    // Empty counts as unset, so a compose file can pass these through without a value.
    /** A new deployment's first operator (see users/first-operator.ts): both, or neither. */
    FIRST_OPERATOR_LOGIN: unsetWhenEmpty(z.string().regex(LOGIN_FORMAT.pattern, LOGIN_FORMAT.message)),
    FIRST_OPERATOR_EMAIL: unsetWhenEmpty(z.email()),
    MESSAGE_WEBHOOK_URL: messageWebhookUrlConfig,
  })
  .refine((c) => !c.FIRST_OPERATOR_LOGIN === !c.FIRST_OPERATOR_EMAIL, {
    message: 'set FIRST_OPERATOR_LOGIN and FIRST_OPERATOR_EMAIL together, or neither',
    path: ['FIRST_OPERATOR_EMAIL'],
  });

export const identitySubgraph = ({
  signToken,
  messageWebhookUrl,
  accessTokenTtlSeconds = 900,
  firstOperator,
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
    notificationDeliveries(deps),
    accountTreeProjection(deps, 'identity'),
    ...(messageWebhookUrl ? [startMessageRelay({ ...deps, url: messageWebhookUrl })] : []),
  ],
  ...(firstOperator && {
    prepare: ({ db, log }: { db: DataSource; log: Logger }) => ensureFirstOperator(db, log, firstOperator),
  }),
  http: [
    { path: '/uploads', handler: receiveUploads },
    { path: '/attachments', handler: serveAttachments },
    { path: REVOKED_SESSIONS_PATH, handler: serveRevokedSessions(accessTokenTtlSeconds) },
  ],
});

export const createServer = (deps: SubgraphDeps & IdentityOptions) =>
  createSubgraphServer(identitySubgraph(deps), deps);
