import { randomUUID } from 'node:crypto';
import { ORDER_PLACED, type OrderPlacedPayload } from '@kabinet/contracts';
import {
  assertValid,
  companyStream,
  type FieldProblem,
  formatProblems,
  isUuid,
  PHONE_FORMAT,
  publish,
  TEXT_MAX,
  textProblems,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { Option, type Region, Tariff } from '../data/entities';
import { isOnSale } from '../data/on-sale';
import type { Actor } from './move';

export interface OrderItemInput {
  tariffId: string;
  options?: string[] | null;
  address: { region: Region; line: string };
  quantity?: number | null;
}

export interface PlaceOrderInput {
  accountId: string;
  items: OrderItemInput[];
  contact: { name: string; phone: string };
  comment?: string | null;
}

const MAX_ITEMS = 20;
const MAX_QUANTITY = 100;

/** Every problem of one item: a tariff on sale where it goes, options it allows and that go together. */
async function itemProblems(
  tx: EntityManager,
  item: OrderItemInput,
  path: string,
  now: Date,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [
    ...textProblems(`${path}.address.line`, item.address.line, { max: TEXT_MAX.address, min: 1 }),
  ];
  const quantity = item.quantity ?? 1;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY)
    problems.push({ field: `${path}.quantity`, message: `must be from 1 to ${MAX_QUANTITY}` });
  const tariff = isUuid(item.tariffId)
    ? await tx.getRepository(Tariff).findOneBy({ id: item.tariffId })
    : null;
  if (!tariff || !isOnSale(tariff, now)) {
    const message =
      tariff?.lifecycle === 'RETIRED'
        ? 'is retired: no longer sold'
        : tariff?.lifecycle === 'LAUNCHED'
          ? 'is not sold on this date'
          : 'no such tariff on sale';
    return [...problems, { field: `${path}.tariffId`, message }];
  }
  if (tariff.kind === 'FREEPHONE' || tariff.storagePricing) {
    const how = tariff.kind === 'FREEPHONE' ? 'orderFreephoneNumber' : 'orderCloudStorage';
    problems.push({ field: `${path}.tariffId`, message: `is ordered with ${how}` });
  }
  if (!tariff.regions.includes(item.address.region))
    problems.push({ field: `${path}.address.region`, message: `${tariff.name} is not sold there` });
  const optionIds = item.options ?? [];
  if (new Set(optionIds).size !== optionIds.length)
    problems.push({ field: `${path}.options`, message: 'names an option twice' });
  const options = await tx.getRepository(Option).findBy(optionIds.filter(isUuid).map((id) => ({ id })));
  const allowed = new Set(
    (await tx.query('SELECT option_id AS id FROM tariff_options WHERE tariff_id = $1', [tariff.id])).map(
      (r: { id: string }) => r.id,
    ),
  );
  const groups = new Map<string, string>();
  optionIds.forEach((id, i) => {
    if (optionIds.indexOf(id) !== i) return; // named twice: said once above
    const option = options.find((o) => o.id === id);
    const field = `${path}.options.${i}`;
    if (option?.lifecycle !== 'LAUNCHED') problems.push({ field, message: 'no such option on sale' });
    else if (!allowed.has(option.id)) problems.push({ field, message: `is not allowed on ${tariff.name}` });
    else if (option.exclusiveGroup && groups.has(option.exclusiveGroup))
      problems.push({ field, message: `cannot be combined with ${groups.get(option.exclusiveGroup)}` });
    else if (option.exclusiveGroup) groups.set(option.exclusiveGroup, option.name);
  });
  return problems;
}

/**
 * Places an order for the account (visible to the caller, checked by the resolver): every problem of every
 * item is reported at once, and nothing is written unless all is well. The order starts ACKNOWLEDGED.
 */
export async function placeOrder(
  tx: EntityManager,
  account: { id: string; companyId: string },
  input: PlaceOrderInput,
  actor: Actor,
  now: Date,
): Promise<string> {
  const problems: FieldProblem[] = [
    ...textProblems('contact.name', input.contact.name, { max: TEXT_MAX.name, min: 1, name: true }),
    ...formatProblems('contact.phone', input.contact.phone, PHONE_FORMAT),
    ...textProblems('comment', input.comment, { max: TEXT_MAX.comment }),
  ];
  if (input.items.length < 1 || input.items.length > MAX_ITEMS)
    problems.push({ field: 'items', message: `must hold 1 to ${MAX_ITEMS} items` });
  for (const [i, item] of input.items.slice(0, MAX_ITEMS).entries())
    problems.push(...(await itemProblems(tx, item, `items.${i}`, now)));
  assertValid(problems);
  const id = randomUUID();
  await tx.query(
    `INSERT INTO orders (id, account_id, company_id, tariff_id, status, contact_name, contact_phone, comment,
       placed_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'ACKNOWLEDGED', $5, $6, $7, $8, $9, $9)`,
    [
      id,
      account.id,
      account.companyId,
      input.items[0].tariffId,
      input.contact.name.trim(),
      input.contact.phone,
      input.comment?.trim() || null,
      actor.id,
      now,
    ],
  );
  for (const [position, item] of input.items.entries()) {
    await tx.query(
      `INSERT INTO order_items (order_id, position, tariff_id, option_ids, region, address, quantity)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        position,
        item.tariffId,
        item.options ?? [],
        item.address.region,
        item.address.line.trim(),
        item.quantity ?? 1,
      ],
    );
  }
  await tx.query(
    `INSERT INTO order_history (order_id, status, at, actor_kind, actor_id) VALUES ($1, 'ACKNOWLEDGED', $2, $3, $4)`,
    [id, now, actor.kind, actor.id],
  );
  const placed: OrderPlacedPayload = {
    orderId: id,
    accountId: account.id,
    companyId: account.companyId,
    placedAt: now.toISOString(),
  };
  await publish(tx, {
    stream: companyStream(account.companyId),
    type: ORDER_PLACED,
    companyId: account.companyId,
    payload: placed,
  });
  return id;
}
