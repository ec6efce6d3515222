import { useQuery } from '@apollo/client/react';
import { Fragment, useDeferredValue, useState } from 'react';
import { graphql } from '../generated';
import { Empty, ErrorState } from '../ui/states';

const FaqSearch = graphql(`
  query FaqSearch($search: String) {
    faq(search: $search, first: 20) {
      edges {
        node {
          id
          question
          answer
          highlight
        }
      }
    }
  }
`);

/** The answer's matches come marked with `**`: shown as <mark>, never as HTML. */
function Highlighted({ text }: { text: string }) {
  return (
    <>
      {text.split('**').map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
        <Fragment key={i}>{i % 2 ? <mark>{part}</mark> : part}</Fragment>
      ))}
    </>
  );
}

/** Questions and answers, searched as the user types (Russian word forms match). */
export function Faq() {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const faq = useQuery(FaqSearch, { variables: { search: deferred || null } });
  const entries = faq.data?.faq.edges;
  return (
    <>
      <h1>Вопросы и ответы</h1>
      <label>
        Поиск
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} maxLength={200} />
      </label>
      {faq.error && <ErrorState error={faq.error} />}
      {entries?.length === 0 && <Empty>Ничего не нашлось. Напишите нам в обращении.</Empty>}
      {entries?.map(({ node }) => (
        // Found by a search, the answers show at once, matches marked.
        <details key={node.id} className="card" open={Boolean(deferred)}>
          <summary>{node.question}</summary>
          <p>{node.highlight ? <Highlighted text={node.highlight} /> : node.answer}</p>
        </details>
      ))}
    </>
  );
}
