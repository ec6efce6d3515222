import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../../app/format';
import { label, ORDER_STATUS } from '../../app/labels';
import { graphql } from '../../generated';
import type { OrderStatus } from '../../generated/graphql';
import { MoreButton } from '../../ui/MoreButton';
import { Options } from '../../ui/Options';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { useLiveOrders } from './useLiveOrders';

const CompanyOrders = graphql(`
  query CompanyOrders($filter: OrderFilter, $after: String) {
    me {
      id
      company {
        id
        orders(filter: $filter, first: 30, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              status
              createdAt
              updatedAt
              tariff {
                id
                name
              }
              account {
                id
                number
              }
            }
          }
        }
      }
    }
  }
`);

/** The company's orders, newest first, their statuses live. */
export function Orders() {
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const orders = useQuery(CompanyOrders, { variables: { filter: status ? { status: [status] } : null } });
  useLiveOrders();
  const list = orders.data?.me.company?.orders;
  return (
    <>
      <h1>Заявки</h1>
      <p>
        <Link href="/orders/new">Новая заявка</Link> · <Link href="/orders/freephone">Номер 8-800</Link> ·{' '}
        <Link href="/orders/storage">Облачное хранилище</Link>
      </p>
      <div className="filters">
        <label>
          Статус
          <select value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | '')}>
            <Options names={ORDER_STATUS} any="Любой" />
          </select>
        </label>
      </div>
      {orders.error && <ErrorState error={orders.error} retry={() => orders.refetch()} />}
      {orders.loading && !list && <Loading />}
      {list && list.edges.length === 0 && <Empty>Заявок нет.</Empty>}
      {list && list.edges.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Создана</th>
              <th scope="col">Тариф</th>
              <th scope="col">Счёт</th>
              <th scope="col">Статус</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link href={`/orders/${node.id}`}>{formatDateTime(node.createdAt)}</Link>
                </td>
                <td>{node.tariff.name}</td>
                <td>{node.account.number}</td>
                <td data-testid={`order-status-${node.id}`}>{label(ORDER_STATUS, node.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton pageInfo={list?.pageInfo} loading={orders.loading} fetchMore={orders.fetchMore} />
    </>
  );
}
