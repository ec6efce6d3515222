import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** The address of the client behind one request (for rate limits, connection caps and the archive). */
export type ClientAddress = (req: IncomingMessage) => string | null;

/**
 * `X-Forwarded-For` is believed only as far as the hops come from the configured trusted proxies (addresses,
 * CIDR ranges, or `loopback`/`linklocal`/`uniquelocal`, as Express's `trust proxy`): anyone can send the header,
 * and behind a reverse proxy the socket's own address is the proxy's, shared by every client.
 */
export function clientAddressFrom(trustedProxies: string[]): ClientAddress {
  const trust = proxyAddr.compile(trustedProxies);
  return (req) => (req.socket.remoteAddress ? proxyAddr(req as never, trust) : null);
}
