import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { formatDate, monthStart, today } from '../../app/format';
import { DOCUMENT_TYPE, label } from '../../app/labels';
import { graphql } from '../../generated';
import type { DocumentFormat, DocumentType } from '../../generated/graphql';
import { Options } from '../../ui/Options';
import { Empty, ErrorState } from '../../ui/states';

const AccountDocuments = graphql(`
  query AccountDocuments($id: ID!) {
    personalAccount(id: $id) {
      id
      documents(first: 20) {
        edges {
          node {
            id
            type
            format
            status
            downloadUrl
            period {
              from
              to
            }
          }
        }
      }
    }
  }
`);

const RequestDocument = graphql(`
  mutation RequestDocument($input: RequestDocumentInput!) {
    requestDocument(input: $input) {
      document {
        id
        status
      }
    }
  }
`);

const STATUS: Record<string, string> = {
  PENDING: 'Готовится',
  READY: 'Готов',
  SENT: 'Отправлен',
  FAILED: 'Ошибка',
};

/** Closing documents: request an invoice, act or detailed invoice for a period, and download what is ready. */
export function Documents({ accountId }: { accountId: string }) {
  const documents = useQuery(AccountDocuments, { variables: { id: accountId }, pollInterval: 0 });
  const [request, requesting] = useMutation(RequestDocument, { onCompleted: () => void documents.refetch() });
  const [type, setType] = useState<DocumentType>('ACT');
  const [format, setFormat] = useState<DocumentFormat>('PDF');
  const list = documents.data?.personalAccount?.documents.edges ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void request({
      variables: { input: { accountId, type, format, period: { from: monthStart(1), to: today() } } },
    }).catch(() => undefined);
  };

  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Документы</h2>
      <form className="filters" onSubmit={submit}>
        <label>
          Документ
          <select value={type} onChange={(e) => setType(e.target.value as DocumentType)}>
            <Options names={DOCUMENT_TYPE} />
          </select>
        </label>
        <label>
          Формат
          <select value={format} onChange={(e) => setFormat(e.target.value as DocumentFormat)}>
            <option value="PDF">PDF</option>
            <option value="XLSX">Excel</option>
            <option value="CSV">CSV</option>
          </select>
        </label>
        <button type="submit" disabled={requesting.loading}>
          Заказать за прошлый и текущий месяц
        </button>
      </form>
      {requesting.error && <ErrorState error={requesting.error} />}
      {documents.data && list.length === 0 && <Empty>Документов пока нет.</Empty>}
      <ul>
        {list.map(({ node }) => (
          <li key={node.id}>
            {label(DOCUMENT_TYPE, node.type)} за {formatDate(node.period.from)} – {formatDate(node.period.to)}
            , {node.format}: {STATUS[node.status] ?? node.status}
            {node.downloadUrl && (
              <>
                {' '}
                <a href={node.downloadUrl}>Скачать</a>
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => documents.refetch()}>
        Обновить список
      </button>
    </section>
  );
}
