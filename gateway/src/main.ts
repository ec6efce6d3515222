import { readFileSync } from 'node:fs';
import { createLogger, loadConfig, runService } from '@kabinet/kit/core';
import { gatewayConfig } from './config';
import { createGateway } from './server';

// Process entry: config → supergraph file → listen. Needs no database.
const log = createLogger('gateway');

runService(log, async () => {
  const config = loadConfig(gatewayConfig);
  if (!config.GATEWAY_SECRET) log.warn('GATEWAY_SECRET is not set: subgraphs will refuse the gateway');
  if (!config.JWT_PUBLIC_KEY) log.warn('JWT_PUBLIC_KEY is not set: every access token will be refused');
  const gateway = await createGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: config.SUBGRAPH_URLS,
    gatewaySecret: config.GATEWAY_SECRET,
    verificationKeys: config.verificationKeys,
    socketLimits: config.socketLimits,
    limits: config.limits,
    trustedProxies: config.TRUSTED_PROXIES,
    revocationPollMs: config.REVOCATION_POLL_MS,
    metricsToken: config.METRICS_TOKEN,
    production: config.GATEWAY_MODE === 'production',
    corsOrigins: config.CORS_ORIGINS,
    maxBatch: config.MAX_BATCH,
    rateLimits: config.rateLimits,
    upstream: config.upstream,
    log,
  });
  log.info({ url: await gateway.listen(config.PORT, config.HOST) }, 'gateway ready');
  return () => gateway.close();
});
