import type { LedgerEntryKind } from '@kabinet/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type { LedgerEntryKind };

/** One movement of money on a personal account. Entries are only ever appended. */
@Entity({ name: 'ledger_entries' })
export class LedgerEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  /** The owning company, kept here so billing can scope every read without asking accounts. */
  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('text')
  kind: LedgerEntryKind;

  /** Minor units (kopecks): positive credits the account, negative debits it. */
  @Column('bigint', { name: 'amount_minor' })
  amountMinor: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  description: string;

  /** For charges: the kind of service (TELEPHONY, INTERNET...) charged for; statistics group by it. */
  @Column('text', { name: 'service_kind', nullable: true })
  serviceKind: string | null;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
