import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'companies' })
export class Company {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('varchar', { length: 12 })
  inn: string;

  @Column('varchar', { length: 9 })
  kpp: string;

  @Column('text', { name: 'legal_address' })
  legalAddress: string;

  @Column('text', { name: 'short_name', nullable: true })
  shortName: string | null;

  /** OGRN (13 digits) or OGRNIP (15). */
  @Column('text', { nullable: true })
  ogrn: string | null;

  @Column('text', { name: 'postal_address', nullable: true })
  postalAddress: string | null;

  @Column('text', { name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column('text', { name: 'bank_name', nullable: true })
  bankName: string | null;

  @Column('text', { nullable: true })
  bik: string | null;

  @Column('text', { name: 'settlement_account', nullable: true })
  settlementAccount: string | null;

  @Column('text', { name: 'correspondent_account', nullable: true })
  correspondentAccount: string | null;

  /** The staff user who is the company's personal manager (identity's user). */
  @Column('uuid', { name: 'manager_id', nullable: true })
  managerId: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
