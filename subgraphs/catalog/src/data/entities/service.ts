import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SERVICE_STATUSES = [
  'PENDING_ACTIVE',
  'ACTIVE',
  'SUSPENDED',
  'PENDING_TERMINATE',
  'TERMINATED',
] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** A product connected on a personal account. */
@Entity({ name: 'services' })
export class Service {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  /** The owning company, kept here so the catalog can scope reads without asking accounts. */
  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('uuid', { name: 'tariff_id' })
  tariffId: string;

  @Column('text')
  status: ServiceStatus;

  @Column('timestamptz', { name: 'activated_at' })
  activatedAt: Date;

  @Column('timestamptz', { name: 'terminated_at', nullable: true })
  terminatedAt: Date | null;

  /** Why the catalog itself suspended the service (`CREDIT_LIMIT`, `FREEZE`); null otherwise. */
  @Column('text', { name: 'suspended_for', nullable: true })
  suspendedFor: string | null;

  /** What the customer knows it by: the phone number, line address or storage name. */
  @Column('text', { nullable: true })
  identifier: string | null;

  @Column('text', { nullable: true })
  region: string | null;

  /** Cloud storage: the quota bought, and the space used (GB). */
  @Column('int', { name: 'quota_gb', nullable: true })
  quotaGb: number | null;

  @Column('int', { name: 'used_gb' })
  usedGb: number;

  /** 8-800: the last day of the free test period, while it runs. */
  @Column('date', { name: 'test_ends_on', nullable: true })
  testEndsOn: string | null;
}
