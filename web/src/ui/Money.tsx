import { formatMoney } from '../app/format';

export const Money = ({ value }: { value: { amount: string; currency?: string } | null | undefined }) =>
  value ? (
    <span className={`money${value.amount.startsWith('-') ? ' negative' : ''}`}>
      {formatMoney(value.amount, value.currency)}
    </span>
  ) : null;
