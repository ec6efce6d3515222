/** The answer's headers as Apollo holds them while the operation runs. */
export interface AnswerHeaders {
  get(name: string): string | null | undefined;
  set(name: string, value: string): void;
}

/**
 * Response headers subgraphs may pass to the client, by rule; nothing else of theirs reaches it.
 * - `Set-Cookie` (an optional refresh-token cookie): every one is passed on.
 * - `Cache-Control`: merged as the strictest — `no-store` wins, then `private`, and the smallest `max-age` — so
 *   one subgraph's private data is never cached as another's public.
 */
export function passHeaders(
  from: Record<string, string | string[] | undefined>,
  to: AnswerHeaders,
  passCookie: ((cookie: string) => void) | undefined,
): void {
  const cookies = from['set-cookie'];
  // One header per cookie: they go straight to the HTTP answer (Apollo's header map holds one value per name).
  for (const cookie of Array.isArray(cookies) ? cookies : cookies ? [cookies] : []) passCookie?.(cookie);
  const cache = from['cache-control'];
  if (typeof cache === 'string')
    to.set('cache-control', strictest(to.get('cache-control') ?? undefined, cache));
}

interface CachePolicy {
  noStore: boolean;
  private: boolean;
  maxAge: number | null;
}

const parse = (value: string): CachePolicy => {
  const directives = value
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  const maxAge = directives.find((d) => d.startsWith('max-age='));
  return {
    noStore: directives.includes('no-store') || directives.includes('no-cache'),
    private: directives.includes('private'),
    maxAge: maxAge ? Number(maxAge.slice(8)) || 0 : null,
  };
};

/** The stricter of two Cache-Control values (the first may be absent). */
export function strictest(held: string | undefined, next: string): string {
  if (held === undefined) return next;
  const a = parse(held);
  const b = parse(next);
  if (a.noStore || b.noStore) return 'no-store';
  const ages = [a.maxAge, b.maxAge].filter((age): age is number => age !== null);
  const maxAge = ages.length ? Math.min(...ages) : null;
  return [
    a.private || b.private ? 'private' : 'public',
    ...(maxAge === null ? [] : [`max-age=${maxAge}`]),
  ].join(', ');
}
