import { formatMoney } from '../app/format';
import { graphql } from '../generated';

/** An amount as every page asks for it: `...Amount` wherever a Money is shown. */
graphql(`
  fragment Amount on Money {
    amount
    currency
  }
`);

export const Money = ({ value }: { value: { amount: string; currency?: string } | null | undefined }) =>
  value ? (
    <span className={`money${value.amount.startsWith('-') ? ' negative' : ''}`}>
      {formatMoney(value.amount, value.currency)}
    </span>
  ) : null;
