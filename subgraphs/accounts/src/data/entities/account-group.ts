import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'account_groups' })
export class AccountGroup {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('text')
  name: string;

  /** Its place among the groups beside it (then by name). */
  @Column('int')
  position: number;
}
