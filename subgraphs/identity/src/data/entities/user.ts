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

  /** Mobile phone, E.164 (+79001234567): SMS codes go here. */
  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  /** Sign-in needs an SMS code after the password. */
  @Column('boolean', { name: 'sms_login', default: false })
  smsLogin: boolean;

  /** Set for generated passwords: the first sign-in must choose a new one before anything else. */
  @Column('boolean', { name: 'must_change_password', default: false })
  mustChangePassword: boolean;

  /**
   * An ACCOUNTANT's or VIEWER's access list: the personal accounts, and groups of accounts, they may see;
   * both null: all of the company's.
   */
  @Column('uuid', { name: 'account_ids', array: true, nullable: true })
  accountIds: string[] | null;

  @Column('uuid', { name: 'group_ids', array: true, nullable: true })
  groupIds: string[] | null;

  @Column('timestamptz', { name: 'blocked_at', nullable: true })
  blockedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
