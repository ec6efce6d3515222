import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Fields one request may resolve. The gateway refuses operations whose estimated cost is too high before any
 * subgraph sees them; this is the subgraph's own floor, for whatever reaches it anyway (a gateway with other
 * limits, a cost estimate that missed a fan-out): past it the answer would only grow until the process runs
 * out of memory.
 */
export const MAX_RESOLVED_FIELDS = 100_000;

const tooLarge = (max: number) =>
  new GraphQLError(`The answer is too large: more than ${max} fields; ask for less, or page through it`, {
    extensions: { code: 'RESPONSE_TOO_LARGE' },
  });

/**
 * Counts the fields a request resolves. Past the ceiling every further field fails at once — so the tree stops
 * growing — and the whole answer becomes one RESPONSE_TOO_LARGE error instead of a partial result.
 */
export function answerSizeLimit<C extends object>(max = MAX_RESOLVED_FIELDS): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let resolved = 0;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              resolved += 1;
              if (resolved > max) throw tooLarge(max);
            },
          };
        },
        async willSendResponse({ response }) {
          if (resolved <= max || response.body.kind !== 'single') return;
          response.body.singleResult = { data: null, errors: [tooLarge(max).toJSON()] };
        },
      };
    },
  };
}
