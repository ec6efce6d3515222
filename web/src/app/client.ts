import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  ServerError,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import type { Client } from 'graphql-ws';
import { from, mergeMap } from 'rxjs';
import { accessToken, currentTokens } from '../auth/session';
import { documentId } from './documents';
import { LiveLink } from './live';

/**
 * The app's one Apollo Client: queries and mutations over HTTP, subscriptions over the live connection, every
 * operation sent by its trusted-document id, with the session's access token (renewed when it is about to
 * expire, and once more when the graph refuses it).
 */
export function createApolloClient(live: Client): ApolloClient {
  const withToken = new SetContextLink(async (previous) => {
    const token = await accessToken();
    return token
      ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } }
      : { headers: previous.headers };
  });
  // A token refused (expired early, or its session renewed in another tab): renew once and try again.
  const renewOnRefusal = new ErrorLink(({ error, operation, forward }) => {
    const refused =
      (CombinedGraphQLErrors.is(error) &&
        error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (!refused || operation.getContext().renewed || !currentTokens()) return;
    operation.setContext({ renewed: true });
    return from(accessToken(true)).pipe(mergeMap(() => forward(operation)));
  });
  const http = ApolloLink.from([
    new PersistedQueryLink({ generateHash: documentId, retry: () => false }),
    withToken,
    new HttpLink({ uri: '/graphql' }),
  ]);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new LiveLink(live),
    ApolloLink.from([renewOnRefusal, http]),
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Money: { keyFields: false },
        Company: { fields: { personalAccounts: relayStylePagination(['filter', 'orderBy']) } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
