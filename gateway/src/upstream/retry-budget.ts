/**
 * How many retries a subgraph may take: at most `ratio` of its recent requests, plus a few a second, so a
 * subgraph in trouble sees its load grow by a bounded share and not multiply (the budget of gRPC and Envoy).
 * Counted over a sliding window of `windowMs`, in whole seconds.
 */
export class RetryBudget {
  private readonly requests = new Map<number, number>();
  private readonly retries = new Map<number, number>();

  constructor(
    private readonly ratio = 0.2,
    private readonly perSecond = 5,
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a first attempt. */
  requested(): void {
    this.bump(this.requests);
  }

  /** Takes one retry if the budget allows it. */
  tryRetry(): boolean {
    const seconds = this.windowMs / 1000;
    const allowed = this.sum(this.requests) * this.ratio + this.perSecond * seconds;
    if (this.sum(this.retries) >= allowed) return false;
    this.bump(this.retries);
    return true;
  }

  private bump(counts: Map<number, number>) {
    const second = Math.floor(this.now() / 1000);
    counts.set(second, (counts.get(second) ?? 0) + 1);
  }

  private sum(counts: Map<number, number>): number {
    const oldest = Math.floor((this.now() - this.windowMs) / 1000);
    let total = 0;
    for (const [second, count] of counts) {
      if (second <= oldest) counts.delete(second);
      else total += count;
    }
    return total;
  }
}
