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

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
