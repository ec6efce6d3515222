import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../generated';

const OrderMoved = graphql(`
  subscription OrderMoved {
    orderStatusChanged {
      sequence
      order {
        id
        status
        statusReason
        updatedAt
        visit {
          id
          startsAt
          endsAt
        }
        history {
          previousStatus
          status
          at
          actor
          reason
        }
      }
    }
  }
`);

/** Every order of the company on the page moves by itself: each status change lands in the cache by id. */
export function useLiveOrders(onMove?: () => void) {
  useSubscription(OrderMoved, { onData: () => onMove?.() });
}
