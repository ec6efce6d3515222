import type { Resolvers } from './subgraph';

/**
 * One subgraph's resolver maps, one per feature file, merged type by type. Spreading maps into one object
 * silently keeps only the last of two files that define the same type; here two definitions of one field stop
 * the subgraph at start-up, naming the field.
 */
export function mergeResolvers<L>(...maps: Resolvers<L>[]): Resolvers<L> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      // A scalar's resolver is one object (a GraphQLScalarType), not a map of fields.
      if (!isFieldMap(fields)) {
        if (type in merged) throw new Error(`Resolver conflict: ${type} is defined twice`);
        merged[type] = fields as never;
        continue;
      }
      merged[type] ??= {};
      const target = merged[type];
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver conflict: ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers<L>;
}

const isFieldMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
