import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { label, SERVICE_KIND } from '../../app/labels';
import { graphql } from '../../generated';
import type { Region, ServiceKind } from '../../generated/graphql';
import { AccountPicker } from '../../ui/AccountPicker';
import { Money } from '../../ui/Money';
import { Options } from '../../ui/Options';
import { ErrorState } from '../../ui/states';

const Offerings = graphql(`
  query Offerings($kind: ServiceKind!, $region: Region!) {
    tariffs(filter: { kind: $kind, region: $region }, first: 50) {
      edges {
        node {
          id
          name
          description
          monthlyFee(region: $region) {
            ...Amount
          }
          setupFee {
            ...Amount
          }
        }
      }
    }
  }
`);

const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order {
        id
        status
      }
    }
  }
`);

export const REGION: Record<Region, string> = {
  MOSCOW: 'Москва',
  SAINT_PETERSBURG: 'Санкт-Петербург',
  KAZAN: 'Казань',
  NOVOSIBIRSK: 'Новосибирск',
  YEKATERINBURG: 'Екатеринбург',
};

const ORDERABLE: ServiceKind[] = [
  'INTERNET',
  'TELEPHONY',
  'VIRTUAL_PBX',
  'VIDEO_SURVEILLANCE',
  'WEB_CONFERENCE',
];

/** Order a service: the account, the tariff on sale, where to connect it, and whom to call. */
export function NewOrder() {
  const [, navigate] = useLocation();
  const [kind, setKind] = useState<ServiceKind>('INTERNET');
  const [accountId, setAccountId] = useState('');
  const [tariffId, setTariffId] = useState('');
  const [region, setRegion] = useState<Region>('MOSCOW');
  const offerings = useQuery(Offerings, { variables: { kind, region } });
  const [place, placing] = useMutation(PlaceOrder);
  const tariffs = (offerings.data?.tariffs.edges ?? []).map((edge) => edge.node);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { data } = await place({
      variables: {
        input: {
          accountId,
          items: [{ tariffId, address: { region, line: String(form.get('address')) } }],
          contact: { name: String(form.get('contactName')), phone: String(form.get('contactPhone')) },
          comment: String(form.get('comment') ?? '') || null,
        },
      },
    }).catch(() => ({ data: undefined }));
    if (data) navigate(`/orders/${data.placeOrder.order.id}`);
  };

  return (
    <>
      <h1>Новая заявка</h1>
      <form onSubmit={submit} className="stack">
        <AccountPicker value={accountId} onChange={setAccountId} />
        <label>
          Услуга
          <select value={kind} onChange={(e) => setKind(e.target.value as ServiceKind)}>
            {ORDERABLE.map((value) => (
              <option key={value} value={value}>
                {label(SERVICE_KIND, value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Регион
          <select value={region} onChange={(e) => setRegion(e.target.value as Region)}>
            <Options names={REGION} />
          </select>
        </label>
        <fieldset>
          <legend>Тариф</legend>
          {offerings.error && <ErrorState error={offerings.error} retry={() => offerings.refetch()} />}
          {offerings.data && tariffs.length === 0 && (
            <p className="state empty">В этом регионе тарифов этой услуги нет.</p>
          )}
          {tariffs.map((tariff) => (
            <label key={tariff.id} className="check">
              <input
                type="radio"
                name="tariff"
                value={tariff.id}
                checked={tariffId === tariff.id}
                onChange={() => setTariffId(tariff.id)}
              />
              {tariff.name} — <Money value={tariff.monthlyFee} /> в месяц
              {tariff.setupFee.amount !== '0.00' && (
                <>
                  , подключение <Money value={tariff.setupFee} />
                </>
              )}
            </label>
          ))}
        </fieldset>
        <label>
          Адрес подключения
          <input name="address" required maxLength={300} placeholder="ул. Тверская, д. 1, офис 5" />
        </label>
        <label>
          Контактное лицо
          <input name="contactName" required maxLength={200} autoComplete="name" />
        </label>
        <label>
          Телефон
          <input name="contactPhone" required type="tel" placeholder="+79001234567" autoComplete="tel" />
        </label>
        <label>
          Комментарий
          <textarea name="comment" maxLength={1000} />
        </label>
        {placing.error && <ErrorState error={placing.error} />}
        <button type="submit" disabled={!accountId || !tariffId || placing.loading}>
          Отправить заявку
        </button>
      </form>
    </>
  );
}
