import { useState } from 'react';

/**
 * An idempotency key for one money-moving form: the same while the user retries the same submission (a
 * double click, a timeout), new once it has gone through.
 */
export function useIdempotencyKey(): [string, () => void] {
  const [key, setKey] = useState(() => crypto.randomUUID());
  return [key, () => setKey(crypto.randomUUID())];
}
