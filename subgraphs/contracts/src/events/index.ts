import type { z } from 'zod';
import {
  ACCOUNT_GROUP_CREATED,
  ACCOUNT_GROUP_DELETED,
  ACCOUNT_GROUP_MOVED,
  ACCOUNTS_PLACED,
  accountGroupCreated,
  accountGroupDeleted,
  accountGroupMoved,
  accountsPlaced,
  PERSONAL_ACCOUNT_OPENED,
  PERSONAL_ACCOUNTS_MOVED,
  personalAccountOpened,
  personalAccountsMoved,
} from './account-tree';
import { ATTACHMENT_UPLOADED, attachmentUploaded } from './attachment-uploaded';
import { AUDIT_EVENT, auditEvent } from './audit-event';
import { BALANCE_CHANGED, balanceChanged } from './balance-changed';
import {
  BULK_ITEMS_SETTLED,
  BULK_OPERATION_CANCELLED,
  BULK_OPERATION_PROGRESSED,
  BULK_OPERATION_STARTED,
  bulkItemsSettled,
  bulkOperationCancelled,
  bulkOperationProgressed,
  bulkOperationStarted,
} from './bulk-operation';
import { COMPANY_APPROVED, companyApproved } from './company-approved';
import { CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED, creditLimitExceeded, creditRestored } from './credit-limit';
import { DOCUMENT_READY, documentReady } from './document-ready';
import { INVOICE_ISSUED, invoiceIssued } from './invoice-issued';
import { NEW_DEVICE_SIGNED_IN, newDeviceSignedIn } from './new-device-sign-in';
import { NOTIFICATION_ADDED, notificationAdded } from './notification-added';
import { NOTIFICATION_DELIVERY_REQUESTED, notificationDeliveryRequested } from './notification-delivery';
import { ORDER_PLACED, ORDER_STATUS_CHANGED, orderPlaced, orderStatusChanged } from './order-status-changed';
import { PAYMENT_FAILED, paymentFailed } from './payment-failed';
import { PAYMENT_SUCCEEDED, paymentSucceeded } from './payment-succeeded';
import { PROFILE_COMPLETED, profileCompleted } from './profile-completed';
import { PROMISED_PAYMENT_DUE, promisedPaymentDue } from './promised-payment-due';
import {
  SERVICE_ACTIVATED,
  SERVICE_RESUMED,
  SERVICE_SUSPENDED,
  SERVICE_TARIFF_CHANGED,
  SERVICE_TERMINATED,
  serviceActivated,
  serviceResumed,
  serviceSuspended,
  serviceTariffChanged,
  serviceTerminated,
} from './service-lifecycle';
import { TEST_PERIOD_ENDING, testPeriodEnding } from './test-period-ending';
import {
  TECHNICIAN_VISIT_BOOKED,
  TICKET_UPDATED,
  technicianVisitBooked,
  ticketUpdated,
} from './ticket-updated';

export * from './account-tree';
export * from './attachment-uploaded';
export * from './audit-event';
export * from './balance-changed';
export * from './bulk-operation';
export * from './company-approved';
export * from './credit-limit';
export * from './document-ready';
export * from './invoice-issued';
export * from './new-device-sign-in';
export * from './notification-added';
export * from './notification-delivery';
export * from './order-status-changed';
export * from './payment-failed';
export * from './payment-succeeded';
export * from './profile-completed';
export * from './promised-payment-due';
export * from './service-lifecycle';
export * from './test-period-ending';
export * from './ticket-updated';

/** Every event a subgraph may publish, by type, with the shape of its payload. A new event starts here. */
export const EVENT_PAYLOADS = {
  [COMPANY_APPROVED]: companyApproved,
  [PERSONAL_ACCOUNT_OPENED]: personalAccountOpened,
  [ACCOUNT_GROUP_CREATED]: accountGroupCreated,
  [ACCOUNT_GROUP_MOVED]: accountGroupMoved,
  [ACCOUNT_GROUP_DELETED]: accountGroupDeleted,
  [PERSONAL_ACCOUNTS_MOVED]: personalAccountsMoved,
  [ACCOUNTS_PLACED]: accountsPlaced,
  [BALANCE_CHANGED]: balanceChanged,
  [DOCUMENT_READY]: documentReady,
  [INVOICE_ISSUED]: invoiceIssued,
  [PROFILE_COMPLETED]: profileCompleted,
  [SERVICE_ACTIVATED]: serviceActivated,
  [SERVICE_TARIFF_CHANGED]: serviceTariffChanged,
  [SERVICE_SUSPENDED]: serviceSuspended,
  [SERVICE_RESUMED]: serviceResumed,
  [SERVICE_TERMINATED]: serviceTerminated,
  [TEST_PERIOD_ENDING]: testPeriodEnding,
  [ORDER_PLACED]: orderPlaced,
  [ORDER_STATUS_CHANGED]: orderStatusChanged,
  [AUDIT_EVENT]: auditEvent,
  [PAYMENT_SUCCEEDED]: paymentSucceeded,
  [PAYMENT_FAILED]: paymentFailed,
  [CREDIT_LIMIT_EXCEEDED]: creditLimitExceeded,
  [CREDIT_RESTORED]: creditRestored,
  [PROMISED_PAYMENT_DUE]: promisedPaymentDue,
  [BULK_OPERATION_STARTED]: bulkOperationStarted,
  [BULK_OPERATION_CANCELLED]: bulkOperationCancelled,
  [BULK_ITEMS_SETTLED]: bulkItemsSettled,
  [BULK_OPERATION_PROGRESSED]: bulkOperationProgressed,
  [TICKET_UPDATED]: ticketUpdated,
  [TECHNICIAN_VISIT_BOOKED]: technicianVisitBooked,
  [ATTACHMENT_UPLOADED]: attachmentUploaded,
  [NOTIFICATION_ADDED]: notificationAdded,
  [NEW_DEVICE_SIGNED_IN]: newDeviceSignedIn,
  [NOTIFICATION_DELIVERY_REQUESTED]: notificationDeliveryRequested,
} as const;

export type EventType = keyof typeof EVENT_PAYLOADS;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[T]>;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as EventType[];

export const isEventType = (type: string): type is EventType => Object.hasOwn(EVENT_PAYLOADS, type);

/** A malformed payload: which event, and what is wrong with it, field by field. */
export class MalformedEvent extends Error {
  override name = 'MalformedEvent';
}

/**
 * The payload of an event read from an outbox, checked against its contract: a consumer never acts on a
 * payload it misreads. Throws MalformedEvent naming the event and each bad field.
 */
export function parseEvent<T extends EventType>(type: T, payload: unknown): EventPayload<T> {
  const parsed = EVENT_PAYLOADS[type].safeParse(payload);
  if (parsed.success) return parsed.data as EventPayload<T>;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`,
  );
  throw new MalformedEvent(`${type} payload is malformed: ${problems.join('; ')}`);
}
