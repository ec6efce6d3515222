import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Lifecycle, ServiceKind } from './tariff';

/** An option a service may have on top of its tariff (static IP, extra numbers...). */
@Entity({ name: 'options' })
export class Option {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  description: string;

  @Column('text')
  kind: ServiceKind;

  @Column('bigint', { name: 'monthly_fee_minor' })
  monthlyFeeMinor: string;

  /** Options of one group exclude each other (a service has at most one of them). */
  @Column('text', { name: 'exclusive_group', nullable: true })
  exclusiveGroup: string | null;

  @Column('text')
  lifecycle: Lifecycle;
}
