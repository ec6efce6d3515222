import { alignOne, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { NEWS_COLUMNS, type NewsRecord } from '../news/records';
import { ticketLoaders } from '../tickets/loaders';

/** Per-request loaders: news is public; tickets are limited to those the caller may see. */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    ...ticketLoaders(db, viewer),
    newsItem: new DataLoader<string, NewsRecord | null>(async (ids) =>
      alignOne<string, NewsRecord>(
        ids,
        await db.query(`SELECT ${NEWS_COLUMNS} FROM news n WHERE n.id = ANY($1::uuid[])`, [ids]),
        (row) => row.id,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
