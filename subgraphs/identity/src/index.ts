import { createTokenSigner, loadConfig, runSubgraph } from '@kabinet/kit';
import { identityConfig, identitySubgraph } from './server';

runSubgraph('identity', () => {
  const config = loadConfig(identityConfig);
  const signToken = createTokenSigner({
    privateKeyPem: config.JWT_PRIVATE_KEY,
    keyId: config.JWT_KEY_ID,
    ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  });
  return identitySubgraph({
    signToken,
    messageWebhookUrl: config.MESSAGE_WEBHOOK_URL,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    ...(config.FIRST_OPERATOR_LOGIN &&
      config.FIRST_OPERATOR_EMAIL && {
        firstOperator: { login: config.FIRST_OPERATOR_LOGIN, email: config.FIRST_OPERATOR_EMAIL },
      }),
  });
});
