/** Where a subgraph's circuit is: letting requests through, failing them fast, or letting one probe through. */
export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface BreakerPolicy {
  /** Consecutive failed requests that open the circuit. */
  failures: number;
  /** How long an open circuit fails requests fast before one probe may go. */
  openMs: number;
}

/**
 * A circuit breaker per subgraph: after `failures` failed requests in a row the subgraph is treated as down
 * for `openMs` (requests fail at once, no one waits on timeouts), then one probe is let through; its success
 * closes the circuit, its failure opens it again.
 */
export class CircuitBreaker {
  private failed = 0;
  private openedAt = 0;
  private probing = false;
  state: CircuitState = 'CLOSED';

  constructor(
    private readonly policy: BreakerPolicy,
    private readonly now: () => number = Date.now,
    private readonly onChange: (state: CircuitState) => void = () => {},
  ) {}

  /** Whether a request may go now (in HALF_OPEN: only the one probe). */
  allow(): boolean {
    if (this.state === 'CLOSED') return true;
    if (this.state === 'OPEN' && this.now() - this.openedAt >= this.policy.openMs) this.move('HALF_OPEN');
    if (this.state === 'HALF_OPEN' && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }

  succeeded(): void {
    this.failed = 0;
    this.probing = false;
    if (this.state !== 'CLOSED') this.move('CLOSED');
  }

  failedOnce(): void {
    this.failed++;
    this.probing = false;
    if (this.state === 'HALF_OPEN' || (this.state === 'CLOSED' && this.failed >= this.policy.failures)) {
      this.openedAt = this.now();
      this.move('OPEN');
    }
  }

  private move(state: CircuitState) {
    this.state = state;
    this.onChange(state);
  }
}
