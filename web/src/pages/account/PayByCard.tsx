import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useIdempotencyKey } from '../../app/idempotency';
import { graphql } from '../../generated';
import { ErrorState } from '../../ui/states';

const StartCardPayment = graphql(`
  mutation StartCardPayment($input: CreatePaymentInput!) {
    createPayment(input: $input) {
      payment {
        id
        state
        paymentUrl
      }
    }
  }
`);

/** Amounts as the user types them: roubles with a comma or a dot, up to kopecks. */
const AMOUNT = /^\d{1,9}([.,]\d{1,2})?$/;

/**
 * Pay by card: the acquirer's page opens in a new tab; the balance on this page changes by itself once the
 * payment goes through (live), so the user never reloads.
 */
export function PayByCard({ accountId }: { accountId: string }) {
  const [amount, setAmount] = useState('');
  const [key, nextKey] = useIdempotencyKey();
  const [pay, paying] = useMutation(StartCardPayment);
  const [opened, setOpened] = useState<string | null>(null);
  const valid = AMOUNT.test(amount) && Number(amount.replace(',', '.')) > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const { data } = await pay({
      variables: {
        input: { accountId, amount: amount.replace(',', '.'), method: 'CARD', idempotencyKey: key },
      },
    }).catch(() => ({ data: undefined }));
    const url = data?.createPayment.payment.paymentUrl;
    if (!url) return;
    nextKey();
    setOpened(url);
    window.open(url, '_blank', 'noopener');
  };

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="pay-title">
      <h2 id="pay-title">Пополнить картой</h2>
      <label>
        Сумма, ₽
        <input
          name="amount"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value.trim())}
          aria-invalid={amount !== '' && !valid}
          placeholder="1 000"
        />
      </label>
      {amount !== '' && !valid && (
        <p className="field-error">Введите сумму в рублях, например 1500 или 99,90.</p>
      )}
      <button type="submit" disabled={!valid || paying.loading}>
        Оплатить
      </button>
      {paying.error && <ErrorState error={paying.error} />}
      {opened && (
        <p>
          Страница оплаты открыта в новой вкладке. <a href={opened}>Открыть ещё раз</a>
        </p>
      )}
    </form>
  );
}
