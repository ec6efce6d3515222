/**
 * Token buckets by key (a user, an address): each holds up to `capacity` tokens and refills at `capacity` per
 * `windowMs`, so a client may spend its minute's allowance in a burst and then earns it back steadily. Buckets
 * left full and idle are forgotten, so memory follows the active clients, not every address ever seen.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private taken = 0;

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` tokens from `key`'s bucket: 0 when taken, else the seconds until they will be there. */
  take(key: string, cost = 1): number {
    const now = this.now();
    const rate = this.capacity / this.windowMs;
    const held = this.buckets.get(key);
    const tokens = held ? Math.min(this.capacity, held.tokens + (now - held.at) * rate) : this.capacity;
    if (++this.taken % 1_000 === 0) this.forgetIdle(now, rate);
    if (tokens < cost) {
      this.buckets.set(key, { tokens, at: now });
      return Math.max(1, Math.ceil((Math.min(cost, this.capacity) - tokens) / rate / 1000));
    }
    this.buckets.set(key, { tokens: tokens - cost, at: now });
    return 0;
  }

  private forgetIdle(now: number, rate: number) {
    for (const [key, bucket] of this.buckets)
      if (bucket.tokens + (now - bucket.at) * rate >= this.capacity) this.buckets.delete(key);
  }
}
