import type { Logger } from './logger';

/**
 * Runs a service's start-up; on failure logs why and exits 1. Once started, SIGINT/SIGTERM run the returned
 * close function and exit 0, so orchestrators and Ctrl-C stop the service cleanly.
 */
export async function runService(log: Logger, start: () => Promise<() => Promise<void>>): Promise<void> {
  try {
    const close = await start();
    const stop = async () => {
      await close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    log.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    process.exit(1);
  }
}
