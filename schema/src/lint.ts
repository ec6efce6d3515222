import {
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';

/** Names that carry money: such a field must never be a Float (money is integer minor units, or Money). */
const MONEY = /(amount|balance|price|fee|cost|total|sum|debt|credit|payment|charge)s?$/i;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const UPPER_SNAKE = /^[A-Z][A-Z0-9_]*$/;

/**
 * The API's house rules, as a list of what breaks them (empty: all kept): a description on every type and
 * field (root operation types aside: their fields carry them); PascalCase types, camelCase fields and
 * arguments, UPPER_SNAKE enum values; no Float for money; and lists of objects that can grow paged as
 * connections — a list without paging is allowed only where `bounded` (schema/bounded-lists.md) names it.
 */
export function lintSchema(schema: GraphQLSchema, bounded: readonly string[]): string[] {
  const problems: string[] = [];
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!PASCAL.test(type.name)) problems.push(`${type.name}: type names are PascalCase`);
    if (!type.description && !roots.has(type.name)) problems.push(`${type.name}: needs a description`);
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!UPPER_SNAKE.test(value.name))
          problems.push(`${type.name}.${value.name}: enum values are UPPER_SNAKE`);
      }
    }
    if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const at = `${type.name}.${field.name}`;
      if (!CAMEL.test(field.name)) problems.push(`${at}: field names are camelCase`);
      if (!field.description) problems.push(`${at}: needs a description`);
      if (getNamedType(field.type as GraphQLOutputType).name === 'Float' && MONEY.test(field.name))
        problems.push(`${at}: money is never a Float (integer minor units, or Money)`);
      if ('args' in field) {
        for (const arg of (field as GraphQLField<unknown, unknown>).args) {
          if (!CAMEL.test(arg.name)) problems.push(`${at}(${arg.name}): argument names are camelCase`);
        }
        const page = type.name.endsWith('Connection') || type.name.endsWith('Payload'); // a page, a result
        if (!page && unpagedObjectList(field as GraphQLField<unknown, unknown>) && !bounded.includes(at))
          problems.push(
            `${at}: a list of objects without paging — make it a connection (first/after), or name it in schema/bounded-lists.md with why it stays small`,
          );
      }
    }
  }
  return problems;
}

/** A field answering a list of objects with no `first`/`last` to page it (mutation payloads aside). */
function unpagedObjectList(field: GraphQLField<unknown, unknown>): boolean {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (!isListType(type)) return false;
  const item = getNamedType(type);
  if (!isObjectType(item) && !isInterfaceType(item) && !isUnionType(item)) return false;
  return !field.args.some((a) => a.name === 'first' || a.name === 'last');
}
