import {
  BALANCE_CHANGED,
  EVENT_TYPES,
  isEventType,
  MalformedEvent,
  ORDER_STATUS_CHANGED,
  parseEvent,
} from '../src';

const accountId = '3f1c2a4e-8b7d-4c1e-9a55-2a8f1f0b9c11';
const balance = {
  accountId,
  entry: {
    id: '4f1c2a4e-8b7d-4c1e-9a55-2a8f1f0b9c11',
    kind: 'PAYMENT',
    amountMinor: '150000',
    currency: 'RUB',
    description: 'Оплата',
    occurredAt: '2026-11-30T12:00:00.000Z',
  },
  balanceMinor: '-2500',
};

describe('event contracts', () => {
  it('reads a payload that keeps its contract, extra fields included (a newer publisher may add some)', () => {
    expect(parseEvent(BALANCE_CHANGED, { ...balance, note: 'newer' })).toMatchObject(balance);
  });

  it('refuses a malformed payload, naming the event and each bad field', () => {
    const wrong = { ...balance, balanceMinor: 12.5, entry: { ...balance.entry, kind: 'GIFT' } };
    expect(() => parseEvent(BALANCE_CHANGED, wrong)).toThrow(MalformedEvent);
    expect(() => parseEvent(BALANCE_CHANGED, wrong)).toThrow(
      /^BalanceChanged payload is malformed: .*entry\.kind.*balanceMinor/,
    );
    expect(() => parseEvent(ORDER_STATUS_CHANGED, { orderId: 'x' })).toThrow(/orderId/);
  });

  it('knows every event type by name, and nothing else', () => {
    expect(EVENT_TYPES).toEqual(
      expect.arrayContaining(['CompanyApproved', 'BalanceChanged', 'OrderStatusChanged', 'AuditEvent']),
    );
    expect(EVENT_TYPES.every(isEventType)).toBe(true);
    expect(isEventType('toString')).toBe(false);
    expect(isEventType('Balancechanged')).toBe(false);
  });
});
