import { documentId } from '../app/documents';
import { graphql } from '../generated';

const RenewSession = graphql(`
  mutation RenewSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresAt
    }
  }
`);

/**
 * The signed-in session: the access token the graph accepts and the refresh token that renews it. Kept in
 * localStorage so a reload stays signed in; tabs share it, and a refresh is serialized across tabs with a Web
 * Lock because a refresh token works once (a reused one ends the session for everyone).
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** When the access token stops being accepted (ISO). */
  expiresAt: string;
}

const KEY = 'kabinet.session';
/** Renew this long before the access token's expiry, so a request never carries one that is about to lapse. */
const RENEW_MARGIN_MS = 30_000;

type Listener = (tokens: Tokens | null) => void;
const listeners = new Set<Listener>();

export function currentTokens(): Tokens | null {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Tokens;
  } catch {
    return null;
  }
}

export function saveTokens(tokens: Tokens | null) {
  if (tokens) localStorage.setItem(KEY, JSON.stringify(tokens));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener(tokens);
}

/** Called with the new tokens (null: signed out) whenever this tab changes them, or another tab does. */
export function onTokens(listener: Listener): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === KEY) listener(currentTokens());
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

const expiresSoon = (tokens: Tokens) => Date.parse(tokens.expiresAt) - Date.now() < RENEW_MARGIN_MS;

let renewing: Promise<string | null> | null = null;

/**
 * An access token good for the next request: the current one, or a renewed one when it is about to expire (or
 * `force`, after the graph refused it). Null when there is no session any more.
 */
export function accessToken(force = false): Promise<string | null> {
  const tokens = currentTokens();
  if (!tokens) return Promise.resolve(null);
  if (!force && !expiresSoon(tokens)) return Promise.resolve(tokens.accessToken);
  renewing ??= withLock(() => renew(tokens.refreshToken, force)).finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renew(usedRefreshToken: string, force: boolean): Promise<string | null> {
  // Another tab may have renewed while this one waited for the lock: its tokens are the ones to use.
  const latest = currentTokens();
  if (!latest) return null;
  if (latest.refreshToken !== usedRefreshToken && (!force || !expiresSoon(latest))) return latest.accessToken;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      documentId: documentId(RenewSession),
      variables: { refreshToken: latest.refreshToken },
    }),
  }).catch(() => null);
  if (!response) return latest.accessToken; // offline: keep the session, the next request tries again
  const body = (await response.json().catch(() => null)) as {
    data?: { refreshSession?: Tokens | null };
  } | null;
  const renewed = body?.data?.refreshSession;
  saveTokens(renewed?.accessToken ? renewed : null);
  return renewed?.accessToken ?? null;
}

const withLock = <T>(work: () => Promise<T>): Promise<T> =>
  navigator.locks ? (navigator.locks.request(KEY, work) as Promise<T>) : work();
