/** A time of day, "HH:MM", 00:00 to 23:59. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Whether `timeZone` is one the runtime knows (IANA, e.g. Europe/Moscow). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The minutes of the day the wall clock shows at `instant` in `timeZone`. */
function wallMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  return parts.hour * 60 + parts.minute;
}

/**
 * When quiet hours `from`–`to` (wall clock in `timeZone`; `from` after `to` spans midnight) end, if `now` is
 * inside them; null outside. Counted in minutes from now: a DST change overnight moves the morning by an hour.
 */
export function quietUntil(now: Date, timeZone: string, from: string, to: string): Date | null {
  const minutes = wallMinutes(now, timeZone);
  const [start, end] = [minutesOf(from), minutesOf(to)];
  const inside = start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  const wait = (end - minutes + 24 * 60) % (24 * 60);
  const startOfMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  return new Date(startOfMinute + wait * 60_000);
}
