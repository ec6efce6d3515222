import type { Role } from '@kabinet/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'users' })
export class User {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  login: string;

  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text')
  role: Role;

  /** Null for operator staff. */
  @Column('uuid', { name: 'company_id', nullable: true })
  companyId: string | null;

  /** argon2id, PHC string format. */
  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
