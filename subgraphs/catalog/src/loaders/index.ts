import {
  alignMany,
  alignOne,
  companyScopeSql,
  groupKeys,
  isUuid,
  listsByKey,
  pagesLoader,
  rowsById,
  scopeToCompany,
  type Viewer,
} from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  Option,
  Order,
  type Region,
  Service,
  type ServiceKind,
  type ServiceStatus,
  Tariff,
} from '../data/entities';
import { type VisitSlot, visitsOf } from '../orders/visits';
import { monthlyCosts } from '../services/cost';
import { callsByIds, type TechnicianCall } from '../technician-calls/calls';

/** A page of a company's orders, newest first. */
export interface OrderPageKey {
  companyId: string;
  limit: number;
  filter: { status: string[] | null; accountId: string | null };
  after: [string, string] | null;
}

const ORDER_COLUMNS = `o.id, o.account_id AS "accountId", o.company_id AS "companyId", o.tariff_id AS "tariffId",
  o.status, o.status_reason AS "statusReason", o.contact_name AS "contactName", o.contact_phone AS "contactPhone",
  o.comment, o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

/** Services of one account a list asks for: its filter, as a key. */
export interface ServicesKey {
  accountId: string;
  kind: ServiceKind | null;
  status: ServiceStatus | null;
}

export interface PlannedChangeRow {
  serviceId: string;
  kind: 'TARIFF' | 'QUOTA' | 'TERMINATE';
  effectiveOn: string;
  tariffId: string | null;
  quotaGb: number | null;
}

export interface OrderItemRow {
  orderId: string;
  tariffId: string;
  optionIds: string[];
  region: string;
  address: string;
  quantity: number;
}

export interface OrderHistoryRow {
  orderId: string;
  previousStatus: string | null;
  status: string;
  at: Date;
  actor: string;
  reason: string | null;
}

/** An option's columns as the Option entity names them, for lists that join options in. */
const OPTION_COLUMNS = `o.id, o.code, o.name, o.description, o.kind, o.monthly_fee_minor::text AS "monthlyFeeMinor",
  o.exclusive_group AS "exclusiveGroup", o.lifecycle`;

/** Per-request loaders; company data is filtered by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    /** The public catalog: not company data, so not scoped. */
    tariff: rowsById(db, Tariff, viewer, null),
    option: rowsById(db, Option, viewer, null),
    optionsOfTariff: listsByKey<Option & { key: string }>(
      db,
      `SELECT t.tariff_id AS key, ${OPTION_COLUMNS} FROM tariff_options t JOIN options o ON o.id = t.option_id
       WHERE t.tariff_id = ANY($1::uuid[]) AND o.lifecycle = 'LAUNCHED' ORDER BY o.name, o.id`,
    ),

    /** Each tariff's fees that differ by region. */
    regionalPrices: listsByKey<{ key: string; region: Region; fee: string }>(
      db,
      `SELECT tariff_id AS key, region, monthly_fee_minor::text AS fee FROM tariff_region_prices
       WHERE tariff_id = ANY($1::uuid[]) ORDER BY region`,
    ),
    /** The fee of each tariff in the signed-in company's home region, where it differs: one statement. */
    feeForViewer: new DataLoader<string, string | null>(async (tariffIds) => {
      if (!viewer?.companyId) return tariffIds.map(() => null);
      const rows: { tariffId: string; fee: string }[] = await db.query(
        `SELECT p.tariff_id AS "tariffId", p.monthly_fee_minor::text AS fee FROM tariff_region_prices p
         JOIN company_regions c ON c.region = p.region AND c.company_id = $2 WHERE p.tariff_id = ANY($1::uuid[])`,
        [tariffIds, viewer.companyId],
      );
      return alignOne(tariffIds, rows, (r) => r.tariffId).map((r) => r?.fee ?? null);
    }),

    /** Services of accounts, each key its own filter; one statement per distinct filter. */
    servicesOfAccount: new DataLoader<ServicesKey, Service[], string>(
      async (keys) => {
        const found = new Map<string, Service[]>();
        for (const group of groupKeys(keys, (k) => `${k.kind}|${k.status}`)) {
          const { kind, status } = group[0];
          const qb = db
            .getRepository(Service)
            .createQueryBuilder('s')
            .where('s.accountId = ANY(:accountIds)', { accountIds: group.map((k) => k.accountId) })
            .orderBy('s.activatedAt')
            .addOrderBy('s.id');
          if (status) qb.andWhere('s.status = :status', { status });
          else qb.andWhere("s.status <> 'TERMINATED'");
          if (kind) qb.innerJoin(Tariff, 't', 't.id = s.tariffId AND t.kind = :kind', { kind });
          scopeToCompany(qb, viewer, 's.companyId', 's.accountId');
          const rows = await qb.getMany();
          for (const key of group)
            found.set(
              JSON.stringify(key),
              rows.filter((s) => s.accountId === key.accountId),
            );
        }
        return keys.map((key) => found.get(JSON.stringify(key)) ?? []);
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),

    /** Services per kind under each group, subgroups included (the catalog's copy of the tree): one statement. */
    serviceCountsOfGroup: new DataLoader<string, { key: string; kind: ServiceKind; count: number }[]>(
      async (groupIds) => {
        const scope = companyScopeSql(viewer, { company: 's.company_id', account: 's.account_id' }, 2);
        const rows: { key: string; kind: ServiceKind; count: number }[] = await db.query(
          `SELECT g.id AS key, tr.kind, count(*)::int AS count
           FROM unnest($1::uuid[]) AS g(id)
           JOIN account_tree t ON t.kind = 'ACCOUNT' AND g.id = ANY(t.groups)
           JOIN services s ON s.account_id = t.id AND s.status <> 'TERMINATED'
           JOIN tariffs tr ON tr.id = s.tariff_id
           WHERE ${scope.sql}
           GROUP BY 1, 2 ORDER BY 1, 2`,
          [groupIds.filter(isUuid), ...scope.params],
        );
        return alignMany(groupIds, rows, (r) => r.key);
      },
    ),

    /** A company's services on accounts the caller may see, not terminated, with their kinds. */
    servicesOfCompany: new DataLoader<string, (Service & { kind: ServiceKind })[]>(async (companyIds) => {
      const qb = db
        .getRepository(Service)
        .createQueryBuilder('s')
        .innerJoin(Tariff, 't', 't.id = s.tariffId')
        .addSelect('t.kind', 'kind')
        .where('s.companyId = ANY(:companyIds)', { companyIds })
        .andWhere("s.status <> 'TERMINATED'")
        .orderBy('s.activatedAt')
        .addOrderBy('s.id');
      scopeToCompany(qb, viewer, 's.companyId', 's.accountId');
      const { entities, raw } = await qb.getRawAndEntities<{ kind: ServiceKind }>();
      const services = entities.map((service, i) => ({ ...service, kind: raw[i].kind }));
      return alignMany(companyIds, services, (s) => s.companyId);
    }),

    service: rowsById(db, Service, viewer, 'companyId', 'accountId'),
    optionsOfService: listsByKey<Option & { key: string }>(
      db,
      `SELECT so.service_id AS key, ${OPTION_COLUMNS} FROM service_options so JOIN options o ON o.id = so.option_id
       WHERE so.service_id = ANY($1::uuid[]) ORDER BY o.name, o.id`,
    ),
    monthlyCost: new DataLoader<string, bigint>(async (ids) => {
      const costs = await monthlyCosts(db, ids);
      return ids.map((id) => costs.get(id) ?? 0n);
    }),
    plannedChanges: listsByKey<PlannedChangeRow & { key: string }>(
      db,
      `SELECT service_id AS key, kind, effective_on::text AS "effectiveOn", tariff_id AS "tariffId",
         quota_gb AS "quotaGb"
       FROM planned_changes WHERE service_id = ANY($1::uuid[]) AND applied_at IS NULL ORDER BY effective_on, kind`,
    ),

    order: rowsById(db, Order, viewer, 'companyId', 'accountId'),
    /** Pages of several companies' orders: one statement per kind of page (a window per company). */
    orderPage: pagesLoader<OrderPageKey, Order>({
      ownerOf: (k) => k.companyId,
      windowOf: (k) => [k.limit, k.filter, k.after],
      ownerOfRow: (row) => row.companyId,
      fetch: (companyIds, { limit, filter, after }) => {
        const scope = companyScopeSql(viewer, { company: 'o.company_id', account: 'o.account_id' }, 7);
        return db.query(
          `SELECT * FROM (
             SELECT ${ORDER_COLUMNS},
               row_number() OVER (PARTITION BY o.company_id ORDER BY o.created_at DESC, o.id DESC) AS rank
             FROM orders o
             WHERE o.company_id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR o.status = ANY($2))
               AND ($3::uuid IS NULL OR o.account_id = $3)
               AND ($4::timestamptz IS NULL OR (o.created_at, o.id) < ($4::timestamptz, $5::uuid))
               AND ${scope.sql}
           ) ranked WHERE rank <= $6 ORDER BY "companyId", rank`,
          [
            companyIds,
            filter.status,
            filter.accountId,
            after?.[0] ?? null,
            after?.[1] ?? null,
            limit,
            ...scope.params,
          ],
        );
      },
    }),
    ordersOfAccount: new DataLoader<string, Order[]>(async (accountIds) => {
      const qb = db
        .getRepository(Order)
        .createQueryBuilder('o')
        .where('o.accountId = ANY(:accountIds)', { accountIds })
        .orderBy('o.createdAt', 'DESC')
        .addOrderBy('o.id');
      scopeToCompany(qb, viewer, 'o.companyId', 'o.accountId');
      return alignMany(accountIds, await qb.getMany(), (o) => o.accountId);
    }),
    orderItems: listsByKey<OrderItemRow & { key: string }>(
      db,
      `SELECT order_id AS key, tariff_id AS "tariffId", option_ids AS "optionIds", region, address, quantity
       FROM order_items WHERE order_id = ANY($1::uuid[]) ORDER BY position`,
    ),
    orderHistory: listsByKey<OrderHistoryRow & { key: string }>(
      db,
      `SELECT order_id AS key, previous_status AS "previousStatus", status, at, actor_kind AS actor, reason
       FROM order_history WHERE order_id = ANY($1::uuid[]) ORDER BY id`,
    ),
    /** Technician calls (support's tickets) of the viewer's company, by ticket id. */
    technicianCall: new DataLoader<string, TechnicianCall | null>(async (ticketIds) =>
      alignOne(ticketIds, await callsByIds(db, viewer, ticketIds), (call) => call.ticketId),
    ),
    /** The visit booked for each technician call of the viewer's company, by ticket id. */
    ticketVisit: new DataLoader<string, VisitSlot | null>(async (ticketIds) => {
      const calls = await callsByIds(db, viewer, ticketIds);
      const visits = await visitsOf(
        db,
        'ticketId',
        calls.map((call) => call.ticketId),
      );
      return ticketIds.map((id) => visits.get(id) ?? null);
    }),
    visit: new DataLoader<string, VisitSlot | null>(async (orderIds) => {
      const visits = await visitsOf(db, 'orderId', orderIds);
      return orderIds.map((id) => visits.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
