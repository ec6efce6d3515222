import type { EntityManager } from 'typeorm';
import type { DemoPlan } from '../demo-plan';
import { placeNodes } from './events';

/** The demo world's tree (its groups are all at the top), for every subgraph that keeps a copy. */
export async function seedAccountTree(tx: EntityManager, plan: DemoPlan): Promise<void> {
  for (const company of plan.companies) {
    for (const group of company.groups) {
      const groups = [group.id];
      await placeNodes(tx, { companyId: company.id, kind: 'GROUP', ids: [group.id], groups }, true);
      const ids = company.accounts.filter((a) => a.groupId === group.id).map((a) => a.id);
      await placeNodes(tx, { companyId: company.id, kind: 'ACCOUNT', ids, groups }, true);
    }
  }
}
