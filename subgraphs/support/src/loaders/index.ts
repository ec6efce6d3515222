import { rowsById, type Viewer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { NewsItem } from '../data/entities';
import { ticketLoaders } from '../tickets/loaders';

/** Per-request loaders: news is public; tickets are limited to those the caller may see. */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    ...ticketLoaders(db, viewer),
    newsItem: rowsById(db, NewsItem, viewer, null),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
