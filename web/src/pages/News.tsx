import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '../app/format';
import { graphql } from '../generated';
import { Empty, ErrorState, Loading } from '../ui/states';

const CompanyNews = graphql(`
  query CompanyNews {
    me {
      id
      company {
        id
        news(first: 30) {
          edges {
            node {
              id
              kind
              title
              body
              publishedAt
              worksFrom
              worksTo
            }
          }
        }
      }
    }
  }
`);

const KIND: Record<string, string> = {
  REPAIR_WORKS: 'Ремонтные работы',
  OUTAGE: 'Авария',
  PROMOTION: 'Акция',
  TARIFF_CHANGE: 'Изменение тарифов',
  COMPANY_NEWS: 'Новости компании',
};

/** News that concern the company: works and outages in its regions, tariff changes, offers. */
export function News() {
  const news = useQuery(CompanyNews);
  const items = news.data?.me.company?.news.edges;
  return (
    <>
      <h1>Новости</h1>
      {news.error && <ErrorState error={news.error} retry={() => news.refetch()} />}
      {news.loading && !items && <Loading />}
      {items?.length === 0 && <Empty>Новостей нет.</Empty>}
      {items?.map(({ node }) => (
        <article key={node.id} className="card">
          <h2>{node.title}</h2>
          <p className="muted">
            {KIND[node.kind] ?? node.kind} · {formatDateTime(node.publishedAt)}
            {node.worksFrom && node.worksTo
              ? ` · работы ${formatDateTime(node.worksFrom)} – ${formatDateTime(node.worksTo)}`
              : ''}
          </p>
          <p>{node.body}</p>
        </article>
      ))}
    </>
  );
}
