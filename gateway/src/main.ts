import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { createLogger, loadConfig, runService, startTracing } from '@kabinet/kit/core';
import { gatewayConfig } from './config';
import { TrustedDocuments } from './protection/trusted-documents';
import { createGateway, type Gateway } from './server';

// Process entry: config → supergraph file → listen. Needs no database.
const log = createLogger('gateway');

runService(log, async () => {
  const config = loadConfig(gatewayConfig);
  const tracing = startTracing('gateway', config.OTEL_EXPORTER_OTLP_ENDPOINT);
  if (!config.GATEWAY_SECRET) log.warn('GATEWAY_SECRET is not set: subgraphs will refuse the gateway');
  if (!config.JWT_PUBLIC_KEY) log.warn('JWT_PUBLIC_KEY is not set: every access token will be refused');
  const production = config.GATEWAY_MODE === 'production';
  if (production && !config.TRUSTED_DOCUMENTS_PATH)
    log.warn('production without TRUSTED_DOCUMENTS_PATH: any operation is accepted');
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
    production,
    trustedDocuments: config.TRUSTED_DOCUMENTS_PATH
      ? TrustedDocuments.fromFile(config.TRUSTED_DOCUMENTS_PATH, production)
      : TrustedDocuments.none(),
    corsOrigins: config.CORS_ORIGINS,
    webRoot: config.WEB_ROOT,
    maxBatch: config.MAX_BATCH,
    dedupeQueries: config.DEDUPLICATE_QUERIES === 'on',
    rateLimits: config.rateLimits,
    upstream: config.upstream,
    log,
  });
  log.info({ url: await gateway.listen(config.PORT, config.HOST) }, 'gateway ready');
  const stopWatching = reloadOnChange(config.SUPERGRAPH_PATH, gateway);
  return async () => {
    stopWatching();
    await gateway.close();
    await tracing.stop();
  };
});

/**
 * Hot reload: when the supergraph file changes (polled each second, which survives editors' and
 * orchestrators' replace-by-rename), the gateway swaps to it; a file it cannot serve is refused, the old graph
 * kept, and the log says why.
 */
function reloadOnChange(path: string, gateway: Gateway): () => void {
  let served = readFileSync(path, 'utf8');
  const check = () => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return log.error({ err: error, path }, 'supergraph file unreadable; the old one is kept');
    }
    if (text === served) return;
    try {
      gateway.reload(text);
      served = text;
      log.info({ path }, 'supergraph reloaded');
    } catch (error) {
      served = text; // refused once, not again every second
      log.error({ path, reason: (error as Error).message }, 'supergraph refused; the old one is kept');
    }
  };
  watchFile(path, { interval: 1_000 }, check);
  return () => unwatchFile(path, check);
}
