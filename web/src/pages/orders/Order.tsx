import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { formatDateTime } from '../../app/format';
import { label, ORDER_STATUS } from '../../app/labels';
import { graphql } from '../../generated';
import { ErrorState, Loading } from '../../ui/states';
import { useLiveOrders } from './useLiveOrders';

const OrderPage = graphql(`
  query OrderPage($id: ID!) {
    order(id: $id) {
      ...OrderProgress
      createdAt
      contactName
      contactPhone
      comment
      account {
        id
        number
      }
      items {
        address
        quantity
        tariff {
          id
          name
        }
        options {
          id
          name
        }
      }
    }
  }
`);

const VisitSlots = graphql(`
  query VisitSlots($id: ID!) {
    availableVisitSlots(orderId: $id) {
      id
      startsAt
      endsAt
    }
  }
`);

const ChooseSlot = graphql(`
  mutation ChooseSlot($input: ChooseVisitSlotInput!) {
    chooseVisitSlot(input: $input) {
      order {
        id
        status
        visit {
          id
          startsAt
          endsAt
        }
      }
    }
  }
`);

const ConfirmExecution = graphql(`
  mutation ConfirmExecution($input: OrderIdInput!) {
    confirmOrderExecution(input: $input) {
      order {
        id
        status
      }
    }
  }
`);

const ReturnToWork = graphql(`
  mutation ReturnToWork($input: ReturnOrderToWorkInput!) {
    returnOrderToWork(input: $input) {
      order {
        id
        status
        statusReason
      }
    }
  }
`);

const ACTOR: Record<string, string> = { CUSTOMER: 'вы', STAFF: 'оператор', SYSTEM: 'система' };

/** One order: what is ordered, its history, the visit to book, and the work to accept or return. */
export function Order() {
  const { id = '' } = useParams<{ id: string }>();
  const page = useQuery(OrderPage, { variables: { id } });
  // Status and history move with the live events themselves (they land in the cache by the order's id); a
  // refetch racing them could bring an older status back.
  useLiveOrders();
  const scheduling = page.data?.order?.status === 'SCHEDULING' && !page.data.order.visit;
  const slots = useQuery(VisitSlots, { variables: { id }, skip: !scheduling, fetchPolicy: 'network-only' });
  const [choose, choosing] = useMutation(ChooseSlot);
  const [confirm, confirming] = useMutation(ConfirmExecution);
  const [giveBack, returning] = useMutation(ReturnToWork);
  const [reason, setReason] = useState('');
  const order = page.data?.order;
  if (page.loading && !order) return <Loading />;
  if (page.error && !order) return <ErrorState error={page.error} retry={() => page.refetch()} />;
  if (!order) return <ErrorState error={new Error('not found')} />;
  const error = choosing.error ?? confirming.error ?? returning.error;
  return (
    <>
      <p>
        <Link href="/orders">← Заявки</Link>
      </p>
      <h1>Заявка от {formatDateTime(order.createdAt)}</h1>
      <p>
        Статус: <strong data-testid="order-status">{label(ORDER_STATUS, order.status)}</strong>
        {order.statusReason ? ` — ${order.statusReason}` : ''}
      </p>
      <p>
        Лицевой счёт <Link href={`/accounts/${order.account.id}`}>{order.account.number}</Link>
      </p>
      <ul>
        {order.items.map((item) => (
          <li key={`${item.tariff.id}-${item.address}`}>
            {item.tariff.name}
            {item.options.length ? ` + ${item.options.map((o) => o.name).join(', ')}` : ''}, {item.address}
            {item.quantity > 1 ? ` × ${item.quantity}` : ''}
          </li>
        ))}
      </ul>
      {error && <ErrorState error={error} />}
      {order.visit && (
        <p>
          Визит техника: {formatDateTime(order.visit.startsAt)} – {formatDateTime(order.visit.endsAt)}
        </p>
      )}
      {scheduling && (
        <section aria-labelledby="slots-title">
          <h2 id="slots-title">Выберите время визита</h2>
          {slots.error && <ErrorState error={slots.error} retry={() => slots.refetch()} />}
          {slots.data?.availableVisitSlots.length === 0 && <p className="state empty">Свободных окон нет.</p>}
          <ul className="slots">
            {slots.data?.availableVisitSlots.slice(0, 12).map((slot) => (
              <li key={slot.id}>
                <button
                  type="button"
                  disabled={choosing.loading}
                  onClick={() =>
                    void choose({ variables: { input: { orderId: order.id, slotId: slot.id } } }).catch(
                      () => undefined,
                    )
                  }
                >
                  {formatDateTime(slot.startsAt)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {order.status === 'AWAITING_CONFIRMATION' && (
        <section aria-labelledby="accept-title">
          <h2 id="accept-title">Работы выполнены?</h2>
          <button
            type="button"
            disabled={confirming.loading}
            onClick={() =>
              void confirm({ variables: { input: { orderId: order.id } } }).catch(() => undefined)
            }
          >
            Подтвердить выполнение
          </button>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void giveBack({ variables: { input: { orderId: order.id, reason } } }).catch(() => undefined);
            }}
          >
            <label>
              Что не так
              <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} />
            </label>
            <button type="submit" disabled={!reason.trim() || returning.loading}>
              Вернуть в работу
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="history-title">
        <h2 id="history-title">История</h2>
        <ol className="history">
          {order.history.map((entry) => (
            <li key={`${entry.at}-${entry.status}`}>
              {formatDateTime(entry.at)}: {label(ORDER_STATUS, entry.status)} (
              {ACTOR[entry.actor] ?? entry.actor}){entry.reason ? ` — ${entry.reason}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
