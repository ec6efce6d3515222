import { generateKeyPairSync } from 'node:crypto';
import { createTokenSigner, createTokenVerifier, type DemoPlan } from '@kabinet/kit';
import { startSubgraph } from '@kabinet/kit/testing';
import { identitySubgraph } from '../src/server';

/** Identity alone on a fresh database, with its own signing key and a verifier for the tokens it issues. */
export async function startIdentity(plan: DemoPlan, options: { messageWebhookUrl?: string } = {}) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const signToken = createTokenSigner({
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    keyId: 'k1',
    ttlSeconds: 600,
  });
  const verifier = createTokenVerifier({ k1: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  const verify = async (token: string) => (await verifier(token)).viewer;
  const identity = await startSubgraph(identitySubgraph({ signToken, ...options }), plan);
  /** The newest message sent to `to` (SMS and e-mail go to the development outbox). */
  const lastMessage = async (to: string): Promise<string> =>
    (
      await identity.db.dataSource.query(
        'SELECT body FROM outgoing_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
        [to],
      )
    )[0]?.body;
  const codeSentTo = async (to: string) => /\b(\d{6})\b/.exec(await lastMessage(to))?.[1] as string;
  return { identity, signToken, verify, lastMessage, codeSentTo };
}

/** Identity for one test file: started before its tests, stopped after; fields filled once started. */
export function identityFor(plan: DemoPlan, options: { messageWebhookUrl?: string } = {}) {
  const started = {} as Awaited<ReturnType<typeof startIdentity>>;
  beforeAll(async () => {
    Object.assign(started, await startIdentity(plan, options));
  });
  afterAll(() => started.identity?.stop());
  return started;
}
