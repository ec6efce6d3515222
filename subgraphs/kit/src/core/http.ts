import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
