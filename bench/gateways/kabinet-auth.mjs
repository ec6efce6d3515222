// What any gateway in front of Kabinet's subgraphs must do, as Kabinet's own does: verify the caller's access
// token and present the gateway credential with the caller signed — the subgraphs answer nothing else. Given to
// the other gateways for the dashboard comparison, so each does the same work per request.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { require, root } from '../lib.mjs';

const { createTokenVerifier, gatewayLink } = require(join(root, 'subgraphs/kit/dist/core/index.js'));

/** Headers for a subgraph call on behalf of the request's `Authorization`, from the system's secrets file. */
export function kabinetAuth(secretsPath) {
  const secrets = JSON.parse(readFileSync(secretsPath, 'utf8'));
  const verify = createTokenVerifier({ [secrets.keyId]: secrets.publicKeyPem });
  const link = gatewayLink(secrets.gatewaySecret);
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const viewer = token ? (await verify(token)).viewer : null;
    return link.headersFor({ viewer, ip: '127.0.0.1', userAgent: null, requestId: randomUUID() });
  };
}
