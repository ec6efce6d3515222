import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { formatDate, formatDateTime } from '../app/format';
import { label, SERVICE_KIND, SERVICE_STATUS } from '../app/labels';
import { graphql } from '../generated';
import { useLiveBalances } from '../live/useLiveBalances';
import { Money } from '../ui/Money';
import { ErrorState, Loading } from '../ui/states';
import { Documents } from './account/Documents';
import { PayByCard } from './account/PayByCard';
import { PromisedPayment } from './account/PromisedPayment';
import { ServiceActions } from './account/ServiceActions';
import { StatementPanel } from './account/StatementPanel';

const AccountPage = graphql(`
  query AccountPage($id: ID!) {
    personalAccount(id: $id) {
      id
      number
      name
      address
      status
      overdue
      dueDate
      balance {
        ...Amount
      }
      amountDue {
        ...Amount
      }
      creditLimit {
        ...Amount
      }
      lastPayment {
        id
        occurredAt
        amount {
          ...Amount
        }
      }
      services {
        id
        kind
        identifier
        status
        testPeriodEndsOn
        tariff {
          id
          name
        }
        plannedChanges {
          kind
          effectiveOn
          tariff {
            id
            name
          }
        }
        options {
          id
          name
          monthlyFee {
            ...Amount
          }
        }
        monthlyCost {
          ...Amount
        }
      }
    }
  }
`);

/** One personal account: its money, services, statement, payments and documents. */
export function Account() {
  const { id = '' } = useParams<{ id: string }>();
  useLiveBalances();
  const page = useQuery(AccountPage, { variables: { id } });
  const account = page.data?.personalAccount;
  if (page.loading && !account) return <Loading />;
  if (page.error && !account) return <ErrorState error={page.error} retry={() => page.refetch()} />;
  if (!account) return <ErrorState error={new Error('not found')} />;
  return (
    <>
      <p>
        <Link href="/">← Все счета</Link>
      </p>
      <h1>
        Лицевой счёт {account.number} · {account.name}
      </h1>
      {account.address && <p className="muted">{account.address}</p>}
      <section className="totals" aria-label="Деньги счёта">
        <div>
          <span>Баланс</span>
          <strong data-testid="account-balance">
            <Money value={account.balance} />
          </strong>
        </div>
        <div>
          <span>К оплате{account.dueDate ? ` до ${formatDate(account.dueDate)}` : ''}</span>
          <strong className={account.overdue ? 'overdue' : ''}>
            <Money value={account.amountDue} />
          </strong>
        </div>
        <div>
          <span>Кредитный лимит</span>
          <strong>
            <Money value={account.creditLimit} />
          </strong>
        </div>
        {account.lastPayment && (
          <div>
            <span>Последний платёж {formatDateTime(account.lastPayment.occurredAt)}</span>
            <strong>
              <Money value={account.lastPayment.amount} />
            </strong>
          </div>
        )}
      </section>
      <div className="panels">
        <PayByCard accountId={account.id} />
        <PromisedPayment accountId={account.id} />
      </div>
      <section aria-labelledby="services-title">
        <h2 id="services-title">Услуги</h2>
        {account.services.length === 0 && <p className="state empty">На счёте нет услуг.</p>}
        <ul className="cards">
          {account.services.map((service) => (
            <li key={service.id} className="card">
              <h3>
                {label(SERVICE_KIND, service.kind)}
                {service.identifier ? ` · ${service.identifier}` : ''}
              </h3>
              <p>
                Тариф «{service.tariff.name}» · {label(SERVICE_STATUS, service.status)} ·{' '}
                <Money value={service.monthlyCost} /> в месяц
              </p>
              {service.testPeriodEndsOn && <p>Тестовый период до {formatDate(service.testPeriodEndsOn)}</p>}
              {service.plannedChanges.map((change) => (
                <p key={`${change.kind}-${change.effectiveOn}`} className="planned">
                  С {formatDate(change.effectiveOn)}:{' '}
                  {change.kind === 'TARIFF'
                    ? `тариф «${change.tariff?.name ?? ''}»`
                    : change.kind === 'TERMINATE'
                      ? 'отключение'
                      : 'новый объём'}
                </p>
              ))}
              {service.options.length > 0 && (
                <p>Опции: {service.options.map((option) => option.name).join(', ')}</p>
              )}
              <ServiceActions service={service} />
            </li>
          ))}
        </ul>
      </section>
      <StatementPanel accountId={account.id} />
      <Documents accountId={account.id} />
    </>
  );
}
