import { rowsById, type Viewer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { NewsItem } from '../data/entities';

/** Per-request loaders. News is public, so nothing here depends on the caller yet. */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    newsItem: rowsById(db, NewsItem, viewer, null),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
