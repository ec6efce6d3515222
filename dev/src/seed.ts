import { type DemoPlan, type Logger, openDatabase, type SubgraphDefinition } from '@kabinet/kit';

/**
 * Writes `plan` into the database at `url`: each subgraph's share by its own `seed` hook, in its own schema,
 * after that subgraph's migrations. Repeatable: every seed adds only what is missing.
 */
export async function seedDemo(
  url: string,
  definitions: Pick<SubgraphDefinition, 'name' | 'entities' | 'migrations' | 'seed'>[],
  plan: DemoPlan,
  log: Logger,
): Promise<void> {
  await Promise.all(
    definitions.map(async ({ name, entities, migrations, seed }) => {
      if (!seed) return;
      const db = await openDatabase({ url, schema: name, entities, migrations, log, poolSize: 2 });
      try {
        await seed(db.dataSource, plan);
        log.info({ subgraph: name }, 'demo data written');
      } finally {
        await db.close();
      }
    }),
  );
}
