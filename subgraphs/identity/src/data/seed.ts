import { type DemoPlan, seedAccountTree } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { User } from './entities';
import { hashPassword } from './passwords';

/** The demo companies' admins and the operator's staff (existing users are left as they are), and the account tree. */
export async function seed(db: DataSource, plan: DemoPlan): Promise<void> {
  await seedAccountTree(db.manager, plan);
  const people = [
    ...plan.companies.map((c) => ({ ...c.admin, companyId: c.id })),
    ...plan.staff.map((s) => ({ ...s, companyId: null })),
  ];
  const existing = new Set((await db.getRepository(User).find({ select: { id: true } })).map((u) => u.id));
  const fresh = people.filter((p) => !existing.has(p.id));
  if (fresh.length === 0) return;
  const users = await Promise.all(
    fresh.map(async (p) => ({
      id: p.id,
      login: p.login,
      fullName: p.fullName,
      role: p.role,
      companyId: p.companyId,
      passwordHash: await hashPassword(p.password),
    })),
  );
  await db.createQueryBuilder().insert().into(User).values(users).orIgnore().execute();
}
