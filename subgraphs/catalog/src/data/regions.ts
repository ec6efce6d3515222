import type { Region } from './entities';

/** Words of an address or region name that place it in one of the operator's regions. */
const PLACES: [RegExp, Region][] = [
  [/моск/i, 'MOSCOW'],
  [/петербург|ленинград/i, 'SAINT_PETERSBURG'],
  [/казан|татарстан/i, 'KAZAN'],
  [/новосибирск/i, 'NOVOSIBIRSK'],
  [/екатеринбург|свердлов/i, 'YEKATERINBURG'],
];

/** The operator's region a free-text region or address is in; Moscow (base prices) when none matches. */
export const regionOf = (...texts: string[]): Region =>
  PLACES.find(([words]) => texts.some((text) => words.test(text)))?.[1] ?? 'MOSCOW';
