import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';

/**
 * graphql-js's `subscribe`, except that each event is executed with a context of its own, made by
 * `contextForEvent` from the subscription's. graphql-ws builds one context per subscription, and graphql-js
 * executes every event with it: loaders made for the subscription would serve an order's second change from
 * what its first one cached, and keep every key they ever loaded for as long as the subscription lives.
 *
 * A new context per event, rather than loaders swapped inside the one context, keeps the rule of HTTP
 * requests: nothing a resolver holds changes under it, and whatever an event cached goes when it is delivered.
 * The subscription's own context still serves its `subscribe` resolver (the caller, the checks made once).
 */
export async function subscribeWithContextPerEvent<Context>(
  args: ExecutionArgs,
  contextForEvent: (subscription: Context) => Context,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const events = source[Symbol.asyncIterator]();
  const executeEvent = async (step: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> =>
    step.done
      ? { done: true, value: undefined }
      : {
          done: false,
          value: await execute({
            ...args,
            rootValue: step.value,
            contextValue: contextForEvent(args.contextValue as Context),
          }),
        };
  // An object rather than an async generator: `return` must reach the event stream at once, while a
  // generator's would wait behind the `next` that waits for an event that may never come.
  const results: AsyncIterableIterator<ExecutionResult> = {
    next: () => events.next().then(executeEvent),
    return: async () =>
      events.return ? executeEvent(await events.return()) : { done: true, value: undefined },
    throw: async (error?: unknown) => {
      if (events.throw) return executeEvent(await events.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]() {
      return results;
    },
  };
  return results;
}
