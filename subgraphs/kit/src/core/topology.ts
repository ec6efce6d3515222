/** The five subgraphs and their default ports; the one place that lists them. */
export const SUBGRAPHS = [
  { name: 'identity', port: 4001 },
  { name: 'accounts', port: 4002 },
  { name: 'billing', port: 4003 },
  { name: 'catalog', port: 4004 },
  { name: 'support', port: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const GATEWAY_PORT = 4000;

export const defaultPort = (name: SubgraphName): number =>
  (SUBGRAPHS.find((s) => s.name === name) as { port: number }).port;
