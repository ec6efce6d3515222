import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { type Channel, createChannel } from '../src/core/channel';
import { subscribeWithContextPerEvent } from '../src/subscribe-per-event';

interface Context {
  events: Channel<string>;
  made: number;
}

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      tick: {
        type: GraphQLString,
        subscribe: (_root, _args, ctx: Context) => ctx.events,
        resolve: (event: string, _args, ctx: Context) => `${event} in context ${ctx.made}`,
      },
    },
  }),
});

describe('subscribeWithContextPerEvent', () => {
  const start = (onClose = jest.fn()) => {
    const events = createChannel<string>({ capacity: 10, overflow: () => new Error('too slow'), onClose });
    let made = 0;
    const results = subscribeWithContextPerEvent<Context>(
      { schema, document: parse('subscription { tick }'), contextValue: { events, made } },
      (subscription) => ({ ...subscription, made: ++made }),
    );
    return { events, results: results as Promise<AsyncIterableIterator<unknown>> };
  };

  it('executes each event with a context of its own', async () => {
    const { events, results } = start();
    const stream = await results;
    events.push('a');
    events.push('b');
    await expect(stream.next()).resolves.toEqual({
      done: false,
      value: { data: { tick: 'a in context 1' } },
    });
    await expect(stream.next()).resolves.toEqual({
      done: false,
      value: { data: { tick: 'b in context 2' } },
    });
    await stream.return?.();
  });

  it('ends the event stream at once when the subscriber leaves while waiting for an event', async () => {
    const onClose = jest.fn();
    const { results } = start(onClose);
    const stream = await results;
    const waiting = stream.next();
    await stream.return?.();
    expect(onClose).toHaveBeenCalledTimes(1);
    await expect(waiting).resolves.toEqual({ done: true, value: undefined });
  });
});
