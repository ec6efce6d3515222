import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Order } from '../data/entities';
import { announceActivated } from '../services/lifecycle';

/**
 * A completed order connects what was ordered: an ACTIVE service on the order's account and tariff, from the
 * moment of completion — announced, so billing charges it from that day.
 */
export async function connectOrderedService(tx: EntityManager, order: Order, at: Date): Promise<void> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO services (id, account_id, company_id, tariff_id, status, activated_at)
     VALUES ($1, $2, $3, $4, 'ACTIVE', $5)`,
    [id, order.accountId, order.companyId, order.tariffId, at],
  );
  await announceActivated(tx, [id]);
}
