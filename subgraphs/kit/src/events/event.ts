/** A domain event as stored in a subgraph's outbox. */
export interface OutboxEvent<P = Record<string, unknown>> {
  /** Position in this subgraph's outbox (commit order is not guaranteed; per-stream `seq` is). */
  id: string;
  /** The stream the event belongs to, e.g. `company:<id>`: the unit of ordering and of resuming. */
  stream: string;
  /** 1, 2, 3, … within the stream, without gaps. */
  seq: number;
  type: string;
  companyId: string | null;
  payload: P;
  createdAt: Date;
}

export interface EventRow {
  id: string;
  stream: string;
  seq: string | number;
  type: string;
  company_id: string | null;
  payload: Record<string, unknown>;
  created_at: string | Date;
}

export const fromRow = (row: EventRow): OutboxEvent => ({
  id: String(row.id),
  stream: row.stream,
  seq: Number(row.seq),
  type: row.type,
  companyId: row.company_id,
  payload: row.payload,
  createdAt: new Date(row.created_at),
});

export const channelOf = (schema: string) => `${schema}_events`;

/** The stream of one company's events: what its subscriptions read, in order, and resume from. */
export const companyStream = (companyId: string) => `company:${companyId}`;
