import { alignOne, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { NewsItem } from '../data/entities';

/** Per-request loaders. News is public, so nothing here depends on the caller yet. */
export function createLoaders(db: DataSource, _viewer: Viewer | null) {
  return {
    newsItem: new DataLoader<string, NewsItem | null>(async (ids) => {
      const rows = await db
        .getRepository(NewsItem)
        .createQueryBuilder('n')
        .where('n.id = ANY(:ids)', { ids })
        .getMany();
      return alignOne(ids, rows, (n) => n.id);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
