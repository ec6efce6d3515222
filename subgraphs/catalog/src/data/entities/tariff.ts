import { SERVICE_KINDS, type ServiceKind } from '@kabinet/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export { SERVICE_KINDS, type ServiceKind };

/** Where an offering is in its life: only LAUNCHED ones are sold; RETIRED ones stay on existing services. */
export type Lifecycle = 'DRAFT' | 'LAUNCHED' | 'RETIRED';

/** The regions the operator serves; an offering is sold in some of them. */
export const REGIONS = ['MOSCOW', 'SAINT_PETERSBURG', 'KAZAN', 'NOVOSIBIRSK', 'YEKATERINBURG'] as const;
export type Region = (typeof REGIONS)[number];

/** A volume a tariff includes each month, e.g. 1000 minutes. */
export interface IncludedVolume {
  name: string;
  amount: number;
  unit: string;
}

/** How a cloud storage plan prices its quota: each GB at the price of the tier it falls in. */
export interface StoragePricing {
  minGb: number;
  maxGb: number;
  /** Ascending; the last has `upToGb` null (no upper bound). */
  tiers: { upToGb: number | null; perGbMinor: number }[];
}

@Entity({ name: 'tariffs' })
export class Tariff {
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

  /** Minor units (kopecks). */
  @Column('bigint', { name: 'monthly_fee_minor' })
  monthlyFeeMinor: string;

  /** Charged once, when a service on the tariff is connected. */
  @Column('bigint', { name: 'setup_fee_minor' })
  setupFeeMinor: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text', { array: true })
  regions: Region[];

  @Column('jsonb')
  included: IncludedVolume[];

  @Column('text')
  lifecycle: Lifecycle;

  @Column('date', { name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo: string | null;

  @Column('jsonb', { name: 'storage_pricing', nullable: true })
  storagePricing: StoragePricing | null;
}
