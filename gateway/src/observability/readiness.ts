import type { RequestHandler } from 'express';

/**
 * GET /ready: the supergraph is loaded (the gateway serves only once it is) and every subgraph answers its own
 * /ready (its database reachable) within a second. 503 names the subgraphs that do not, so an orchestrator
 * keeps traffic away from a gateway that could only answer with errors.
 */
export const readiness =
  (urls: Record<string, string>): RequestHandler =>
  async (_req, res) => {
    const states = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        try {
          const answer = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(1_000) });
          await answer.body?.cancel();
          return [name, answer.ok ? 'up' : 'down'] as const;
        } catch {
          return [name, 'down'] as const;
        }
      }),
    );
    const ready = states.every(([, state]) => state === 'up');
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: ready ? 'ready' : 'not ready',
        supergraph: 'loaded',
        subgraphs: Object.fromEntries(states),
      });
  };
