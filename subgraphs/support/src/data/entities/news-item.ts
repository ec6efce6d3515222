import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'news' })
export class NewsItem {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('timestamptz', { name: 'published_at' })
  publishedAt: Date;
}
