import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Route, Switch } from 'wouter';
import { SignIn } from '../auth/SignIn';
import { currentTokens, onTokens } from '../auth/session';
import { Account } from '../pages/Account';
import { Archive } from '../pages/Archive';
import { Devices } from '../pages/Devices';
import { Faq } from '../pages/Faq';
import { News } from '../pages/News';
import { Notifications } from '../pages/Notifications';
import { Overview } from '../pages/Overview';
import { Freephone } from '../pages/orders/Freephone';
import { NewOrder } from '../pages/orders/NewOrder';
import { Order } from '../pages/orders/Order';
import { Orders } from '../pages/orders/Orders';
import { Storage } from '../pages/orders/Storage';
import { Ticket } from '../pages/support/Ticket';
import { Tickets } from '../pages/support/Tickets';
import { Users } from '../pages/Users';
import { Empty } from '../ui/states';
import { createApolloClient } from './client';
import { createLiveClient, liveStatus, onLiveStatus } from './live';
import { Shell } from './Shell';

/**
 * Signed out: the sign-in page over a bare client. Signed in: the cabinet, over a client (and live connection)
 * of that session alone, so nothing one user saw is left in memory for the next.
 */
export function App() {
  const [signedIn, setSignedIn] = useState(() => currentTokens() !== null);
  useEffect(() => onTokens((tokens) => setSignedIn(tokens !== null)), []);
  const session = useMemo(() => {
    const live = createLiveClient();
    return { live, client: createApolloClient(live), signedIn };
  }, [signedIn]);
  // Back from a lost connection: what the page shows is read again. Subscriptions that saw an event resume
  // after it by themselves; the rest of the page may have missed changes no subscription carries.
  useEffect(() => {
    let last = liveStatus();
    return onLiveStatus((status) => {
      if (last === 'reconnecting' && status === 'connected')
        void session.client.refetchQueries({ include: 'active' });
      last = status;
    });
  }, [session]);
  // The previous session's client and connection end once the next one is in place (not in an effect's
  // cleanup, which StrictMode runs on a session still in use).
  const previous = useRef(session);
  useEffect(() => {
    if (previous.current === session) return;
    void previous.current.live.dispose();
    previous.current.client.stop();
    previous.current = session;
  }, [session]);

  return (
    <ApolloProvider client={session.client}>
      {session.signedIn ? (
        <Shell>
          <Switch>
            <Route path="/" component={Overview} />
            <Route path="/accounts/:id" component={Account} />
            <Route path="/orders" component={Orders} />
            <Route path="/orders/new" component={NewOrder} />
            <Route path="/orders/freephone" component={Freephone} />
            <Route path="/orders/storage" component={Storage} />
            <Route path="/orders/:id" component={Order} />
            <Route path="/support" component={Tickets} />
            <Route path="/support/:id" component={Ticket} />
            <Route path="/notifications" component={Notifications} />
            <Route path="/news" component={News} />
            <Route path="/faq" component={Faq} />
            <Route path="/archive" component={Archive} />
            <Route path="/users" component={Users} />
            <Route path="/devices" component={Devices} />
            <Route>
              <Empty>Такой страницы нет.</Empty>
            </Route>
          </Switch>
        </Shell>
      ) : (
        <SignIn />
      )}
    </ApolloProvider>
  );
}
