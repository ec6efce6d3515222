import { randomUUID } from 'node:crypto';
import {
  assertValid,
  decodeCursor,
  type FieldProblem,
  isStaff,
  isUuid,
  money,
  moscowDate,
  notFound,
  pageSize,
  parseMinor,
  preconditionFailed,
  requireRole,
  TEXT_MAX,
  textProblems,
  toConnection,
} from '@kabinet/kit';
import { Option, type Region, type ServiceKind, type StoragePricing, Tariff } from '../data/entities';
import { ON_SALE_SQL } from '../data/on-sale';
import type {
  MutationCreateOptionArgs,
  MutationCreateTariffArgs,
  MutationLaunchTariffArgs,
  MutationRetireOptionArgs,
  MutationRetireTariffArgs,
  QueryTariffsArgs,
} from '../generated/schema';
import type { Catalog } from '../runtime';
import type { Context } from './context';

/** Who manages the catalog. */
const CATALOG_STAFF = ['OPERATOR', 'MANAGER'] as const;
const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

const staffCalls = (ctx: Context) => ctx.viewer !== null && isStaff(ctx.viewer);

function offeringProblems(input: {
  code: string;
  name: string;
  description: string;
  monthlyFee: string;
}): FieldProblem[] {
  const problems = [
    ...textProblems('name', input.name, { max: TEXT_MAX.name, min: 1 }),
    ...textProblems('description', input.description, { max: TEXT_MAX.comment }),
  ];
  if (!CODE.test(input.code))
    problems.push({ field: 'code', message: '2 to 32 capital letters, digits and dashes' });
  if (parseMinor(input.monthlyFee) < 0n)
    problems.push({ field: 'monthlyFee', message: 'must not be negative' });
  return problems;
}

/** An offering staff change, locked; PRECONDITION_FAILED unless it is in `from`. */
async function moveOffering(ctx: Context, tariffId: string, from: string, to: 'LAUNCHED' | 'RETIRED') {
  requireRole(ctx.viewer, CATALOG_STAFF);
  if (!isUuid(tariffId)) throw notFound('Tariff');
  const tariff = await ctx.db.transaction(async (tx) => {
    const [found] = await tx.query('SELECT lifecycle FROM tariffs WHERE id = $1 FOR UPDATE', [tariffId]);
    if (!found) throw notFound('Tariff');
    if (found.lifecycle !== from) {
      throw preconditionFailed(`The offering is ${found.lifecycle}; only a ${from} one can be ${to}`, [
        { field: 'tariffId', message: `is ${found.lifecycle}` },
      ]);
    }
    await tx.query('UPDATE tariffs SET lifecycle = $2 WHERE id = $1', [tariffId, to]);
    return tx.getRepository(Tariff).findOneByOrFail({ id: tariffId });
  });
  return { tariff };
}

/** The public catalog, and its management by staff. */
export const offeringResolvers = (catalog: Catalog) => ({
  Query: {
    async tariff(_: unknown, { id }: { id: string }, ctx: Context) {
      const tariff = await ctx.loaders.tariff.load(id);
      return tariff && (tariff.lifecycle !== 'DRAFT' || staffCalls(ctx)) ? tariff : null;
    },
    async tariffs(_: unknown, args: QueryTariffsArgs, ctx: Context) {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, ['text', 'uuid']);
      const search = args.filter?.search?.trim();
      assertValid(textProblems('filter.search', search, { max: 100 }));
      const qb = ctx.db
        .getRepository(Tariff)
        .createQueryBuilder('t')
        .where(ON_SALE_SQL, { today: moscowDate(catalog.clock.now()) })
        .orderBy('t.name')
        .addOrderBy('t.id')
        .limit(limit + 1);
      if (args.filter?.kind) qb.andWhere('t.kind = :kind', { kind: args.filter.kind });
      if (args.filter?.region) qb.andWhere(':region = ANY(t.regions)', { region: args.filter.region });
      if (search) {
        qb.andWhere("(t.name || ' ' || t.code || ' ' || t.description) ILIKE :search", {
          search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        });
      }
      if (after) qb.andWhere('(t.name, t.id) > (:name, :id)', { name: after[0], id: after[1] });
      return toConnection(await qb.getMany(), limit, (t) => [t.name, t.id]);
    },
    catalogOfferings(_: unknown, args: { kind?: ServiceKind | null }, ctx: Context) {
      requireRole(ctx.viewer, CATALOG_STAFF);
      return ctx.db.getRepository(Tariff).find({
        where: args.kind ? { kind: args.kind } : {},
        order: { kind: 'ASC', name: 'ASC' },
      });
    },
  },
  Mutation: {
    async createTariff(_: unknown, { input }: MutationCreateTariffArgs, ctx: Context) {
      requireRole(ctx.viewer, CATALOG_STAFF);
      const problems = offeringProblems(input);
      if (parseMinor(input.setupFee) < 0n)
        problems.push({ field: 'setupFee', message: 'must not be negative' });
      if (input.regions.length === 0) problems.push({ field: 'regions', message: 'name at least one' });
      if (input.validFrom && input.validTo && input.validTo < input.validFrom)
        problems.push({ field: 'validTo', message: 'must not be before validFrom' });
      assertValid(problems);
      const id = randomUUID();
      const inserted = await ctx.db.query(
        `INSERT INTO tariffs (id, code, name, description, kind, monthly_fee_minor, setup_fee_minor, currency,
           regions, lifecycle, valid_from, valid_to)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'RUB', $8, 'DRAFT', $9, $10) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [
          id,
          input.code,
          input.name.trim(),
          input.description.trim(),
          input.kind,
          parseMinor(input.monthlyFee).toString(),
          parseMinor(input.setupFee).toString(),
          [...new Set(input.regions)] as Region[],
          input.validFrom ?? null,
          input.validTo ?? null,
        ],
      );
      if (inserted.length === 0) assertValid([{ field: 'code', message: 'is in use' }]);
      return { tariff: await ctx.db.getRepository(Tariff).findOneByOrFail({ id }) };
    },
    launchTariff: (_: unknown, { input }: MutationLaunchTariffArgs, ctx: Context) =>
      moveOffering(ctx, input.tariffId, 'DRAFT', 'LAUNCHED'),
    retireTariff: (_: unknown, { input }: MutationRetireTariffArgs, ctx: Context) =>
      moveOffering(ctx, input.tariffId, 'LAUNCHED', 'RETIRED'),
    async createOption(_: unknown, { input }: MutationCreateOptionArgs, ctx: Context) {
      requireRole(ctx.viewer, CATALOG_STAFF);
      const problems = [
        ...offeringProblems(input),
        ...textProblems('exclusiveGroup', input.exclusiveGroup, { max: 50 }),
      ];
      const tariffs = await ctx.db
        .getRepository(Tariff)
        .findBy(input.tariffIds.filter(isUuid).map((id) => ({ id })));
      const kinds = new Set(tariffs.map((t) => t.kind));
      if (input.tariffIds.length === 0 || tariffs.length !== new Set(input.tariffIds).size)
        problems.push({ field: 'tariffIds', message: 'name at least one tariff, each an existing one' });
      else if (kinds.size > 1) problems.push({ field: 'tariffIds', message: 'must all be of one kind' });
      assertValid(problems);
      const id = randomUUID();
      const option = await ctx.db.transaction(async (tx) => {
        const inserted = await tx.query(
          `INSERT INTO options (id, code, name, description, kind, monthly_fee_minor, exclusive_group)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING RETURNING id`,
          [
            id,
            input.code,
            input.name.trim(),
            input.description.trim(),
            tariffs[0].kind,
            parseMinor(input.monthlyFee).toString(),
            input.exclusiveGroup?.trim() || null,
          ],
        );
        if (inserted.length === 0) assertValid([{ field: 'code', message: 'is in use' }]);
        await tx.query('INSERT INTO tariff_options (tariff_id, option_id) SELECT unnest($1::uuid[]), $2', [
          tariffs.map((t) => t.id),
          id,
        ]);
        return tx.getRepository(Option).findOneByOrFail({ id });
      });
      return { option };
    },
    async retireOption(_: unknown, { input }: MutationRetireOptionArgs, ctx: Context) {
      requireRole(ctx.viewer, CATALOG_STAFF);
      if (!isUuid(input.optionId)) throw notFound('Option');
      const [[row]] = await ctx.db.query(
        `UPDATE options SET lifecycle = 'RETIRED' WHERE id = $1 RETURNING id`,
        [input.optionId],
      );
      if (!row) throw notFound('Option');
      return { option: await ctx.db.getRepository(Option).findOneByOrFail({ id: input.optionId }) };
    },
  },
  Tariff: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.tariff.load(ref.id)) ?? notFound('Tariff');
    },
    /** The fee in the region asked for, else in the signed-in company's home region, else the base fee. */
    async monthlyFee(tariff: Tariff, args: { region?: Region | null }, ctx: Context) {
      const fee = args.region
        ? (await ctx.loaders.regionalPrices.load(tariff.id)).find((p) => p.region === args.region)?.fee
        : await ctx.loaders.feeForViewer.load(tariff.id);
      return money(fee ?? tariff.monthlyFeeMinor, tariff.currency);
    },
    regionalPrices: async (tariff: Tariff, _: unknown, ctx: Context) =>
      (await ctx.loaders.regionalPrices.load(tariff.id)).map((p) => ({
        region: p.region,
        monthlyFee: money(p.fee),
      })),
    setupFee: (tariff: Tariff) => money(tariff.setupFeeMinor, tariff.currency),
    status: (tariff: Tariff) => tariff.lifecycle,
    options: (tariff: Tariff, _: unknown, ctx: Context) => ctx.loaders.optionsOfTariff.load(tariff.id),
    storagePlan: (tariff: Tariff) => tariff.storagePricing,
  },
  StoragePlan: {
    tiers: (plan: StoragePricing) =>
      plan.tiers.map((tier) => ({ upToGb: tier.upToGb, pricePerGb: money(tier.perGbMinor) })),
  },
  ServiceOption: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.option.load(ref.id)) ?? notFound('ServiceOption');
    },
    monthlyFee: (option: Option) => money(option.monthlyFeeMinor),
    status: (option: Option) => option.lifecycle,
  },
});
