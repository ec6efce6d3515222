import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { type FormEvent, useEffect } from 'react';
import { Link, useParams } from 'wouter';
import { formatDateTime } from '../../app/format';
import { label, TICKET_CATEGORY, TICKET_STATUS } from '../../app/labels';
import { graphql } from '../../generated';
import { ErrorState, Loading } from '../../ui/states';
import { useAttachments } from './attachments';

const TicketPage = graphql(`
  query TicketPage($id: ID!) {
    ticket(id: $id) {
      id
      number
      subject
      description
      category
      status
      overdue
      responseDueAt
      createdAt
      attachments {
        id
        fileName
        downloadUrl
      }
      messages(first: 100) {
        edges {
          node {
            id
            body
            byStaff
            createdAt
            author {
              id
              fullName
            }
            attachments {
              id
              fileName
              downloadUrl
            }
          }
        }
      }
    }
  }
`);

const TicketChanged = graphql(`
  subscription TicketChanged($ticketId: ID) {
    ticketUpdated(ticketId: $ticketId) {
      sequence
      change
      status
    }
  }
`);

const Reply = graphql(`
  mutation Reply($input: AddTicketMessageInput!) {
    addTicketMessage(input: $input) {
      message {
        id
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkTicketRead($input: TicketIdInput!) {
    markTicketRead(input: $input) {
      ticket {
        id
        unreadCount
      }
    }
  }
`);

/** One appeal: the conversation (live), files both ways, and a reply. */
export function Ticket() {
  const { id = '' } = useParams<{ id: string }>();
  // Refetched on each live update: never merged into a request already in flight, which may have read the
  // conversation before the update.
  const page = useQuery(TicketPage, { variables: { id }, context: { queryDeduplication: false } });
  useSubscription(TicketChanged, { variables: { ticketId: id }, onData: () => void page.refetch() });
  const [reply, replying] = useMutation(Reply);
  const [markRead] = useMutation(MarkRead);
  const attachments = useAttachments();
  const ticket = page.data?.ticket;
  const ticketId = ticket?.id;
  const messageCount = ticket?.messages.edges.length ?? 0;
  // Opening the ticket, and every new message while it is open, marks the conversation read.
  useEffect(() => {
    if (ticketId && messageCount >= 0)
      void markRead({ variables: { input: { ticketId } } }).catch(() => undefined);
  }, [ticketId, messageCount, markRead]);

  if (page.loading && !ticket) return <Loading />;
  if (page.error && !ticket) return <ErrorState error={page.error} retry={() => page.refetch()} />;
  if (!ticket) return <ErrorState error={new Error('not found')} />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const attachmentIds = await attachments.upload(form);
    if (!attachmentIds) return;
    const sent = await reply({
      variables: { input: { ticketId: ticket.id, body: String(form.get('body')), attachmentIds } },
    }).catch(() => null);
    if (sent) {
      formElement.reset();
      void page.refetch();
    }
  };

  return (
    <>
      <p>
        <Link href="/support">← Обращения</Link>
      </p>
      <h1>
        {ticket.number}: {ticket.subject}
      </h1>
      <p>
        {label(TICKET_CATEGORY, ticket.category)} ·{' '}
        <span data-testid="ticket-status">{label(TICKET_STATUS, ticket.status)}</span>
        {ticket.responseDueAt && ` · ответ до ${formatDateTime(ticket.responseDueAt)}`}
        {ticket.overdue ? ' · просрочено' : ''}
      </p>
      <article className="message">
        <p>{ticket.description}</p>
        <Files files={ticket.attachments} />
      </article>
      <ol className="conversation" aria-label="Переписка">
        {ticket.messages.edges.map(({ node }) => (
          <li key={node.id} className={node.byStaff ? 'staff' : 'mine'}>
            <p className="muted">
              {node.byStaff ? `Поддержка, ${node.author.fullName}` : node.author.fullName} ·{' '}
              {formatDateTime(node.createdAt)}
            </p>
            <p>{node.body}</p>
            <Files files={node.attachments} />
          </li>
        ))}
      </ol>
      {!['CLOSED', 'REJECTED', 'CANCELLED'].includes(ticket.status) && (
        <form onSubmit={submit} className="stack">
          <label>
            Ваш ответ
            <textarea name="body" required maxLength={5000} />
          </label>
          <label>
            Файлы
            <input name="files" type="file" multiple />
          </label>
          {attachments.error && <p className="field-error">{attachments.error}</p>}
          {replying.error && <ErrorState error={replying.error} />}
          <button type="submit" disabled={replying.loading}>
            Отправить
          </button>
        </form>
      )}
    </>
  );
}

function Files({ files }: { files: { id: string; fileName: string; downloadUrl: string }[] }) {
  if (!files.length) return null;
  return (
    <ul className="files">
      {files.map((file) => (
        <li key={file.id}>
          <a href={file.downloadUrl}>{file.fileName}</a>
        </li>
      ))}
    </ul>
  );
}
