import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../generated';

/** What moves when an order moves: the order page's status, visit and history, kept current by the events. */
graphql(`
  fragment OrderProgress on Order {
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
`);

const OrderMoved = graphql(`
  subscription OrderMoved {
    orderStatusChanged {
      sequence
      order {
        ...OrderProgress
      }
    }
  }
`);

/** Every order of the company on the page moves by itself: each status change lands in the cache by id. */
export function useLiveOrders(onMove?: () => void) {
  useSubscription(OrderMoved, { onData: () => onMove?.() });
}
