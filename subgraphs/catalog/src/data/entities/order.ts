import { ORDER_STATUSES, type OrderStatus } from '@kabinet/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export { ORDER_STATUSES, type OrderStatus };

/** An order to connect tariffs on a personal account. */
@Entity({ name: 'orders' })
export class Order {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  /** The first item's tariff. */
  @Column('uuid', { name: 'tariff_id' })
  tariffId: string;

  @Column('text')
  status: OrderStatus;

  @Column('text', { name: 'status_reason', nullable: true })
  statusReason: string | null;

  @Column('text', { name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column('text', { name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
