import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { graphql } from '../../generated';
import { AccountPicker } from '../../ui/AccountPicker';
import { Money } from '../../ui/Money';
import { ErrorState } from '../../ui/states';

const StorageQuote = graphql(`
  query StorageQuote($quotaGb: Int!) {
    quoteCloudStorage(quotaGb: $quotaGb) {
      quotaGb
      monthlyPrice {
        ...Amount
      }
      lines {
        fromGb
        toGb
        gb
        pricePerGb {
          ...Amount
        }
        amount {
          ...Amount
        }
      }
    }
  }
`);

const OrderStorage = graphql(`
  mutation OrderStorage($input: OrderCloudStorageInput!) {
    orderCloudStorage(input: $input) {
      service {
        id
        account {
          id
        }
      }
    }
  }
`);

/** Cloud storage: the price of a quota, tier by tier, before ordering it on an account. */
export function Storage() {
  const [, navigate] = useLocation();
  const [quota, setQuota] = useState('100');
  const [accountId, setAccountId] = useState('');
  const quotaGb = Number.parseInt(quota, 10);
  const valid = Number.isInteger(quotaGb) && quotaGb > 0;
  const quote = useQuery(StorageQuote, { variables: { quotaGb }, skip: !valid });
  const [order, ordering] = useMutation(OrderStorage);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { data } = await order({
      variables: { input: { accountId, quotaGb, name: String(form.get('name')) } },
    }).catch(() => ({ data: undefined }));
    if (data) navigate(`/accounts/${data.orderCloudStorage.service.account.id}`);
  };

  return (
    <>
      <h1>Облачное хранилище</h1>
      <form onSubmit={submit} className="stack">
        <label>
          Объём, ГБ
          <input value={quota} onChange={(e) => setQuota(e.target.value)} inputMode="numeric" required />
        </label>
        {quote.error && <ErrorState error={quote.error} />}
        {quote.data && (
          <div>
            <p>
              Стоимость:{' '}
              <strong>
                <Money value={quote.data.quoteCloudStorage.monthlyPrice} />
              </strong>{' '}
              в месяц
            </p>
            <ul>
              {quote.data.quoteCloudStorage.lines.map((line) => (
                <li key={line.fromGb}>
                  {line.fromGb}–{line.toGb} ГБ: {line.gb} ГБ × <Money value={line.pricePerGb} /> ={' '}
                  <Money value={line.amount} />
                </li>
              ))}
            </ul>
          </div>
        )}
        <AccountPicker value={accountId} onChange={setAccountId} />
        <label>
          Название хранилища
          <input name="name" required maxLength={100} />
        </label>
        {ordering.error && <ErrorState error={ordering.error} />}
        <button type="submit" disabled={!valid || !accountId || ordering.loading}>
          Заказать
        </button>
      </form>
    </>
  );
}
