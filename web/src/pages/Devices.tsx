import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime } from '../app/format';
import { graphql } from '../generated';
import { ErrorState, Loading } from '../ui/states';

const MySessions = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      ip
      createdAt
      lastSeenAt
      current
    }
  }
`);

const EndSession = graphql(`
  mutation EndSession($id: ID!) {
    revokeSession(id: $id) {
      revoked
    }
  }
`);

/** Where the user is signed in; any other device can be signed out from here. */
export function Devices() {
  const sessions = useQuery(MySessions);
  const [end, ending] = useMutation(EndSession, { onCompleted: () => void sessions.refetch() });
  if (sessions.loading && !sessions.data) return <Loading />;
  return (
    <>
      <h1>Устройства</h1>
      {sessions.error && <ErrorState error={sessions.error} retry={() => sessions.refetch()} />}
      {ending.error && <ErrorState error={ending.error} />}
      <ul className="list">
        {sessions.data?.mySessions.map((session) => (
          <li key={session.id}>
            <strong>{session.userAgent ?? 'Неизвестное устройство'}</strong>
            {session.current && ' (это устройство)'}
            <p className="muted">
              {session.ip} · вход {formatDateTime(session.createdAt)} · активность{' '}
              {formatDateTime(session.lastSeenAt)}
            </p>
            {!session.current && (
              <button
                type="button"
                onClick={() => void end({ variables: { id: session.id } }).catch(() => undefined)}
              >
                Завершить сеанс
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
