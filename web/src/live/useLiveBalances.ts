import { useSubscription } from '@apollo/client/react';
import { graphql } from '../generated';

const BalanceMoved = graphql(`
  subscription BalanceMoved {
    balanceChanged(companyWide: true) {
      sequence
      account {
        id
        balance {
          ...Amount
        }
        amountDue {
          ...Amount
        }
        company {
          id
          balanceTotal {
            ...Amount
          }
          amountDue {
            ...Amount
          }
        }
      }
    }
  }
`);

/**
 * Keeps every balance on the page live: each change of the company's accounts lands in the cache (the account's
 * balance and the company's totals, normalized by id), so whatever shows them re-renders. The live link resumes
 * after the last event's sequence, so a dropped connection misses nothing.
 */
export function useLiveBalances() {
  useSubscription(BalanceMoved);
}
