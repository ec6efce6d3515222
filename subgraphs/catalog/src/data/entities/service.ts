import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ServiceStatus = 'PENDING_ACTIVE' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';

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

  /** Why the catalog itself suspended the service (`CREDIT_LIMIT`); null otherwise. */
  @Column('text', { name: 'suspended_for', nullable: true })
  suspendedFor: string | null;
}
