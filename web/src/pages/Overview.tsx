import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'wouter';
import { SERVICE_KIND } from '../app/labels';
import { graphql } from '../generated';
import type { PersonalAccountFilter, ServiceKind } from '../generated/graphql';
import { useLiveBalances } from '../live/useLiveBalances';
import { Money } from '../ui/Money';
import { MoreButton } from '../ui/MoreButton';
import { Options } from '../ui/Options';
import { Empty, ErrorState, Loading } from '../ui/states';
import { Expenses } from './Expenses';
import { GroupTree } from './GroupTree';

const PAGE = 50;

const CompanyOverview = graphql(`
  query CompanyOverview($filter: PersonalAccountFilter, $first: Int!, $after: String) {
    me {
      id
      company {
        id
        name
        balanceTotal {
          ...Amount
        }
        amountDue {
          ...Amount
        }
        accountGroups {
          id
          name
          parent {
            id
          }
          balanceTotal {
            ...Amount
          }
          amountDue {
            ...Amount
          }
        }
        personalAccounts(filter: $filter, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              number
              name
              status
              overdue
              balance {
                ...Amount
              }
              amountDue {
                ...Amount
              }
            }
          }
        }
      }
    }
  }
`);

/** The company at a glance: totals, the accounts (searchable, paged) with live balances, and the branch tree. */
export function Overview() {
  useLiveBalances();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<ServiceKind | ''>('');
  const [debtOnly, setDebtOnly] = useState(false);
  const filter: PersonalAccountFilter = {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(kind ? { serviceKind: kind } : {}),
    ...(debtOnly ? { hasDebt: true } : {}),
  };
  const overview = useQuery(CompanyOverview, { variables: { filter, first: PAGE } });
  const company = overview.data?.me.company;
  const accounts = company?.personalAccounts;

  return (
    <>
      <h1>{company?.name ?? 'Обзор'}</h1>
      {overview.error && <ErrorState error={overview.error} retry={() => overview.refetch()} />}
      {company && (
        <section className="totals" aria-label="Итоги">
          <div>
            <span>Баланс по всем счетам</span>
            <strong data-testid="balance-total">
              <Money value={company.balanceTotal} />
            </strong>
          </div>
          <div>
            <span>К оплате</span>
            <strong>
              <Money value={company.amountDue} />
            </strong>
          </div>
        </section>
      )}
      <Expenses />
      <section aria-labelledby="accounts-title">
        <h2 id="accounts-title">Лицевые счета{accounts ? ` (${accounts.totalCount})` : ''}</h2>
        <div className="filters">
          <label>
            Поиск
            <input
              type="search"
              value={search}
              placeholder="Номер, название или адрес"
              onChange={(e) => setSearch(e.target.value)}
              maxLength={100}
            />
          </label>
          <label>
            Услуга
            <select value={kind} onChange={(e) => setKind(e.target.value as ServiceKind | '')}>
              <Options names={SERVICE_KIND} any="Любая" />
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={debtOnly} onChange={(e) => setDebtOnly(e.target.checked)} />С
            задолженностью
          </label>
        </div>
        {overview.loading && !accounts && <Loading />}
        {accounts && accounts.edges.length === 0 && <Empty>Счетов по этим условиям нет.</Empty>}
        {accounts && accounts.edges.length > 0 && (
          <table className="accounts">
            <thead>
              <tr>
                <th scope="col">Счёт</th>
                <th scope="col">Название</th>
                <th scope="col" className="num">
                  Баланс
                </th>
                <th scope="col" className="num">
                  К оплате
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.edges.map(({ node }) => (
                <tr key={node.id} data-testid={`account-${node.number}`}>
                  <td>
                    <Link href={`/accounts/${node.id}`}>{node.number}</Link>
                  </td>
                  <td>{node.name}</td>
                  <td className="num" data-testid="account-balance">
                    <Money value={node.balance} />
                  </td>
                  <td className={`num${node.overdue ? ' overdue' : ''}`}>
                    <Money value={node.amountDue} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton pageInfo={accounts?.pageInfo} loading={overview.loading} fetchMore={overview.fetchMore} />
      </section>
      {company && company.accountGroups.length > 0 && (
        <section aria-labelledby="tree-title">
          <h2 id="tree-title">Филиалы</h2>
          <GroupTree groups={company.accountGroups} />
        </section>
      )}
    </>
  );
}
