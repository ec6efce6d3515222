import { alignMany, alignOne, companyScope, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { User } from '../data/entities';
import { type AttachmentRecord, attachmentsByIds } from '../uploads/attachments';

export interface ApplicationDocument {
  id: string;
  kind: string;
  contentType: string;
  size: number;
  applicationId: string;
}

/** Per-request loaders; users are visible to their own company (staff: everyone). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    user: new DataLoader<string, User | null>(async (ids) => {
      const qb = db.getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids });
      // A user always sees themself, even staff without a company.
      const scope = companyScope(viewer);
      if (scope !== null)
        qb.andWhere('(u.companyId = :scope OR u.id = :self)', { scope, self: viewer?.userId });
      return alignOne(ids, await qb.getMany(), (u) => u.id);
    }),
    /**
     * People by id, whoever's company they are in: only ever reached through a record the caller already sees
     * (their company's manager, who changed its requisites), and showing no more than a name to one another.
     */
    person: new DataLoader<string, User | null>(async (ids) =>
      alignOne(
        ids,
        await db.getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany(),
        (u) => u.id,
      ),
    ),
    /** Documents of each application (staff read applications): one statement per request. */
    applicationDocuments: new DataLoader<string, ApplicationDocument[]>(async (applicationIds) => {
      const rows: ApplicationDocument[] = await db.query(
        `SELECT id, kind, content_type AS "contentType", size, application_id AS "applicationId"
         FROM uploads WHERE application_id = ANY($1) ORDER BY created_at`,
        [applicationIds],
      );
      return alignMany(applicationIds, rows, (r) => r.applicationId);
    }),
    /** Ticket attachments by id, those the viewer may see: all of a conversation's in one statement. */
    attachment: new DataLoader<string, AttachmentRecord | null>(async (ids) =>
      alignOne(ids, await attachmentsByIds(db, viewer, ids), (a) => a.id),
    ),
    /** Users of each company, by login: a company's own users and staff only; other companies get none. */
    companyUsers: new DataLoader<string, User[]>(async (companyIds) => {
      const scope = companyScope(viewer);
      const visible = companyIds.filter((id) => scope === null || id === scope);
      const users = visible.length
        ? await db
            .getRepository(User)
            .createQueryBuilder('u')
            .where('u.companyId = ANY(:visible)', { visible })
            .orderBy('u.login')
            .getMany()
        : [];
      return alignMany(companyIds, users, (u) => u.companyId as string);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
