/**
 * A bounded queue read as an async iterator, written by a producer running on its own. Unlike an async
 * generator, its `return()` takes effect at once even while the reader waits for a value: the producer's
 * `onClose` runs (unsubscribe, cancel upstream) and the reader sees the end. So a subscription whose client
 * leaves releases what it holds immediately, not at the next event.
 */
export interface Channel<T> extends AsyncIterableIterator<T> {
  /** Queues a value; false when the reader is gone. Overflowing `capacity` ends the channel with `overflow()`. */
  push(value: T): boolean;
  /** Ends the channel after the queued values; with an error, the reader gets it after them. */
  end(error?: unknown): void;
  /** Ends the channel at once, even while the reader waits (optional for iterators, always here). */
  return(): Promise<IteratorResult<T>>;
  readonly closed: boolean;
}

export function createChannel<T>(options: {
  capacity: number;
  /** The error the reader gets when the producer outruns it by more than `capacity`. */
  overflow: () => Error;
  /** Releases what the producer holds; runs once, when the channel ends for any reason. */
  onClose?: () => void;
}): Channel<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let failWaiting: ((error: unknown) => void) | null = null;
  let ended = false;
  let failure: unknown;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    options.onClose?.();
  };
  const settle = () => {
    if (!waiting) return;
    const resolve = waiting;
    const reject = failWaiting as (error: unknown) => void;
    waiting = null;
    failWaiting = null;
    if (queue.length > 0) resolve({ value: queue.shift() as T, done: false });
    else if (failure !== undefined) reject(takeFailure());
    else if (ended) resolve({ value: undefined, done: true });
  };
  const takeFailure = () => {
    const error = failure;
    failure = undefined;
    return error;
  };

  const channel: Channel<T> = {
    get closed() {
      return closed;
    },
    push(value) {
      if (ended) return false;
      if (queue.length >= options.capacity) {
        channel.end(options.overflow());
        return false;
      }
      queue.push(value);
      settle();
      return true;
    },
    end(error) {
      if (ended) return;
      ended = true;
      if (error !== undefined) {
        queue.length = 0;
        failure = error;
      }
      close();
      settle();
    },
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (failure !== undefined) return Promise.reject(takeFailure());
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = resolve;
        failWaiting = reject;
      });
    },
    return() {
      ended = true;
      queue.length = 0;
      failure = undefined;
      close();
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return channel;
    },
  };
  return channel;
}
