import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Link } from 'wouter';
import { formatDateTime } from '../app/format';
import { graphql } from '../generated';
import { MoreButton } from '../ui/MoreButton';
import { Empty, ErrorState, Loading } from '../ui/states';

const MyNotifications = graphql(`
  query MyNotifications($after: String) {
    me {
      id
      unreadNotificationCount
      notifications(first: 30, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            title
            body
            read
            createdAt
            orderId
            ticketId
            account {
              id
              number
            }
          }
        }
      }
    }
  }
`);

const NotificationsLive = graphql(`
  subscription NotificationsLive {
    notificationAdded {
      sequence
      notification {
        id
      }
    }
  }
`);

const MarkAllRead = graphql(`
  mutation MarkAllRead {
    markNotificationsRead(input: { all: true }) {
      unreadCount
    }
  }
`);

/** What the cabinet told the user: newest first, arriving live; read all at once. */
export function Notifications() {
  // Refetched on each arrival: never merged into a request already in flight (it may predate the arrival).
  const notifications = useQuery(MyNotifications, { context: { queryDeduplication: false } });
  useSubscription(NotificationsLive, { onData: () => void notifications.refetch() });
  const [markAll, marking] = useMutation(MarkAllRead, { onCompleted: () => void notifications.refetch() });
  const me = notifications.data?.me;
  return (
    <>
      <h1>Уведомления</h1>
      {me && me.unreadNotificationCount > 0 && (
        <button
          type="button"
          disabled={marking.loading}
          onClick={() => void markAll().catch(() => undefined)}
        >
          Отметить все прочитанными
        </button>
      )}
      {notifications.error && (
        <ErrorState error={notifications.error} retry={() => notifications.refetch()} />
      )}
      {notifications.loading && !me && <Loading />}
      {me && me.notifications.edges.length === 0 && <Empty>Уведомлений нет.</Empty>}
      <ul className="list notifications">
        {me?.notifications.edges.map(({ node }) => (
          <li key={node.id} className={node.read ? 'read' : 'unread'}>
            <strong>{node.title}</strong> <span className="muted">{formatDateTime(node.createdAt)}</span>
            <p>{node.body}</p>
            {node.orderId && <Link href={`/orders/${node.orderId}`}>К заявке</Link>}
            {node.ticketId && <Link href={`/support/${node.ticketId}`}>К обращению</Link>}
            {node.account && <Link href={`/accounts/${node.account.id}`}>Счёт {node.account.number}</Link>}
          </li>
        ))}
      </ul>
      <MoreButton
        pageInfo={me?.notifications.pageInfo}
        loading={notifications.loading}
        fetchMore={notifications.fetchMore}
      />
    </>
  );
}
