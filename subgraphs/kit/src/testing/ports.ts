// Free ports for tests and benchmarks. Plain `node:net` only, so the test setup and the benchmarks can
// require the built file without loading the rest of the testing module.
import { type AddressInfo, createServer } from 'node:net';

/** Asks the OS for a free TCP port (tests, and the test database). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The first of `count` neighbouring free ports, below the OS's ephemeral range (32768+) so that outgoing
 * connections cannot take one of them between this check and the listen.
 */
export async function freePortRange(count: number): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 10_000);
    const free = await Promise.all(Array.from({ length: count }, (_, i) => isFree(base + i)));
    if (free.every(Boolean)) return base;
  }
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
