import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PersonalAccountStatus = 'ACTIVE' | 'SUSPENDED' | 'CLOSED';

@Entity({ name: 'personal_accounts' })
export class PersonalAccount {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('uuid', { name: 'group_id', nullable: true })
  groupId: string | null;

  @Column('varchar', { length: 20 })
  number: string;

  @Column('text')
  name: string;

  @Column('text')
  status: PersonalAccountStatus;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt: Date;

  /** Where the account's services are provided, e.g. the office's street address. */
  @Column('text', { nullable: true })
  address: string | null;
}
