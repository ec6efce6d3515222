import type { Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';

/** A service's HTTP server, created but not yet listening, so tests can start it on port 0. */
export interface Service {
  httpServer: Server;
  /** Starts listening; port 0 picks a free port. Resolves to the GraphQL endpoint URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${address.port}/graphql`);
    });
  });
}

/** Asks the OS for a free TCP port (tests, and the test database). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
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
    const server = createNetServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
