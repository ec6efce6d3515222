import type { IncomingMessage } from 'node:http';
import { clientAddressFrom } from '../src/client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe('the client address', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom([])(request('198.51.100.1', '203.0.113.9'))).toBe('198.51.100.1');
  });

  it('comes from X-Forwarded-For through trusted proxies only, stopping at the first untrusted hop', () => {
    const behindProxy = clientAddressFrom(['10.0.0.0/8']);
    expect(behindProxy(request('10.0.0.5', '203.0.113.9'))).toBe('203.0.113.9');
    // A client that sends its own header behind the proxy cannot choose its address.
    expect(behindProxy(request('10.0.0.5', '1.2.3.4, 203.0.113.9'))).toBe('203.0.113.9');
    expect(behindProxy(request('198.51.100.1', '203.0.113.9'))).toBe('198.51.100.1');
  });
});
