/**
 * Where time-based rules read the time: deadlines, expiries, billing periods. Production uses the system
 * clock; tests pass a clock they move (`testClock` in the kit's testing), never waiting for real time.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
