import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayLink } from '@kabinet/kit/core';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';

/**
 * Calls one subgraph. Outgoing headers are built here from scratch: the gateway credential and the caller
 * as the gateway verified it, signed. Nothing the client sent is passed through.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly link: GatewayLink,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    // Without a caller there is nothing a subgraph would answer: it requires the signed origin.
    if (!headers || !context?.origin) return;
    for (const [name, value] of Object.entries(this.link.headersFor(context.origin)))
      headers.set(name, value);
  }

  /**
   * A subgraph answering with an HTTP error — a wrong credential, a crash, or a request the gateway should never
   * have sent (client input is checked before planning) — is the gateway's fault: without a code it is masked
   * and logged. Apollo's default hands the client FORBIDDEN with the subgraph's URL and body.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const error = await super.errorFromResponse(response);
    return new GraphQLError(error.message, { extensions: { response: error.extensions.response } });
  }
}
