import { type DemoPlan, seedAccountTree } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { NewsItem } from './entities';

/** The operator's demo news; repeatable. */
export async function seed(db: DataSource, plan: DemoPlan): Promise<void> {
  await db.createQueryBuilder().insert().into(NewsItem).values(plan.news).orIgnore().execute();
  await seedAccountTree(db.manager, plan);
}
