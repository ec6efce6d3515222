import { GraphQLError } from 'graphql';
import { DateScalar, DateTime, Decimal } from '../src/core/scalars';
import { formatMinor, money } from '../src/money';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize, toConnection } from '../src/pagination';

describe('money', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [125_000, '1250.00'],
    [-1, '-0.01'],
    [-125_050, '-1250.50'],
    ['9007199254740993', '90071992547409.93'],
  ])('formats %s minor units as %s', (minor, text) => expect(formatMinor(minor)).toBe(text));

  it('defaults to roubles', () => expect(money(100)).toEqual({ amount: '1.00', currency: 'RUB' }));
});

describe('scalars', () => {
  it('Decimal takes exact strings only', () => {
    expect(Decimal.parseValue('1250.00')).toBe('1250.00');
    expect(() => Decimal.parseValue(12.5)).toThrow(GraphQLError);
    expect(() => Decimal.parseValue('12.345')).toThrow(/Decimal must look like/);
  });
  it('DateTime needs an offset', () => {
    expect((DateTime.parseValue('2026-11-25T10:00:00+03:00') as Date).toISOString()).toBe(
      '2026-11-25T07:00:00.000Z',
    );
    expect(() => DateTime.parseValue('2026-11-25 10:00')).toThrow(/ISO 8601/);
    expect(DateTime.serialize(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02T00:00:00.000Z');
  });
  it.each([
    '2026-02-31T00:00:00Z',
    '2026-02-29T12:00:00+03:00',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T23:60:00Z',
    '2026-01-01T23:59:60Z',
    '2026-01-01T10:00:00+24:00',
  ])('DateTime refuses the impossible %s', (text) => {
    expect(() => DateTime.parseValue(text)).toThrow(`DateTime must be a real date and time, got "${text}"`);
  });
  it('DateTime takes the leap day of a leap year and the last moment of a day', () => {
    expect((DateTime.parseValue('2024-02-29T00:00:00Z') as Date).toISOString()).toBe(
      '2024-02-29T00:00:00.000Z',
    );
    expect((DateTime.parseValue('2000-02-29T23:59:59.999-12:00') as Date).toISOString()).toBe(
      '2000-03-01T11:59:59.999Z',
    );
  });
  it('Date is a calendar date', () => {
    expect(DateScalar.parseValue('2026-02-28')).toBe('2026-02-28');
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2026-2-28')).toThrow(/YYYY-MM-DD/);
    for (const text of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-06-31',
      '2026-01-00',
      '0000-01-01',
    ])
      expect(() => DateScalar.parseValue(text)).toThrow(`Date must be a real calendar date, got "${text}"`);
  });
});

describe('pagination', () => {
  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    for (const bad of [0, -1, MAX_PAGE_SIZE + 1, 2.5]) {
      expect(() => pageSize(bad)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
  it('round-trips cursors and refuses forged ones', () => {
    const key = ['2026-11-20T09:00:00.000Z', '4f1c2a4e-8b7d-4c1e-9a55-2a8f1f0b9c11'];
    expect(decodeCursor(encodeCursor(key), ['timestamp', 'uuid'])).toEqual(key);
    expect(decodeCursor(null, ['text'])).toBeNull();
    expect(() => decodeCursor('not base64 json', ['text'])).toThrow(/cursor/);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'), ['text'])).toThrow(/cursor/);
    // Parts of the wrong kind never reach SQL (a text where a time belongs was a database error).
    for (const wrong of [['x', key[1]], [key[0], 'x'], [key[0]], [...key, 'extra'], [1, key[1]]]) {
      expect(() => decodeCursor(encodeCursor(wrong), ['timestamp', 'uuid'])).toThrow(/cursor/);
    }
    expect(() =>
      decodeCursor(encodeCursor(['2026-02-31T00:00:00Z', '1']), ['timestamp', 'bigint']),
    ).toThrow();
    expect(decodeCursor(encodeCursor(['2026-02-28T00:00:00Z', '1']), ['timestamp', 'bigint'])).toHaveLength(
      2,
    );
    expect(() =>
      decodeCursor(encodeCursor(['2026-01-01T00:00:00Z', '1e3']), ['timestamp', 'bigint']),
    ).toThrow();
  });
  it('tells from the extra row whether another page follows', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const page = toConnection(rows, 2, (r) => [r.n]);
    expect(page.edges.map((e) => e.node.n)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(toConnection(rows, 3, (r) => [r.n]).pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 3, () => []).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
