import { isEventType, parseEvent } from '@kabinet/contracts';
import type { RunningSystem } from './system';

/**
 * Every event in every subgraph's outbox that is not a contract event, or whose payload breaks its contract;
 * and the types seen, so a test can tell which publishers it exercised.
 */
export async function outboxProblems(system: RunningSystem) {
  const problems: { subgraph: string; type: string; problem: string }[] = [];
  const seen = new Set<string>();
  for (const [subgraph, { db }] of Object.entries(system.subgraphs)) {
    const rows: { type: string; payload: unknown }[] = await db.dataSource.query(
      'SELECT type, payload FROM outbox',
    );
    for (const { type, payload } of rows) {
      seen.add(type);
      if (!isEventType(type)) {
        problems.push({ subgraph, type, problem: 'not in @kabinet/contracts' });
        continue;
      }
      try {
        parseEvent(type, payload);
      } catch (error) {
        problems.push({ subgraph, type, problem: (error as Error).message });
      }
    }
  }
  return { problems, seen };
}
