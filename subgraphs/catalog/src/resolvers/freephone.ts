import {
  assertValid,
  decodeCursor,
  money,
  pageSize,
  requireRole,
  requireViewer,
  toConnection,
} from '@kabinet/kit';
import { chooseTariff, orderNumber, reserveNumber } from '../freephone/numbers';
import type {
  MutationChooseFreephoneTariffArgs,
  MutationOrderFreephoneNumberArgs,
  MutationReserveFreephoneNumberArgs,
  QueryAvailableFreephoneNumbersArgs,
} from '../generated/schema';
import type { Catalog } from '../runtime';
import type { Context } from './context';
import { CHANGERS, changeService } from './service-changes';
import { visibleAccount } from './visible';

interface NumberRow {
  number: string;
  category: string;
  priceMinor: string;
}

/** 8-800 numbers: the pool, reservations, the test period and its end. */
export const freephoneResolvers = (catalog: Catalog) => ({
  Query: {
    async availableFreephoneNumbers(_: unknown, args: QueryAvailableFreephoneNumbersArgs, ctx: Context) {
      requireViewer(ctx.viewer);
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, ['text']);
      const pattern = args.filter?.pattern ?? null;
      if (pattern !== null && !/^\d{1,7}$/.test(pattern))
        assertValid([{ field: 'filter.pattern', message: 'must be 1 to 7 digits' }]);
      const rows: NumberRow[] = await ctx.db.query(
        `SELECT number, category, price_minor::text AS "priceMinor" FROM freephone_numbers
         WHERE (state = 'FREE' OR (state = 'RESERVED' AND reserved_until <= $1))
           AND ($2::text IS NULL OR substr(number, 5) LIKE '%' || $2 || '%')
           AND ($3::text IS NULL OR category = $3) AND ($4::text IS NULL OR number > $4)
         ORDER BY number LIMIT $5`,
        [catalog.clock.now(), pattern, args.filter?.category ?? null, after?.[0] ?? null, limit + 1],
      );
      return toConnection(rows, limit, (n) => [n.number]);
    },
  },
  Mutation: {
    async reserveFreephoneNumber(_: unknown, { input }: MutationReserveFreephoneNumberArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['ADMIN']);
      ctx.audit.companyId = viewer.companyId;
      const reservedUntil = await ctx.db.transaction((tx) =>
        reserveNumber(tx, viewer.companyId as string, input.number, catalog.clock.now()),
      );
      const [number] = await ctx.db.query(
        `SELECT number, category, price_minor::text AS "priceMinor" FROM freephone_numbers WHERE number = $1`,
        [input.number],
      );
      return { number, reservedUntil };
    },
    async orderFreephoneNumber(_: unknown, { input }: MutationOrderFreephoneNumberArgs, ctx: Context) {
      requireRole(ctx.viewer, ['ADMIN']);
      const account = await visibleAccount(ctx, input.accountId);
      ctx.audit.companyId = account.companyId;
      const id = await ctx.db.transaction((tx) =>
        orderNumber(tx, { number: input.number, account, applicant: input.applicant }, catalog.clock.now()),
      );
      return { service: await ctx.loaders.service.load(id) };
    },
    chooseFreephoneTariff: (_: unknown, { input }: MutationChooseFreephoneTariffArgs, ctx: Context) =>
      changeService(ctx, catalog, CHANGERS, input.serviceId, (tx, scope, now) =>
        chooseTariff(tx, scope, input, now),
      ),
  },
  FreephoneNumber: {
    monthlyPrice: (n: NumberRow) => money(n.priceMinor),
  },
});
