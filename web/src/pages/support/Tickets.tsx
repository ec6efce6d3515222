import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatDateTime } from '../../app/format';
import { label, TICKET_CATEGORY, TICKET_STATUS } from '../../app/labels';
import { graphql } from '../../generated';
import type { TicketCategory } from '../../generated/graphql';
import { MoreButton } from '../../ui/MoreButton';
import { Options } from '../../ui/Options';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { useAttachments } from './attachments';

const CompanyTickets = graphql(`
  query CompanyTickets($after: String) {
    me {
      id
      company {
        id
        tickets(first: 30, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              number
              subject
              status
              category
              overdue
              unreadCount
              updatedAt
            }
          }
        }
      }
    }
  }
`);

const OpenTicket = graphql(`
  mutation OpenTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        id
        number
      }
    }
  }
`);

/** Appeals to support: the company's tickets, and a new one with files. */
export function Tickets() {
  const [, navigate] = useLocation();
  const tickets = useQuery(CompanyTickets);
  const [open, opening] = useMutation(OpenTicket);
  const [category, setCategory] = useState<TicketCategory>('TECHNICAL_PROBLEM');
  const attachments = useAttachments();
  const list = tickets.data?.me.company?.tickets;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const attachmentIds = await attachments.upload(form);
    if (!attachmentIds) return;
    const { data } = await open({
      variables: {
        input: {
          category,
          subject: String(form.get('subject')),
          description: String(form.get('description')),
          attachmentIds,
        },
      },
    }).catch(() => ({ data: undefined }));
    if (data) navigate(`/support/${data.createTicket.ticket.id}`);
  };

  return (
    <>
      <h1>Обращения</h1>
      <details>
        <summary>Новое обращение</summary>
        <form onSubmit={submit} className="stack">
          <label>
            Тема обращения
            <select value={category} onChange={(e) => setCategory(e.target.value as TicketCategory)}>
              <Options names={TICKET_CATEGORY} />
            </select>
          </label>
          <label>
            Кратко
            <input name="subject" required maxLength={200} />
          </label>
          <label>
            Описание
            <textarea name="description" required maxLength={5000} />
          </label>
          <label>
            Файлы (до 5, по 10 МБ)
            <input name="files" type="file" multiple />
          </label>
          {attachments.error && <p className="field-error">{attachments.error}</p>}
          {opening.error && <ErrorState error={opening.error} />}
          <button type="submit" disabled={opening.loading}>
            Отправить
          </button>
        </form>
      </details>
      {tickets.error && <ErrorState error={tickets.error} retry={() => tickets.refetch()} />}
      {tickets.loading && !list && <Loading />}
      {list && list.edges.length === 0 && <Empty>Обращений пока нет.</Empty>}
      <ul className="list">
        {list?.edges.map(({ node }) => (
          <li key={node.id}>
            <Link href={`/support/${node.id}`}>
              {node.number}: {node.subject}
            </Link>{' '}
            · {label(TICKET_CATEGORY, node.category)} · {label(TICKET_STATUS, node.status)}
            {node.overdue ? ' · просрочено' : ''} · {formatDateTime(node.updatedAt)}
            {node.unreadCount > 0 && <span className="badge">{node.unreadCount}</span>}
          </li>
        ))}
      </ul>
      <MoreButton pageInfo={list?.pageInfo} loading={tickets.loading} fetchMore={tickets.fetchMore} />
    </>
  );
}
