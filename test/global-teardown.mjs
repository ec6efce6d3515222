import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.kabinetTestPostgres;
  if (!server) return;
  await server.stop();
  rmSync(server.dir, { recursive: true, force: true });
}
