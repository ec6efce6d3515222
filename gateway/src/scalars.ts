import { scalars } from '@kabinet/kit/core';
import { type GraphQLSchema, isScalarType } from 'graphql';

/**
 * The supergraph names the custom scalars but cannot carry their rules, so the gateway would pass a malformed
 * Decimal or DateTime on to a subgraph. Giving the gateway's schema the subgraphs' own rules refuses it before
 * any subgraph runs: an operation whose second mutation has a malformed amount never commits its first.
 */
export function enforceScalars(schema: GraphQLSchema): void {
  for (const [name, rules] of Object.entries(scalars)) {
    const type = schema.getType(name);
    if (!isScalarType(type)) continue;
    type.parseValue = rules.parseValue;
    type.parseLiteral = rules.parseLiteral;
  }
}
