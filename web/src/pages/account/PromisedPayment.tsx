import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime } from '../../app/format';
import { useIdempotencyKey } from '../../app/idempotency';
import { graphql } from '../../generated';
import { Money } from '../../ui/Money';
import { ErrorState } from '../../ui/states';

const PromisedPaymentOffer = graphql(`
  query PromisedPaymentOffer($id: ID!) {
    personalAccount(id: $id) {
      id
      promisedPayment {
        id
        state
        dueAt
        amount {
          ...Amount
        }
      }
      promisedPaymentOffer {
        available
        reason
        maxAmount {
          ...Amount
        }
      }
    }
  }
`);

const TakePromisedPayment = graphql(`
  mutation TakePromisedPayment($input: TakePromisedPaymentInput!) {
    takePromisedPayment(input: $input) {
      sequence
      balance {
        ...Amount
      }
      promisedPayment {
        id
        state
        dueAt
        amount {
          ...Amount
        }
      }
    }
  }
`);

/** The promised payment: money on credit for a few days, when the account qualifies. */
export function PromisedPayment({ accountId }: { accountId: string }) {
  const offer = useQuery(PromisedPaymentOffer, { variables: { id: accountId } });
  const [take, taking] = useMutation(TakePromisedPayment, { onCompleted: () => void offer.refetch() });
  const [key, nextKey] = useIdempotencyKey();
  const account = offer.data?.personalAccount;
  if (!account) return null;
  const current = account.promisedPayment;
  const { available, reason, maxAmount } = account.promisedPaymentOffer;
  return (
    <section className="panel" aria-labelledby="promised-title">
      <h2 id="promised-title">Обещанный платёж</h2>
      {current && current.state === 'OPEN' && (
        <p>
          Взят <Money value={current.amount} />, вернуть до {formatDateTime(current.dueAt)}.
        </p>
      )}
      {available ? (
        <button
          type="button"
          disabled={taking.loading}
          onClick={async () => {
            await take({
              variables: { input: { accountId, amount: maxAmount.amount, idempotencyKey: key } },
            }).catch(() => undefined);
            nextKey();
          }}
        >
          Взять <Money value={maxAmount} />
        </button>
      ) : (
        <p className="muted">{reason ?? 'Сейчас недоступен.'}</p>
      )}
      {taking.error && <ErrorState error={taking.error} />}
    </section>
  );
}
