import { GATEWAY_CREDENTIAL_HEADER, type GatewayLink } from '@kabinet/kit/core';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * One graphql-ws connection per subgraph, shared by every subscription this gateway process forwards there
 * (graphql-ws multiplexes). A connection that closes is forgotten; the next subscription opens a new one.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly urls: Record<string, string>,
    private readonly link: GatewayLink,
  ) {}

  client(subgraph: string): Client {
    const existing = this.clients.get(subgraph);
    if (existing) return existing;
    const url = this.urls[subgraph];
    if (!url) throw new Error(`No URL for subgraph ${subgraph}`);
    const credential = this.link.credential;
    const client: Client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { [GATEWAY_CREDENTIAL_HEADER]: credential } });
        }
      },
      // Reconnection is the subscription's job: it resumes from the last sequence it delivered.
      retryAttempts: 0,
      keepAlive: 10_000,
      on: {
        closed: () => {
          if (this.clients.get(subgraph) === client) this.clients.delete(subgraph);
        },
      },
    });
    this.clients.set(subgraph, client);
    return client;
  }

  async close(): Promise<void> {
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((c) => c.dispose()));
  }
}
