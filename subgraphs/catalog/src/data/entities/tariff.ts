import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ServiceKind = 'TELEPHONY' | 'INTERNET' | 'FREEPHONE' | 'CLOUD_STORAGE';

@Entity({ name: 'tariffs' })
export class Tariff {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: ServiceKind;

  /** Minor units (kopecks). */
  @Column('bigint', { name: 'monthly_fee_minor' })
  monthlyFeeMinor: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('boolean')
  active: boolean;
}
