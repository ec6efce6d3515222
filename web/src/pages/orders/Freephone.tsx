import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { formatDateTime } from '../../app/format';
import { graphql } from '../../generated';
import type { FreephoneCategory } from '../../generated/graphql';
import { AccountPicker } from '../../ui/AccountPicker';
import { Money } from '../../ui/Money';
import { Options } from '../../ui/Options';
import { Empty, ErrorState } from '../../ui/states';

const FreeNumbers = graphql(`
  query FreeNumbers($filter: FreephoneNumberFilter) {
    availableFreephoneNumbers(filter: $filter, first: 24) {
      edges {
        node {
          number
          category
          monthlyPrice {
            ...Amount
          }
        }
      }
    }
  }
`);

const ReserveNumber = graphql(`
  mutation ReserveNumber($input: ReserveFreephoneNumberInput!) {
    reserveFreephoneNumber(input: $input) {
      reservedUntil
      number {
        number
      }
    }
  }
`);

const OrderNumber = graphql(`
  mutation OrderNumber($input: OrderFreephoneNumberInput!) {
    orderFreephoneNumber(input: $input) {
      service {
        id
        status
        account {
          id
        }
      }
    }
  }
`);

const CATEGORY: Record<FreephoneCategory, string> = {
  PLATINUM: 'Платиновый',
  GOLD: 'Золотой',
  SILVER: 'Серебряный',
  STANDARD: 'Обычный',
};

/** Pick an 8-800 number: search by digits and category, hold one, then connect it on an account. */
export function Freephone() {
  const [, navigate] = useLocation();
  const [pattern, setPattern] = useState('');
  const [category, setCategory] = useState<FreephoneCategory | ''>('');
  const [accountId, setAccountId] = useState('');
  const numbers = useQuery(FreeNumbers, {
    variables: { filter: { pattern: pattern.trim() || null, category: category || null } },
  });
  const [reserve, reserving] = useMutation(ReserveNumber);
  const [orderNumber, ordering] = useMutation(OrderNumber);
  const held = reserving.data?.reserveFreephoneNumber;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!held) return;
    const form = new FormData(event.currentTarget);
    const { data } = await orderNumber({
      variables: {
        input: {
          number: held.number.number,
          accountId,
          applicant: { fullName: String(form.get('fullName')), phone: String(form.get('phone')) },
        },
      },
    }).catch(() => ({ data: undefined }));
    if (data) navigate(`/accounts/${data.orderFreephoneNumber.service.account.id}`);
  };

  return (
    <>
      <h1>Номер 8-800</h1>
      <div className="filters">
        <label>
          Цифры в номере
          <input
            value={pattern}
            onChange={(e) => setPattern(e.target.value)}
            inputMode="numeric"
            maxLength={10}
          />
        </label>
        <label>
          Категория
          <select value={category} onChange={(e) => setCategory(e.target.value as FreephoneCategory | '')}>
            <Options names={CATEGORY} any="Любая" />
          </select>
        </label>
      </div>
      {numbers.error && <ErrorState error={numbers.error} />}
      {numbers.data?.availableFreephoneNumbers.edges.length === 0 && (
        <Empty>Свободных номеров не нашлось.</Empty>
      )}
      <ul className="numbers">
        {numbers.data?.availableFreephoneNumbers.edges.map(({ node }) => (
          <li key={node.number}>
            <button
              type="button"
              disabled={reserving.loading}
              onClick={() =>
                void reserve({ variables: { input: { number: node.number } } }).catch(() => undefined)
              }
            >
              {node.number}
            </button>{' '}
            {CATEGORY[node.category]}, <Money value={node.monthlyPrice} /> в месяц
          </li>
        ))}
      </ul>
      {reserving.error && <ErrorState error={reserving.error} />}
      {held && (
        <form onSubmit={submit} className="stack">
          <p>
            Номер {held.number.number} закреплён за вами до {formatDateTime(held.reservedUntil)}.
          </p>
          <AccountPicker value={accountId} onChange={setAccountId} />
          <label>
            ФИО заявителя
            <input name="fullName" required maxLength={200} />
          </label>
          <label>
            Телефон заявителя
            <input name="phone" type="tel" required placeholder="+79001234567" />
          </label>
          {ordering.error && <ErrorState error={ordering.error} />}
          <button type="submit" disabled={!accountId || ordering.loading}>
            Подключить номер
          </button>
        </form>
      )}
    </>
  );
}
