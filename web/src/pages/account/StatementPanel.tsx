import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime, monthStart, today } from '../../app/format';
import { LEDGER_KIND, label } from '../../app/labels';
import { graphql } from '../../generated';
import type { StatementExportFormat } from '../../generated/graphql';
import { Money } from '../../ui/Money';
import { Empty, ErrorState, Loading } from '../../ui/states';

const AccountStatement = graphql(`
  query AccountStatement($id: ID!, $period: PeriodInput!, $after: String) {
    personalAccount(id: $id) {
      id
      statement(period: $period) {
        from
        to
        openingBalance {
          ...Amount
        }
        closingBalance {
          ...Amount
        }
        charges {
          ...Amount
        }
        payments {
          ...Amount
        }
        operations(first: 50, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              kind
              description
              occurredAt
              amount {
                ...Amount
              }
            }
          }
        }
      }
    }
  }
`);

const ExportStatement = graphql(`
  mutation ExportStatement($input: ExportStatementInput!) {
    exportStatement(input: $input) {
      url
      filename
    }
  }
`);

/** The statement for a period (this month by default), and its export to CSV or Excel. */
export function StatementPanel({ accountId }: { accountId: string }) {
  const [period, setPeriod] = useState({ from: monthStart(), to: today() });
  const statement = useQuery(AccountStatement, { variables: { id: accountId, period } });
  const [exportStatement, exporting] = useMutation(ExportStatement);
  const data = statement.data?.personalAccount?.statement;

  const download = async (format: StatementExportFormat) => {
    const { data: link } = await exportStatement({
      variables: { input: { accountId, period, format } },
    }).catch(() => ({ data: undefined }));
    if (link) window.location.assign(link.exportStatement.url);
  };

  return (
    <section aria-labelledby="statement-title">
      <h2 id="statement-title">Выписка</h2>
      <div className="filters">
        <label>
          С
          <input
            type="date"
            value={period.from}
            max={period.to}
            onChange={(e) => setPeriod({ ...period, from: e.target.value })}
          />
        </label>
        <label>
          По
          <input
            type="date"
            value={period.to}
            min={period.from}
            onChange={(e) => setPeriod({ ...period, to: e.target.value })}
          />
        </label>
        <button type="button" onClick={() => download('CSV')} disabled={exporting.loading}>
          Скачать CSV
        </button>
        <button type="button" onClick={() => download('XLSX')} disabled={exporting.loading}>
          Скачать Excel
        </button>
      </div>
      {exporting.error && <ErrorState error={exporting.error} />}
      {statement.error && <ErrorState error={statement.error} retry={() => statement.refetch()} />}
      {statement.loading && !data && <Loading />}
      {data && (
        <>
          <p>
            Входящий остаток <Money value={data.openingBalance} />, начислено <Money value={data.charges} />,
            оплачено <Money value={data.payments} />, исходящий остаток <Money value={data.closingBalance} />.
          </p>
          {data.operations.edges.length === 0 ? (
            <Empty>За этот период операций не было.</Empty>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Когда</th>
                  <th scope="col">Операция</th>
                  <th scope="col" className="num">
                    Сумма
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.operations.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>{formatDateTime(node.occurredAt)}</td>
                    <td>
                      {label(LEDGER_KIND, node.kind)}: {node.description}
                    </td>
                    <td className="num">
                      <Money value={node.amount} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
