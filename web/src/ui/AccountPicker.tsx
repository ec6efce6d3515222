import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../generated';

const PickableAccounts = graphql(`
  query PickableAccounts($search: String) {
    me {
      id
      company {
        id
        personalAccounts(filter: { search: $search, status: ACTIVE }, first: 20) {
          edges {
            node {
              id
              number
              name
            }
          }
        }
      }
    }
  }
`);

/** Chooses a personal account by number or name: the first 20 matches, so it works for 5,000 accounts too. */
export function AccountPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const selectId = useId();
  const accounts = useQuery(PickableAccounts, { variables: { search: search.trim() || null } });
  const edges = accounts.data?.me.company?.personalAccounts.edges ?? [];
  return (
    <fieldset>
      <legend>Лицевой счёт</legend>
      <label>
        Найти счёт
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} maxLength={100} />
      </label>
      <label htmlFor={selectId}>Счёт</label>
      <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)} required>
        <option value="">Выберите</option>
        {edges.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.number} · {node.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
