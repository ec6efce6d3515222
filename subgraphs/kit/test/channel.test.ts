import { createChannel } from '../src/core/channel';

describe('channel', () => {
  const make = (onClose = jest.fn()) =>
    createChannel<number>({ capacity: 2, overflow: () => new Error('too slow'), onClose });

  it('delivers pushed values in order, then the end', async () => {
    const c = make();
    c.push(1);
    c.push(2);
    c.end();
    const seen: number[] = [];
    for await (const v of c) seen.push(v);
    expect(seen).toEqual([1, 2]);
  });

  it('ends at once when the reader leaves while waiting, and releases the producer', async () => {
    const onClose = jest.fn();
    const c = make(onClose);
    const pending = c.next();
    await c.return();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(c.push(3)).toBe(false);
  });

  it('fails the reader, not the producer, when the producer outruns capacity', async () => {
    const onClose = jest.fn();
    const c = make(onClose);
    c.push(1);
    c.push(2);
    expect(c.push(3)).toBe(false);
    await expect(c.next()).rejects.toThrow('too slow');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
