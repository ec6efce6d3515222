import { readFileSync } from 'node:fs';
import { createLogger, loadConfig } from '@kabinet/kit/core';
import { gatewayConfig } from './config';
import { createGateway } from './server';

/** Process entry: config → supergraph file → listen. Needs no database. */
async function main() {
  const log = createLogger('gateway');
  try {
    const config = loadConfig(gatewayConfig);
    if (!config.GATEWAY_SECRET) log.warn('GATEWAY_SECRET is not set: subgraphs will refuse the gateway');
    if (!config.JWT_PUBLIC_KEY) log.warn('JWT_PUBLIC_KEY is not set: every access token will be refused');
    const gateway = await createGateway({
      supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: config.SUBGRAPH_URLS,
      gatewaySecret: config.GATEWAY_SECRET,
      verificationKeys: config.verificationKeys,
      log,
    });
    const url = await gateway.listen(config.PORT, config.HOST);
    log.info({ url }, 'gateway ready');
    const stop = async () => {
      await gateway.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    log.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    process.exit(1);
  }
}

main();
