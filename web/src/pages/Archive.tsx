import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatDateTime } from '../app/format';
import { graphql } from '../generated';
import { MoreButton } from '../ui/MoreButton';
import { Empty, ErrorState, Loading } from '../ui/states';

const ActionArchive = graphql(`
  query ActionArchive($after: String) {
    auditLog(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          target
          outcome
          ip
          actor {
            id
            fullName
          }
        }
      }
    }
  }
`);

const ActionArchiveCsv = graphql(`
  query ActionArchiveCsv {
    auditLogCsv
  }
`);

/** Who did what in the cabinet, newest first; the whole archive as CSV. */
export function Archive() {
  const client = useApolloClient();
  const archive = useQuery(ActionArchive);
  const log = archive.data?.auditLog;

  const downloadCsv = async () => {
    const { data } = await client.query({ query: ActionArchiveCsv, fetchPolicy: 'network-only' });
    if (!data) return;
    const url = URL.createObjectURL(new Blob([data.auditLogCsv], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'archive.csv' });
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <h1>Архив действий</h1>
      <button type="button" onClick={() => void downloadCsv()}>
        Скачать CSV
      </button>
      {archive.error && <ErrorState error={archive.error} retry={() => archive.refetch()} />}
      {archive.loading && !log && <Loading />}
      {log?.edges.length === 0 && <Empty>Действий пока не было.</Empty>}
      {log && log.edges.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Когда</th>
              <th scope="col">Кто</th>
              <th scope="col">Действие</th>
              <th scope="col">Результат</th>
            </tr>
          </thead>
          <tbody>
            {log.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{formatDateTime(node.at)}</td>
                <td>{node.actor?.fullName ?? '—'}</td>
                <td>
                  {node.action} <span className="muted">{node.target}</span>
                </td>
                <td>{node.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton pageInfo={log?.pageInfo} loading={archive.loading} fetchMore={archive.fetchMore} />
    </>
  );
}
