import type { Clock } from '../core/clock';

/** A clock a test moves: time-based rules are tested by moving it, not by waiting. */
export interface TestClock extends Clock {
  /** Moves the clock forward. */
  advance(ms: number): void;
  set(instant: Date): void;
}

/** Starts at `start` and stands still until moved. */
export function testClock(start = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
    },
    set(instant) {
      current = instant.getTime();
    },
  };
}
