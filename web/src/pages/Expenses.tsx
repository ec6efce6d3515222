import { useQuery } from '@apollo/client/react';
import { formatMonth, monthStart, today } from '../app/format';
import { label, SERVICE_KIND } from '../app/labels';
import { graphql } from '../generated';
import { BarChart } from '../ui/BarChart';
import { Empty, ErrorState } from '../ui/states';

const CompanyExpenses = graphql(`
  query CompanyExpenses($period: PeriodInput!) {
    me {
      id
      company {
        id
        byKind: expenses(period: $period, groupBy: SERVICE_KIND) {
          key
          serviceKind
          amount {
            ...Amount
          }
        }
        byMonth: expenses(period: $period, groupBy: MONTH) {
          key
          month
          amount {
            ...Amount
          }
        }
      }
    }
  }
`);

/** What the company spent over the last six months: by kind of service, and month by month. */
export function Expenses() {
  const period = { from: monthStart(5), to: today() };
  const expenses = useQuery(CompanyExpenses, { variables: { period } });
  const company = expenses.data?.me.company;
  if (expenses.error) return <ErrorState error={expenses.error} retry={() => expenses.refetch()} />;
  if (!company) return null;
  return (
    <section aria-labelledby="expenses-title">
      <h2 id="expenses-title">Расходы за полгода</h2>
      {company.byKind.length === 0 ? (
        <Empty>Расходов за это время не было.</Empty>
      ) : (
        <div className="charts">
          <BarChart
            title="По видам услуг"
            bars={company.byKind.map((b) => ({
              key: b.key,
              label: label(SERVICE_KIND, b.serviceKind),
              amount: b.amount.amount,
            }))}
          />
          <BarChart
            title="По месяцам"
            bars={company.byMonth.map((b) => ({
              key: b.key,
              label: b.month ? formatMonth(b.month) : b.key,
              amount: b.amount.amount,
            }))}
          />
        </div>
      )}
    </section>
  );
}
