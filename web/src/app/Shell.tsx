import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { saveTokens } from '../auth/session';
import { graphql } from '../generated';
import type { Role } from '../generated/graphql';
import { ErrorState, Loading } from '../ui/states';
import { type LiveStatus, liveStatus, onLiveStatus } from './live';

const Viewer = graphql(`
  query Viewer {
    me {
      id
      login
      fullName
      role
      company {
        id
        name
      }
      unreadNotificationCount
    }
  }
`);

const NotificationArrived = graphql(`
  subscription NotificationArrived {
    notificationAdded {
      sequence
      notification {
        id
        title
        read
      }
    }
  }
`);

const SignOut = graphql(`
  mutation SignOut {
    logout {
      revoked
    }
  }
`);

const LIVE_TEXT: Record<LiveStatus, string> = {
  connecting: 'Подключаемся…',
  connected: 'Онлайн',
  reconnecting: 'Связь потеряна, переподключаемся…',
};

function LiveIndicator() {
  const [status, setStatus] = useState(liveStatus);
  useEffect(() => onLiveStatus(setStatus), []);
  return (
    <span className={`live live-${status}`} role="status" aria-live="polite" data-testid="live-status">
      {LIVE_TEXT[status]}
    </span>
  );
}

const NAV: { href: string; text: string; roles?: Role[] }[] = [
  { href: '/', text: 'Обзор' },
  { href: '/orders', text: 'Заявки' },
  { href: '/support', text: 'Обращения' },
  { href: '/news', text: 'Новости' },
  { href: '/faq', text: 'Вопросы и ответы' },
  { href: '/archive', text: 'Архив действий', roles: ['ADMIN'] },
  { href: '/users', text: 'Пользователи', roles: ['ADMIN'] },
  { href: '/devices', text: 'Устройства' },
];

/** The page frame: the company, navigation, the live connection, unread notifications and sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [, navigate] = useLocation();
  // Refetched on each notification: never merged into a request already in flight (it may predate it).
  const viewer = useQuery(Viewer, { context: { queryDeduplication: false } });
  useSubscription(NotificationArrived, { onData: () => void viewer.refetch() });
  const [signOut] = useMutation(SignOut);
  const [menuOpen, setMenuOpen] = useState(false);
  if (viewer.loading && !viewer.data) return <Loading />;
  if (viewer.error && !viewer.data) return <ErrorState error={viewer.error} retry={() => viewer.refetch()} />;
  const me = viewer.data?.me;
  const unread = me?.unreadNotificationCount ?? 0;
  return (
    <>
      <header className="top">
        <Link href="/" className="brand">
          {me?.company?.name ?? 'Кабинет'}
        </Link>
        <LiveIndicator />
        <Link href="/notifications" className="bell">
          Уведомления
          {unread > 0 && (
            <span className="badge" data-testid="unread-badge">
              {unread}
              <span className="sr-only"> непрочитанных</span>
            </span>
          )}
        </Link>
        <button type="button" className="menu-toggle" onClick={() => setMenuOpen(!menuOpen)}>
          Меню
        </button>
        <nav className={menuOpen ? 'open' : ''} aria-label="Разделы">
          {NAV.filter((item) => !item.roles || (me && item.roles.includes(me.role))).map((item) => (
            <Link key={item.href} href={item.href} onClick={() => setMenuOpen(false)}>
              {item.text}
            </Link>
          ))}
        </nav>
        <span className="who">{me?.fullName}</span>
        <button
          type="button"
          onClick={async () => {
            await signOut().catch(() => undefined);
            saveTokens(null);
            await client.clearStore();
            navigate('/', { replace: true });
          }}
        >
          Выйти
        </button>
      </header>
      <main>{children}</main>
    </>
  );
}
