import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  ErrorCode,
  encodeOrigin,
  FORWARDED_ORIGIN_HEADER,
  GATEWAY_CREDENTIAL_HEADER,
} from '@kabinet/kit/core';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';

/**
 * Calls one subgraph. Outgoing headers are built here from scratch: the gateway credential and the caller
 * as the gateway verified it. Nothing the client sent is passed through.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly gatewaySecret: string | undefined,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers) return;
    if (this.gatewaySecret) headers.set(GATEWAY_CREDENTIAL_HEADER, this.gatewaySecret);
    if (context?.origin) headers.set(FORWARDED_ORIGIN_HEADER, encodeOrigin(context.origin));
  }

  /**
   * A subgraph that refuses a request outright: when it says the client's input is wrong (400 with a client
   * code), its error is passed on as it is. Anything else is the gateway's own fault (a wrong credential, a
   * crash) and carries no code, so it is masked and logged — Apollo's default would hand the client FORBIDDEN
   * with the subgraph's URL and body.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const error = await super.errorFromResponse(response);
    const { response: answered } = error.extensions as { response?: { body?: unknown } };
    const refusal = (
      answered?.body as { errors?: { message: string; extensions?: Record<string, unknown> }[] }
    )?.errors?.[0];
    const code = refusal?.extensions?.code;
    if (response.status === 400 && refusal && CLIENT_CODES.has(code as string)) {
      const { fields } = refusal.extensions ?? {};
      return new GraphQLError(refusal.message, { extensions: { code, ...(fields ? { fields } : {}) } });
    }
    return new GraphQLError(error.message, { extensions: { response: answered } });
  }
}

const CLIENT_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, 'GRAPHQL_VALIDATION_FAILED']);
