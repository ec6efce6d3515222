import type { PaymentMethod } from '@kabinet/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type { PaymentMethod };

/** PENDING → SUCCEEDED | DECLINED | EXPIRED; no other move (see `payments/state.ts`). */
export type PaymentState = 'PENDING' | 'SUCCEEDED' | 'DECLINED' | 'EXPIRED';

/**
 * A payment a company started on one of its personal accounts: by card through the acquirer, or by bank
 * transfer against a bank invoice. Only a SUCCEEDED payment has money on the ledger (`ledgerEntryId`).
 */
@Entity({ name: 'payments' })
export class Payment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('text')
  method: PaymentMethod;

  @Column('text')
  state: PaymentState;

  /** Positive minor units (kopecks). */
  @Column('bigint', { name: 'amount_minor' })
  amountMinor: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  /** The user who started it (null when billing itself did, e.g. an auto top-up). */
  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  /** The acquirer's own id of the payment (CARD). */
  @Column('text', { name: 'acquirer_reference', nullable: true })
  acquirerReference: string | null;

  /** Where the payer enters the card (CARD, while PENDING). */
  @Column('text', { name: 'payment_url', nullable: true })
  paymentUrl: string | null;

  /** The acquirer waits for the payer's confirmation code (3-D Secure): `confirmPayment`. */
  @Column('boolean', { name: 'needs_confirmation' })
  needsConfirmation: boolean;

  /** The card as a receipt prints it, e.g. "**** 4242". */
  @Column('text', { name: 'card_mask', nullable: true })
  cardMask: string | null;

  /** The acquirer's token of the card, to charge it again without the payer (auto top-up). */
  @Column('text', { name: 'card_token', nullable: true })
  cardToken: string | null;

  /** The bank invoice's number (INVOICE), e.g. "СЧ-2026-000123": a registry line naming it settles the payment. */
  /** The monthly invoice the payment is for, when the payer named one. */
  @Column('uuid', { name: 'invoice_id', nullable: true })
  invoiceId: string | null;

  @Column('text', { name: 'invoice_number', nullable: true })
  invoiceNumber: string | null;

  /** The receipt's number, given when a card payment succeeds. */
  @Column('text', { name: 'receipt_number', nullable: true })
  receiptNumber: string | null;

  @Column('uuid', { name: 'ledger_entry_id', nullable: true })
  ledgerEntryId: string | null;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  /** A PENDING card payment expires unpaid at this time. */
  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
