import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Order } from '../data/entities';
import { announceActivated } from '../services/lifecycle';

/**
 * A completed order connects what was ordered: for each item, as many ACTIVE services as its quantity on the
 * order's account, with the item's tariff, options and address, from the moment of completion — announced, so
 * billing charges them (and their setup fee) from that day.
 */
export async function connectOrderedServices(tx: EntityManager, order: Order, at: Date): Promise<string[]> {
  const items: {
    tariffId: string;
    optionIds: string[];
    region: string;
    address: string;
    quantity: number;
  }[] = await tx.query(
    `SELECT tariff_id AS "tariffId", option_ids AS "optionIds", region, address, quantity
       FROM order_items WHERE order_id = $1 ORDER BY position`,
    [order.id],
  );
  const ids: string[] = [];
  for (const item of items) {
    for (let i = 0; i < item.quantity; i++) {
      const id = randomUUID();
      ids.push(id);
      await tx.query(
        `INSERT INTO services (id, account_id, company_id, tariff_id, status, activated_at, identifier, region)
         VALUES ($1, $2, $3, $4, 'ACTIVE', $5, $6, $7)`,
        [id, order.accountId, order.companyId, item.tariffId, at, item.address, item.region],
      );
      await tx.query(
        `INSERT INTO service_options (service_id, option_id, connected_at) SELECT $1, unnest($2::uuid[]), $3`,
        [id, item.optionIds, at],
      );
    }
  }
  await announceActivated(tx, ids);
  return ids;
}
