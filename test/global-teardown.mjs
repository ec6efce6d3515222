export default async function globalTeardown() {
  await globalThis.kabinetTestPostgres?.stop();
}
