import type { Period } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

/** A customer company as its documents name it (billing's copy, from CompanyApproved and the demo seed). */
export interface CompanyRequisites {
  companyId: string;
  name: string;
  inn: string;
  kpp: string;
  legalAddress: string;
  contractNumber: string;
}

/** What a document is about: one personal account, or the whole contract (every account of the company). */
export interface DocumentSubject {
  company: CompanyRequisites;
  /** null: the whole contract. */
  accountId: string | null;
  accountNumber: string | null;
}

/** The account as documents name it: its number, or its id while billing has not learned the number. */
export const accountLabel = (subject: DocumentSubject) => subject.accountNumber ?? subject.accountId ?? '';

/** How a cell is written: money is minor units (bigint), a date an instant shown as its Moscow day. */
export type CellKind = 'text' | 'money' | 'date';
export type Cell = string | bigint | Date;

export interface Column {
  /** The column's name as the customer reads it (Russian); also the CSV header. */
  title: string;
  kind: CellKind;
  /** Share of the page width in the PDF. */
  width: number;
}

/**
 * A document's content, independent of its format: each type builds one, and the PDF, XLSX and CSV writers
 * each render any of them. Both parties' requisites are printed by the writers, not by the types.
 */
export interface DocumentContent {
  /** "Акт сверки взаимных расчётов". */
  title: string;
  /** Lines under the title: period, contract, account. */
  lines: string[];
  columns: Column[];
  rows: Cell[][];
  /** Label and value lines after the table (opening and closing balances, a payment purpose). */
  summary: [string, Cell][];
}

/** One type of document: where its content comes from. */
export interface DocumentSource {
  /** Why the type cannot be produced yet (its source is not built); absent when it can. */
  unavailable?: string;
  build(tx: EntityManager, subject: DocumentSubject, period: Period): Promise<DocumentContent>;
}
