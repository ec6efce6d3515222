import {
  type GatewayLink,
  type Logger,
  REVOKED_SESSIONS_PATH,
  type RevokedSessions,
  type TokenVerifier,
  unauthenticated,
} from '@kabinet/kit/core';

/** How often a gateway fetches the list by default: a blocked user is cut off everywhere within it. */
export const DEFAULT_REVOCATION_POLL_MS = 2_000;

/**
 * The sessions that ended while their access tokens may still be alive, as identity lists them, fetched every
 * `intervalMs`. Access tokens are verified here without asking identity, so without this list a blocked or
 * demoted user's token would keep working in every subgraph until it expires (up to 15 minutes); with it,
 * within one interval. Checking costs one Set lookup per request; fetching, one indexed query per interval
 * per gateway. If identity cannot be reached the last list stays in force (and the failure is logged).
 */
export class RevocationList {
  private revoked = new Set<string>();
  private timer?: NodeJS.Timeout;
  private readonly url: URL;

  constructor(
    identityUrl: string,
    private readonly link: GatewayLink,
    private readonly intervalMs: number,
    private readonly log: Logger,
    /** Told of sessions newly on the list, to end what they hold open (live subscriptions). */
    private readonly onRevoked: (sessionIds: string[]) => void = () => {},
  ) {
    this.url = new URL(REVOKED_SESSIONS_PATH, new URL(identityUrl).origin);
  }

  has = (sessionId: string | undefined): boolean => sessionId !== undefined && this.revoked.has(sessionId);

  async start(): Promise<void> {
    await this.refresh();
    const tick = () => {
      this.timer = setTimeout(() => void this.refresh().finally(() => this.timer && tick()), this.intervalMs);
    };
    tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async refresh(): Promise<void> {
    try {
      const response = await fetch(this.url, {
        headers: this.link.headersFor({
          viewer: null,
          ip: null,
          userAgent: 'gateway',
          requestId: 'revocations',
        }),
        signal: AbortSignal.timeout(Math.max(1_000, this.intervalMs)),
      });
      if (!response.ok) throw new Error(`identity answered ${response.status}`);
      const { sessions } = (await response.json()) as RevokedSessions;
      const fresh = sessions.filter((id) => !this.revoked.has(id));
      this.revoked = new Set(sessions);
      if (fresh.length > 0) this.onRevoked(fresh);
    } catch (error) {
      this.log.warn({ err: error }, 'revoked sessions not refreshed; the last list stays in force');
    }
  }
}

/** A token verifier that also refuses the tokens of sessions on the list. */
export const refusingRevoked =
  (verify: TokenVerifier, list: RevocationList | null): TokenVerifier =>
  async (token) => {
    const verified = await verify(token);
    if (list?.has(verified.viewer.sessionId)) throw unauthenticated('This session has ended; sign in again');
    return verified;
  };
