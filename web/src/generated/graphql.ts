/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A message to a ticket. */
export type AddTicketMessageInput = {
  /** Files uploaded with createAttachmentUpload, at most 5. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 1 to 5000 characters. */
  body: string;
  /** Staff only: a note the customer never sees (default false). */
  internal?: boolean | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

/** An address for an order line. */
export type AddressInput = {
  /** Street, building, office: 1 to 500 characters. */
  line: string;
  /** The region: the tariff must be sold there. */
  region: Region;
};

/** When a tariff change takes effect. */
export type ChangeEffective =
  /** From the first day of the next month (Moscow); planned, shown in plannedChanges. */
  | 'NEXT_PERIOD'
  /** At once. */
  | 'NOW';

/** A new password, proven by the current one (signed in) or by a PASSWORD_CHANGE_REQUIRED challenge. */
export type ChangePasswordInput = {
  /** From login, when it answered PASSWORD_CHANGE_REQUIRED. */
  challengeId?: string | number | null | undefined;
  /** The password now, when signed in (at most 128 characters). */
  currentPassword?: string | null | undefined;
  /** 10 to 128 characters, not the login, not a common password. */
  newPassword: string;
};

/** A new tariff for a connected service. */
export type ChangeTariffInput = {
  /** When (default NOW). */
  effective?: ChangeEffective | null | undefined;
  /** The connected service. */
  serviceId: string | number;
  /** A tariff on sale, of the same kind as the service's. */
  tariffId: string | number;
};

/** A visit window for an order. */
export type ChooseVisitSlotInput = {
  /** The order, in SCHEDULING. */
  orderId: string | number;
  /** A window from availableVisitSlots. */
  slotId: string | number;
};

/** A file to attach to a ticket message. */
export type CreateAttachmentUploadInput = {
  /** The file's name as the download will save it, 1 to 255 characters, no folders. */
  fileName: string;
};

/** A payment to start. */
export type CreatePaymentInput = {
  /** The personal account to pay into; or name invoiceId instead. */
  accountId?: string | number | null | undefined;
  /** Positive amount, at most two decimals, e.g. "1500.00". */
  amount: string;
  /** 8 to 128 characters unique to this request: repeating it with the same input returns the first payment, with another input fails. */
  idempotencyKey: string;
  /** A monthly invoice to pay (its account is paid into); or name accountId instead. NOT_FOUND when the caller may not see it; BAD_USER_INPUT when nothing is owed on it. */
  invoiceId?: string | number | null | undefined;
  /** By card or by bank invoice. */
  method: PaymentMethod;
};

/** A new ticket. */
export type CreateTicketInput = {
  /** The personal account it concerns. */
  accountId?: string | number | null | undefined;
  /** Files uploaded with createAttachmentUpload, at most 5. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** What it is about. */
  category: TicketCategory;
  /** Staff only: the company it is for. */
  companyId?: string | number | null | undefined;
  /** 1 to 5000 characters. */
  description: string;
  /** The order it concerns (its account is the ticket's). */
  orderId?: string | number | null | undefined;
  /** The connected service it concerns (its account is the ticket's). */
  serviceId?: string | number | null | undefined;
  /** 1 to 200 characters. */
  subject: string;
};

/** How a generated password reaches a new user. */
export type CredentialDelivery =
  /** To the user's e-mail. */
  | 'EMAIL'
  /** By SMS to the user's phone. */
  | 'SMS';

/** Currencies accounts are kept in. */
export type Currency =
  /** Russian rouble. */
  | 'RUB';

/** A document's file format. */
export type DocumentFormat =
  /** CSV (UTF-8): Russian column names, amounts with two decimals, dates as YYYY-MM-DD (Moscow). */
  | 'CSV'
  /** PDF with both parties' requisites. */
  | 'PDF'
  /** An Excel workbook: amounts as numbers, dates as dates (Moscow). */
  | 'XLSX';

/** Where a document is: produced asynchronously after it is requested. */
export type DocumentStatus =
  /** Could not be produced; request it again. */
  | 'FAILED'
  /** Requested; being produced. */
  | 'PENDING'
  /** Produced and signed; downloadable. */
  | 'READY'
  /** Produced, signed, and e-mailed with its download link. */
  | 'SENT';

/** What kind of document to produce. */
export type DocumentType =
  /** Акт оказанных услуг: the services of the months the period touches, as the billing run charged them. */
  | 'ACT'
  /** Детализация: every call and traffic record the billing run charged, within the days of the period. */
  | 'DETAILED_INVOICE'
  /** Счёт на оплату: the invoices the monthly billing run issued for the months the period touches. */
  | 'INVOICE'
  /** Реквизиты для оплаты: the operator's bank details and the payment purpose naming the account or contract. */
  | 'PAYMENT_DETAILS'
  /** Квитанции: the receipts of the card payments that succeeded in the period. */
  | 'RECEIPT'
  /** Акт сверки: opening balance, every operation of the period, closing balance, from the ledger. */
  | 'RECONCILIATION_ACT';

/** A statement to export. */
export type ExportStatementInput = {
  /** The personal account. */
  accountId: string | number;
  /** The file format. */
  format: StatementExportFormat;
  /** The days to cover, at most three years. */
  period: PeriodInput;
};

/** Who applies for an 8-800 number. */
export type FreephoneApplicantInput = {
  /** Full name, 1 to 200 characters. */
  fullName: string;
  /** Phone, international format (+79001234567, at most 15 digits); the test period reminder goes here. */
  phone: string;
};

/** How beautiful a number is: the category sets its monthly price on top of the tariff. */
export type FreephoneCategory =
  /** Mirrored, or four repeated digits at the end. */
  | 'GOLD'
  /** At most two distinct digits, e.g. 8-800-777-77-77. */
  | 'PLATINUM'
  /** Three repeated digits, or a run of four, at the end. */
  | 'SILVER'
  /** Any other. */
  | 'STANDARD';

/** Which numbers to list. */
export type FreephoneNumberFilter = {
  /** Only of this category. */
  category?: FreephoneCategory | null | undefined;
  /** Digits the number contains, e.g. "777" (1 to 7 digits). */
  pattern?: string | null | undefined;
};

/** A new user of a company. */
export type InviteUserInput = {
  /**
   * ACCOUNTANT or VIEWER only: the personal accounts they may see. With `groupIds`, 1 to 100 entries in all,
   * each of the company; omit both for every account.
   */
  accountIds?: Array<string | number> | null | undefined;
  /** Staff only: the company to add the user to. */
  companyId?: string | number | null | undefined;
  /** Where the generated password goes; it must be changed at first sign-in. */
  delivery: CredentialDelivery;
  /** E-mail, at most 254 characters; needed for EMAIL delivery. */
  email?: string | null | undefined;
  /** Full name, 1 to 200 characters, no characters that change the direction of text (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). */
  fullName: string;
  /** ACCOUNTANT or VIEWER only: the groups of accounts they may see, with every account below them. */
  groupIds?: Array<string | number> | null | undefined;
  /** 3 to 64 letters, digits, dots, dashes or underscores; unique. */
  login: string;
  /** Mobile phone, international format (+79001234567, at most 15 digits); needed for SMS delivery and SMS sign-in. */
  phone?: string | null | undefined;
  /** ADMIN, ACCOUNTANT or VIEWER. */
  role: Role;
};

/** What moved money on an account. */
export type LedgerEntryKind =
  /** Money charged for services. */
  | 'CHARGE'
  /** An adjustment in the customer's favour. */
  | 'CREDIT'
  /** Money paid in by the customer. */
  | 'PAYMENT'
  /** Service credit granted until a payment arrives. */
  | 'PROMISED_PAYMENT'
  /** Money paid back to the customer out of the balance. */
  | 'REFUND';

/** Credentials to sign in with. */
export type LoginInput = {
  /** Login, case-insensitive, at most 64 characters. */
  login: string;
  /** Password, at most 128 characters. */
  password: string;
};

/** What a sign-in step led to. */
export type LoginStatus =
  /** The password was generated for the user: choose a new one with changePassword(challengeId) first. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** Signed in: the tokens are in the payload. */
  | 'SIGNED_IN'
  /** An SMS code was sent: finish with verifyLoginCode(challengeId, code). */
  | 'SMS_CODE_REQUIRED';

/** What kind of news. */
export type NewsKind =
  /** News of the operator. */
  | 'COMPANY_NEWS'
  /** An outage. */
  | 'OUTAGE'
  /** A promotion. */
  | 'PROMOTION'
  /** Planned repair works on the network. */
  | 'REPAIR_WORKS'
  /** A change of tariffs. */
  | 'TARIFF_CHANGE';

/** What a notification is about. */
export type NotificationKind =
  /** A balance went past the credit limit: services suspended. */
  | 'CREDIT_LIMIT'
  /** A requested document is ready. */
  | 'DOCUMENT_READY'
  /** A balance fell below 1,000 ₽. */
  | 'LOW_BALANCE'
  /** A sign-in as the user from a device they never used. */
  | 'NEW_DEVICE'
  /** An order moved. */
  | 'ORDER_STATUS'
  /** A payment failed. */
  | 'PAYMENT_FAILED'
  /** A payment was credited. */
  | 'PAYMENT_SUCCEEDED'
  /** Repair works or an outage where the company has services. */
  | 'REPAIR_WORKS'
  /** An 8-800 number's free test period ends tomorrow: choose a tariff or lose the number. */
  | 'TEST_PERIOD_ENDING'
  /** Support answered a ticket. */
  | 'TICKET_REPLY';

/** Who moved an order. */
export type OrderActor =
  /** The customer, in the cabinet. */
  | 'CUSTOMER'
  /** Operator staff. */
  | 'STAFF'
  /** The system itself (e.g. confirmation after 3 days). */
  | 'SYSTEM';

/** Cloud storage to connect. */
export type OrderCloudStorageInput = {
  /** The personal account. */
  accountId: string | number;
  /** Its name, 1 to 200 characters. */
  name: string;
  /** Whole GB within the plan's range. */
  quotaGb: number;
};

/** Who to call about an order. */
export type OrderContactInput = {
  /** Name, 1 to 200 characters. */
  name: string;
  /** Phone, international format (+79001234567, at most 15 digits). */
  phone: string;
};

/** Which of a company's orders to list. */
export type OrderFilter = {
  /** Only orders on this personal account. */
  accountId?: string | number | null | undefined;
  /** Only orders in these statuses. */
  status?: Array<OrderStatus> | null | undefined;
};

/** A reserved number to connect. */
export type OrderFreephoneNumberInput = {
  /** The personal account to connect it on. */
  accountId: string | number;
  /** Who applies for it. */
  applicant: FreephoneApplicantInput;
  /** The number the company reserved: 11 digits from 8800. */
  number: string;
};

/** An order. */
export type OrderIdInput = {
  /** The order. */
  orderId: string | number;
};

/** One line of an order. */
export type OrderItemInput = {
  /** Where to connect it. */
  address: AddressInput;
  /** Options the tariff allows, none twice, none of one exclusive group together. */
  options?: Array<string | number> | null | undefined;
  /** How many services, 1 to 100 (default 1). */
  quantity?: number | null | undefined;
  /** A tariff on sale, sold in the address's region. */
  tariffId: string | number;
};

/** Where an order is in its workflow (after TMF622 product order states, with the cabinet's steps). */
export type OrderStatus =
  /** Received; staff check it next. */
  | 'ACKNOWLEDGED'
  /** Done by the technician: waiting for the customer to confirm or return it (3 days, then confirmed by itself). */
  | 'AWAITING_CONFIRMATION'
  /** Cancelled before work started. */
  | 'CANCELLED'
  /** Confirmed: the services are connected. */
  | 'COMPLETED'
  /** Staff check it can be carried out at the address. */
  | 'FEASIBILITY_CHECK'
  /** Being carried out. */
  | 'IN_PROGRESS'
  /** Cannot be carried out (see the reason). */
  | 'REJECTED'
  /** Feasible: the customer books a technician visit. */
  | 'SCHEDULING';

/** How a payment is made. */
export type PaymentMethod =
  /** By bank card, on the acquirer's payment page (`Payment.paymentUrl`). */
  | 'CARD'
  /** By bank transfer against a bank invoice (`Payment.bankInvoice`); settled when the bank's registry names its number. */
  | 'INVOICE';

/** Where a payment is: PENDING, then once and for good SUCCEEDED, DECLINED or EXPIRED. */
export type PaymentState =
  /** The acquirer or the card's bank refused it. */
  | 'DECLINED'
  /** Not paid in time (card payments: 30 minutes). */
  | 'EXPIRED'
  /** Started, no money yet. */
  | 'PENDING'
  /** The money is on the account's balance. */
  | 'SUCCEEDED';

/**
 * A span of calendar days in Moscow time, both ends included: from the start of `from` to the end of `to`. At
 * most three years; `from` must not be after `to`.
 */
export type PeriodInput = {
  /** First day. */
  from: string;
  /** Last day. */
  to: string;
};

/** Which personal accounts to list. */
export type PersonalAccountFilter = {
  /** Only in this group or below it. */
  groupId?: string | number | null | undefined;
  /** Only those with a negative balance (true), or without (false). */
  hasDebt?: boolean | null | undefined;
  /** A fragment of the number, label or address, at most 100 characters; case and ё/е do not matter. */
  search?: string | null | undefined;
  /** Only those with a service of this kind (not terminated). */
  serviceKind?: ServiceKind | null | undefined;
  /** Only in this status. */
  status?: PersonalAccountStatus | null | undefined;
};

/** Lifecycle of a personal account. */
export type PersonalAccountStatus =
  /** Services are provided. */
  | 'ACTIVE'
  /** The account is closed; its history stays readable. */
  | 'CLOSED'
  /** Services are paused (e.g. debt or the customer's request). */
  | 'SUSPENDED';

/** An order to place. */
export type PlaceOrderInput = {
  /** The personal account to connect on. */
  accountId: string | number;
  /** Anything the technician should know, at most 2000 characters. */
  comment?: string | null | undefined;
  /** Who to call. */
  contact: OrderContactInput;
  /** What: 1 to 20 lines. */
  items: Array<OrderItemInput>;
};

/** What a planned change does. */
export type PlannedChangeKind =
  /** Sets a smaller storage quota. */
  | 'QUOTA'
  /** Moves to another tariff. */
  | 'TARIFF'
  /** Disconnects the service. */
  | 'TERMINATE';

/** Where a promised payment stands. */
export type PromisedPaymentState =
  /** Credited and not yet repaid; due back by `dueAt`. */
  | 'OPEN'
  /** Covered by payments posted after it was taken. */
  | 'REPAID'
  /** Not repaid by `dueAt`: taken back off the balance by a reversing entry. */
  | 'REVERSED';

/** A region the operator serves. */
export type Region =
  /** Kazan. */
  | 'KAZAN'
  /** Moscow and its region. */
  | 'MOSCOW'
  /** Novosibirsk. */
  | 'NOVOSIBIRSK'
  /** Saint Petersburg and Leningrad region. */
  | 'SAINT_PETERSBURG'
  /** Yekaterinburg. */
  | 'YEKATERINBURG';

/**
 * A document to produce. Name either `accountId` or `contractNumber` (a whole contract: every account; not for
 * users limited to some accounts).
 */
export type RequestDocumentInput = {
  /** The personal account the document is about. */
  accountId?: string | number | null | undefined;
  /** The contract the document is about (all its accounts); at most 50 characters. */
  contractNumber?: string | null | undefined;
  /** Also e-mail the download link (valid 7 days) to this address, at most 254 characters; the document is then SENT. */
  email?: string | null | undefined;
  /** The file format. */
  format: DocumentFormat;
  /** The days to cover, at most three years. */
  period: PeriodInput;
  /** What to produce. */
  type: DocumentType;
};

/** A number to reserve. */
export type ReserveFreephoneNumberInput = {
  /** The number, 11 digits from 8800. */
  number: string;
};

/** A frozen service to resume. */
export type ResumeServiceInput = {
  /** The connected service. */
  serviceId: string | number;
};

/** An order to return to work. */
export type ReturnOrderToWorkInput = {
  /** The order, AWAITING_CONFIRMATION. */
  orderId: string | number;
  /** What is wrong: 1 to 2000 characters. */
  reason: string;
};

/** What a user may do. Company roles act inside their company; staff roles are the operator's back office. */
export type Role =
  /** Money and documents of the company. */
  | 'ACCOUNTANT'
  /** Everything in the company, including managing its users. */
  | 'ADMIN'
  /** Operator staff: a personal manager of companies. */
  | 'MANAGER'
  /** Operator staff: back office operations. */
  | 'OPERATOR'
  /** Operator staff: support. */
  | 'SUPPORT'
  /** Read only. */
  | 'VIEWER';

/** What a tariff provides. */
export type ServiceKind =
  /** Cloud file storage. */
  | 'CLOUD_STORAGE'
  /** A toll-free 8-800 number. */
  | 'FREEPHONE'
  /** Internet access. */
  | 'INTERNET'
  /** Corporate mobile lines. */
  | 'MOBILE'
  /** Fixed-line telephony. */
  | 'TELEPHONY'
  /** Video surveillance. */
  | 'VIDEO_SURVEILLANCE'
  /** A virtual PBX. */
  | 'VIRTUAL_PBX'
  /** Web conferences. */
  | 'WEB_CONFERENCE';

/** Lifecycle of a connected service (after TMF637 product inventory states). */
export type ServiceStatus =
  /** Provided and billed. */
  | 'ACTIVE'
  /** Ordered, not yet provided. */
  | 'PENDING_ACTIVE'
  /** Works and is billed until its disconnection date (see plannedChanges). */
  | 'PENDING_TERMINATE'
  /** Paused; not provided, not billed (see suspendedFor). */
  | 'SUSPENDED'
  /** Disconnected for good. */
  | 'TERMINATED';

/** A spreadsheet format a statement exports to. */
export type StatementExportFormat =
  /** CSV (UTF-8): Russian column names, amounts with two decimals, dates as YYYY-MM-DD (Moscow). */
  | 'CSV'
  /** An Excel workbook: amounts as numbers, dates as dates (Moscow). */
  | 'XLSX';

/** A service to freeze. */
export type SuspendServiceInput = {
  /** The day (Moscow) it works again: after today, within the 90 days a year a service may be frozen. */
  resumeOn: string;
  /** The connected service. */
  serviceId: string | number;
};

/** A promised payment to take. */
export type TakePromisedPaymentInput = {
  /**
   * The personal account. Refused (BAD_USER_INPUT on this field) while the account has an open promised payment,
   * or when it had an overdue debt in the last three months: its balance was negative at the end (Moscow time)
   * of the 20th — the day charges fall due — of any of the last three months whose 20th has passed (this also
   * covers a debt overdue now), or a promised payment of it was reversed unpaid in the last three months.
   */
  accountId: string | number;
  /**
   * Positive amount, at most two decimals, at most the account's cap: the average monthly charge of the last
   * three whole calendar months (their charges divided by three), or 1000.00 for an account charged nothing in
   * them.
   */
  amount: string;
  /** 8 to 128 characters unique to this request: repeating it with the same input returns the first result, with another input fails. */
  idempotencyKey: string;
};

/** What an appeal is about. */
export type TicketCategory =
  /** A question about charges, payments or the balance. */
  | 'BILLING_QUESTION'
  /** A complaint. */
  | 'COMPLAINT'
  /** Invoices, acts, reconciliation. */
  | 'DOCUMENTS'
  /** Suggestions about the service. */
  | 'FEEDBACK'
  /** Thanks to the operator's people. */
  | 'GRATITUDE'
  /** Something does not work. */
  | 'TECHNICAL_PROBLEM'
  /** Call a technician to a site. */
  | 'TECHNICIAN_VISIT';

/** What happened to a ticket. */
export type TicketChange =
  /** Taken by staff, or given back. */
  | 'ASSIGNED'
  /** Opened. */
  | 'CREATED'
  /** A message the customer can read. */
  | 'MESSAGE'
  /** A new state. */
  | 'STATUS';

/** A ticket. */
export type TicketIdInput = {
  /** The ticket. */
  ticketId: string | number;
};

/** Where a ticket is (after TMF621). */
export type TicketStatus =
  /** Received; the operator's answer is due. */
  | 'ACKNOWLEDGED'
  /** Withdrawn by the customer. */
  | 'CANCELLED'
  /** Closed by the customer. */
  | 'CLOSED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Waiting for the customer. */
  | 'PENDING'
  /** Refused by the operator. */
  | 'REJECTED'
  /** Solved; the customer may reopen it within 14 days, or close it with a rating. */
  | 'RESOLVED';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', me: { __typename: 'User', id: string, login: string, fullName: string, role: Role, unreadNotificationCount: number, company: { __typename: 'Company', id: string, name: string } | null } };

export type NotificationArrivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationArrivedSubscription = { notificationAdded: { __typename: 'NotificationAdded', sequence: number, notification: { __typename: 'Notification', id: string, title: string, read: boolean } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename: 'Mutation', logout: { __typename: 'RevokeSessionsPayload', revoked: number } };

export type SignInStepFragment = { __typename: 'LoginPayload', status: LoginStatus, accessToken: string | null, refreshToken: string | null, expiresAt: string | null, challenge: { __typename: 'LoginChallenge', id: string, sentTo: string | null, expiresAt: string } | null };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { __typename: 'Mutation', login: { __typename: 'LoginPayload', status: LoginStatus, accessToken: string | null, refreshToken: string | null, expiresAt: string | null, challenge: { __typename: 'LoginChallenge', id: string, sentTo: string | null, expiresAt: string } | null } };

export type VerifyLoginCodeMutationVariables = Exact<{
  challengeId: string | number;
  code: string;
}>;


export type VerifyLoginCodeMutation = { __typename: 'Mutation', verifyLoginCode: { __typename: 'LoginPayload', status: LoginStatus, accessToken: string | null, refreshToken: string | null, expiresAt: string | null, challenge: { __typename: 'LoginChallenge', id: string, sentTo: string | null, expiresAt: string } | null } };

export type ForcedPasswordChangeMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ForcedPasswordChangeMutation = { __typename: 'Mutation', changePassword: { __typename: 'LoginPayload', status: LoginStatus, accessToken: string | null, refreshToken: string | null, expiresAt: string | null, challenge: { __typename: 'LoginChallenge', id: string, sentTo: string | null, expiresAt: string } | null } };

export type RenewSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RenewSessionMutation = { __typename: 'Mutation', refreshSession: { __typename: 'LoginPayload', accessToken: string | null, refreshToken: string | null, expiresAt: string | null } };

export type BalanceMovedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BalanceMovedSubscription = { balanceChanged: { __typename: 'BalanceChange', sequence: number, account: { __typename: 'PersonalAccount', id: string, balance: { __typename: 'Money', amount: string, currency: Currency }, amountDue: { __typename: 'Money', amount: string, currency: Currency }, company: { __typename: 'Company', id: string, balanceTotal: { __typename: 'Money', amount: string, currency: Currency }, amountDue: { __typename: 'Money', amount: string, currency: Currency } } } } };

export type AccountPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountPageQuery = { __typename: 'Query', personalAccount: { __typename: 'PersonalAccount', id: string, number: string, name: string, address: string | null, status: PersonalAccountStatus, overdue: boolean, dueDate: string | null, balance: { __typename: 'Money', amount: string, currency: Currency }, amountDue: { __typename: 'Money', amount: string, currency: Currency }, creditLimit: { __typename: 'Money', amount: string, currency: Currency }, lastPayment: { __typename: 'LedgerEntry', id: string, occurredAt: string, amount: { __typename: 'Money', amount: string, currency: Currency } } | null, services: Array<{ __typename: 'Service', id: string, kind: ServiceKind, identifier: string | null, status: ServiceStatus, testPeriodEndsOn: string | null, tariff: { __typename: 'Tariff', id: string, name: string }, plannedChanges: Array<{ __typename: 'PlannedChange', kind: PlannedChangeKind, effectiveOn: string, tariff: { __typename: 'Tariff', id: string, name: string } | null }>, options: Array<{ __typename: 'ServiceOption', id: string, name: string, monthlyFee: { __typename: 'Money', amount: string, currency: Currency } }>, monthlyCost: { __typename: 'Money', amount: string, currency: Currency } }> } | null };

export type ActionArchiveQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ActionArchiveQuery = { __typename: 'Query', auditLog: { __typename: 'AuditEventConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', id: string, at: string, action: string, target: string, outcome: string, ip: string | null, actor: { __typename: 'User', id: string, fullName: string } | null } }> } };

export type ActionArchiveCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionArchiveCsvQuery = { __typename: 'Query', auditLogCsv: string };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename: 'Query', mySessions: Array<{ __typename: 'Session', id: string, userAgent: string | null, ip: string | null, createdAt: string, lastSeenAt: string, current: boolean }> };

export type EndSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type EndSessionMutation = { __typename: 'Mutation', revokeSession: { __typename: 'RevokeSessionsPayload', revoked: number } };

export type CompanyExpensesQueryVariables = Exact<{
  period: PeriodInput;
}>;


export type CompanyExpensesQuery = { __typename: 'Query', me: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, byKind: Array<{ __typename: 'ExpenseBucket', key: string, serviceKind: ServiceKind | null, amount: { __typename: 'Money', amount: string, currency: Currency } }>, byMonth: Array<{ __typename: 'ExpenseBucket', key: string, month: string | null, amount: { __typename: 'Money', amount: string, currency: Currency } }> } | null } };

export type FaqSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type FaqSearchQuery = { __typename: 'Query', faq: { __typename: 'FaqConnection', edges: Array<{ __typename: 'FaqEdge', node: { __typename: 'FaqEntry', id: string, question: string, answer: string, highlight: string | null } }> } };

export type CompanyNewsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyNewsQuery = { __typename: 'Query', me: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, news: { __typename: 'NewsConnection', edges: Array<{ __typename: 'NewsEdge', node: { __typename: 'NewsItem', id: string, kind: NewsKind, title: string, body: string, publishedAt: string, worksFrom: string | null, worksTo: string | null } }> } } | null } };

export type MyNotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { __typename: 'Query', me: { __typename: 'User', id: string, unreadNotificationCount: number, notifications: { __typename: 'NotificationConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, kind: NotificationKind, title: string, body: string, read: boolean, createdAt: string, orderId: string | null, ticketId: string | null, account: { __typename: 'PersonalAccount', id: string, number: string } | null } }> } } };

export type NotificationsLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationsLiveSubscription = { notificationAdded: { __typename: 'NotificationAdded', sequence: number, notification: { __typename: 'Notification', id: string } } };

export type MarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllReadMutation = { __typename: 'Mutation', markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount: number } };

export type CompanyOverviewQueryVariables = Exact<{
  filter?: PersonalAccountFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CompanyOverviewQuery = { __typename: 'Query', me: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, name: string, balanceTotal: { __typename: 'Money', amount: string, currency: Currency }, amountDue: { __typename: 'Money', amount: string, currency: Currency }, accountGroups: Array<{ __typename: 'AccountGroup', id: string, name: string, parent: { __typename: 'AccountGroup', id: string } | null, balanceTotal: { __typename: 'Money', amount: string, currency: Currency }, amountDue: { __typename: 'Money', amount: string, currency: Currency } }>, personalAccounts: { __typename: 'PersonalAccountConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PersonalAccountEdge', node: { __typename: 'PersonalAccount', id: string, number: string, name: string, status: PersonalAccountStatus, overdue: boolean, balance: { __typename: 'Money', amount: string, currency: Currency }, amountDue: { __typename: 'Money', amount: string, currency: Currency } } }> } } | null } };

export type CompanyUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyUsersQuery = { __typename: 'Query', me: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, users: Array<{ __typename: 'User', id: string, login: string, fullName: string, role: Role, blocked: boolean, email: string | null, phone: string | null }> } | null } };

export type InviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteMutation = { __typename: 'Mutation', inviteUser: { __typename: 'InviteUserPayload', user: { __typename: 'User', id: string } } };

export type ChangeRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type ChangeRoleMutation = { __typename: 'Mutation', changeUserRole: { __typename: 'User', id: string, role: Role } };

export type BlockMutationVariables = Exact<{
  userId: string | number;
}>;


export type BlockMutation = { __typename: 'Mutation', blockUser: { __typename: 'User', id: string, blocked: boolean } };

export type UnblockMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnblockMutation = { __typename: 'Mutation', unblockUser: { __typename: 'User', id: string, blocked: boolean } };

export type AccountDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountDocumentsQuery = { __typename: 'Query', personalAccount: { __typename: 'PersonalAccount', id: string, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, type: DocumentType, format: DocumentFormat, status: DocumentStatus, downloadUrl: string | null, period: { __typename: 'DocumentPeriod', from: string, to: string } } }> } } | null };

export type RequestDocumentMutationVariables = Exact<{
  input: RequestDocumentInput;
}>;


export type RequestDocumentMutation = { __typename: 'Mutation', requestDocument: { __typename: 'RequestDocumentPayload', document: { __typename: 'Document', id: string, status: DocumentStatus } } };

export type StartCardPaymentMutationVariables = Exact<{
  input: CreatePaymentInput;
}>;


export type StartCardPaymentMutation = { __typename: 'Mutation', createPayment: { __typename: 'CreatePaymentPayload', payment: { __typename: 'Payment', id: string, state: PaymentState, paymentUrl: string | null } } };

export type PromisedPaymentOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type PromisedPaymentOfferQuery = { __typename: 'Query', personalAccount: { __typename: 'PersonalAccount', id: string, promisedPayment: { __typename: 'PromisedPayment', id: string, state: PromisedPaymentState, dueAt: string, amount: { __typename: 'Money', amount: string, currency: Currency } } | null, promisedPaymentOffer: { __typename: 'PromisedPaymentOffer', available: boolean, reason: string | null, maxAmount: { __typename: 'Money', amount: string, currency: Currency } } } | null };

export type TakePromisedPaymentMutationVariables = Exact<{
  input: TakePromisedPaymentInput;
}>;


export type TakePromisedPaymentMutation = { __typename: 'Mutation', takePromisedPayment: { __typename: 'TakePromisedPaymentPayload', sequence: number, balance: { __typename: 'Money', amount: string, currency: Currency }, promisedPayment: { __typename: 'PromisedPayment', id: string, state: PromisedPaymentState, dueAt: string, amount: { __typename: 'Money', amount: string, currency: Currency } } } };

export type TariffsOfKindQueryVariables = Exact<{
  kind: ServiceKind;
}>;


export type TariffsOfKindQuery = { __typename: 'Query', tariffs: { __typename: 'TariffConnection', edges: Array<{ __typename: 'TariffEdge', node: { __typename: 'Tariff', id: string, name: string, monthlyFee: { __typename: 'Money', amount: string, currency: Currency } } }> } };

export type ChangeTariffMutationVariables = Exact<{
  input: ChangeTariffInput;
}>;


export type ChangeTariffMutation = { __typename: 'Mutation', changeTariff: { __typename: 'ChangeServicePayload', service: { __typename: 'Service', id: string, status: ServiceStatus, tariff: { __typename: 'Tariff', id: string, name: string }, plannedChanges: Array<{ __typename: 'PlannedChange', kind: PlannedChangeKind, effectiveOn: string, tariff: { __typename: 'Tariff', id: string, name: string } | null }> } } };

export type FreezeServiceMutationVariables = Exact<{
  input: SuspendServiceInput;
}>;


export type FreezeServiceMutation = { __typename: 'Mutation', suspendService: { __typename: 'ChangeServicePayload', service: { __typename: 'Service', id: string, status: ServiceStatus } } };

export type ResumeServiceMutationVariables = Exact<{
  input: ResumeServiceInput;
}>;


export type ResumeServiceMutation = { __typename: 'Mutation', resumeService: { __typename: 'ChangeServicePayload', service: { __typename: 'Service', id: string, status: ServiceStatus } } };

export type AccountStatementQueryVariables = Exact<{
  id: string | number;
  period: PeriodInput;
  after?: string | null | undefined;
}>;


export type AccountStatementQuery = { __typename: 'Query', personalAccount: { __typename: 'PersonalAccount', id: string, statement: { __typename: 'Statement', from: string, to: string, openingBalance: { __typename: 'Money', amount: string, currency: Currency }, closingBalance: { __typename: 'Money', amount: string, currency: Currency }, charges: { __typename: 'Money', amount: string, currency: Currency }, payments: { __typename: 'Money', amount: string, currency: Currency }, operations: { __typename: 'LedgerEntryConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'LedgerEntryEdge', node: { __typename: 'LedgerEntry', id: string, kind: LedgerEntryKind, description: string, occurredAt: string, amount: { __typename: 'Money', amount: string, currency: Currency } } }> } } } | null };

export type ExportStatementMutationVariables = Exact<{
  input: ExportStatementInput;
}>;


export type ExportStatementMutation = { __typename: 'Mutation', exportStatement: { __typename: 'DownloadLink', url: string, filename: string } };

export type FreeNumbersQueryVariables = Exact<{
  filter?: FreephoneNumberFilter | null | undefined;
}>;


export type FreeNumbersQuery = { __typename: 'Query', availableFreephoneNumbers: { __typename: 'FreephoneNumberConnection', edges: Array<{ __typename: 'FreephoneNumberEdge', node: { __typename: 'FreephoneNumber', number: string, category: FreephoneCategory, monthlyPrice: { __typename: 'Money', amount: string, currency: Currency } } }> } };

export type ReserveNumberMutationVariables = Exact<{
  input: ReserveFreephoneNumberInput;
}>;


export type ReserveNumberMutation = { __typename: 'Mutation', reserveFreephoneNumber: { __typename: 'FreephoneReservationPayload', reservedUntil: string, number: { __typename: 'FreephoneNumber', number: string } } };

export type OrderNumberMutationVariables = Exact<{
  input: OrderFreephoneNumberInput;
}>;


export type OrderNumberMutation = { __typename: 'Mutation', orderFreephoneNumber: { __typename: 'ChangeServicePayload', service: { __typename: 'Service', id: string, status: ServiceStatus, account: { __typename: 'PersonalAccount', id: string } } } };

export type OfferingsQueryVariables = Exact<{
  kind: ServiceKind;
  region: Region;
}>;


export type OfferingsQuery = { __typename: 'Query', tariffs: { __typename: 'TariffConnection', edges: Array<{ __typename: 'TariffEdge', node: { __typename: 'Tariff', id: string, name: string, description: string, monthlyFee: { __typename: 'Money', amount: string, currency: Currency }, setupFee: { __typename: 'Money', amount: string, currency: Currency } } }> } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { __typename: 'Mutation', placeOrder: { __typename: 'OrderPayload', order: { __typename: 'Order', id: string, status: OrderStatus } } };

export type OrderPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderPageQuery = { __typename: 'Query', order: { __typename: 'Order', createdAt: string, contactName: string | null, contactPhone: string | null, comment: string | null, id: string, status: OrderStatus, statusReason: string | null, updatedAt: string, account: { __typename: 'PersonalAccount', id: string, number: string }, items: Array<{ __typename: 'OrderItem', address: string, quantity: number, tariff: { __typename: 'Tariff', id: string, name: string }, options: Array<{ __typename: 'ServiceOption', id: string, name: string }> }>, visit: { __typename: 'VisitSlot', id: string, startsAt: string, endsAt: string } | null, history: Array<{ __typename: 'OrderHistoryEntry', previousStatus: OrderStatus | null, status: OrderStatus, at: string, actor: OrderActor, reason: string | null }> } | null };

export type VisitSlotsQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitSlotsQuery = { __typename: 'Query', availableVisitSlots: Array<{ __typename: 'VisitSlot', id: string, startsAt: string, endsAt: string }> };

export type ChooseSlotMutationVariables = Exact<{
  input: ChooseVisitSlotInput;
}>;


export type ChooseSlotMutation = { __typename: 'Mutation', chooseVisitSlot: { __typename: 'OrderPayload', order: { __typename: 'Order', id: string, status: OrderStatus, visit: { __typename: 'VisitSlot', id: string, startsAt: string, endsAt: string } | null } } };

export type ConfirmExecutionMutationVariables = Exact<{
  input: OrderIdInput;
}>;


export type ConfirmExecutionMutation = { __typename: 'Mutation', confirmOrderExecution: { __typename: 'OrderPayload', order: { __typename: 'Order', id: string, status: OrderStatus } } };

export type ReturnToWorkMutationVariables = Exact<{
  input: ReturnOrderToWorkInput;
}>;


export type ReturnToWorkMutation = { __typename: 'Mutation', returnOrderToWork: { __typename: 'OrderPayload', order: { __typename: 'Order', id: string, status: OrderStatus, statusReason: string | null } } };

export type CompanyOrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CompanyOrdersQuery = { __typename: 'Query', me: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, orders: { __typename: 'OrderConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OrderEdge', node: { __typename: 'Order', id: string, status: OrderStatus, createdAt: string, updatedAt: string, tariff: { __typename: 'Tariff', id: string, name: string }, account: { __typename: 'PersonalAccount', id: string, number: string } } }> } } | null } };

export type StorageQuoteQueryVariables = Exact<{
  quotaGb: number;
}>;


export type StorageQuoteQuery = { __typename: 'Query', quoteCloudStorage: { __typename: 'StorageQuote', quotaGb: number, monthlyPrice: { __typename: 'Money', amount: string, currency: Currency }, lines: Array<{ __typename: 'StorageQuoteLine', fromGb: number, toGb: number, gb: number, pricePerGb: { __typename: 'Money', amount: string, currency: Currency }, amount: { __typename: 'Money', amount: string, currency: Currency } }> } };

export type OrderStorageMutationVariables = Exact<{
  input: OrderCloudStorageInput;
}>;


export type OrderStorageMutation = { __typename: 'Mutation', orderCloudStorage: { __typename: 'ChangeServicePayload', service: { __typename: 'Service', id: string, account: { __typename: 'PersonalAccount', id: string } } } };

export type OrderProgressFragment = { __typename: 'Order', id: string, status: OrderStatus, statusReason: string | null, updatedAt: string, visit: { __typename: 'VisitSlot', id: string, startsAt: string, endsAt: string } | null, history: Array<{ __typename: 'OrderHistoryEntry', previousStatus: OrderStatus | null, status: OrderStatus, at: string, actor: OrderActor, reason: string | null }> };

export type OrderMovedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OrderMovedSubscription = { orderStatusChanged: { __typename: 'OrderStatusChange', sequence: number, order: { __typename: 'Order', id: string, status: OrderStatus, statusReason: string | null, updatedAt: string, visit: { __typename: 'VisitSlot', id: string, startsAt: string, endsAt: string } | null, history: Array<{ __typename: 'OrderHistoryEntry', previousStatus: OrderStatus | null, status: OrderStatus, at: string, actor: OrderActor, reason: string | null }> } } };

export type TicketPageQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketPageQuery = { __typename: 'Query', ticket: { __typename: 'Ticket', id: string, number: string, subject: string, description: string, category: TicketCategory, status: TicketStatus, overdue: boolean, responseDueAt: string | null, createdAt: string, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, downloadUrl: string }>, messages: { __typename: 'TicketMessageConnection', edges: Array<{ __typename: 'TicketMessageEdge', node: { __typename: 'TicketMessage', id: string, body: string, byStaff: boolean, createdAt: string, author: { __typename: 'Person', id: string, fullName: string }, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, downloadUrl: string }> } }> } } | null };

export type TicketChangedSubscriptionVariables = Exact<{
  ticketId?: string | number | null | undefined;
}>;


export type TicketChangedSubscription = { ticketUpdated: { __typename: 'TicketUpdate', sequence: number, change: TicketChange, status: TicketStatus } };

export type ReplyMutationVariables = Exact<{
  input: AddTicketMessageInput;
}>;


export type ReplyMutation = { __typename: 'Mutation', addTicketMessage: { __typename: 'TicketMessagePayload', message: { __typename: 'TicketMessage', id: string } } };

export type MarkTicketReadMutationVariables = Exact<{
  input: TicketIdInput;
}>;


export type MarkTicketReadMutation = { __typename: 'Mutation', markTicketRead: { __typename: 'TicketPayload', ticket: { __typename: 'Ticket', id: string, unreadCount: number } } };

export type CompanyTicketsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CompanyTicketsQuery = { __typename: 'Query', me: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, tickets: { __typename: 'TicketConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'TicketEdge', node: { __typename: 'Ticket', id: string, number: string, subject: string, status: TicketStatus, category: TicketCategory, overdue: boolean, unreadCount: number, updatedAt: string } }> } } | null } };

export type OpenTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type OpenTicketMutation = { __typename: 'Mutation', createTicket: { __typename: 'TicketPayload', ticket: { __typename: 'Ticket', id: string, number: string } } };

export type AttachmentUploadMutationVariables = Exact<{
  input: CreateAttachmentUploadInput;
}>;


export type AttachmentUploadMutation = { __typename: 'Mutation', createAttachmentUpload: { __typename: 'UploadTicket', id: string, uploadUrl: string, maxBytes: number } };

export type PickableAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PickableAccountsQuery = { __typename: 'Query', me: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, personalAccounts: { __typename: 'PersonalAccountConnection', edges: Array<{ __typename: 'PersonalAccountEdge', node: { __typename: 'PersonalAccount', id: string, number: string, name: string } }> } } | null } };

export type AmountFragment = { __typename: 'Money', amount: string, currency: Currency };

export const SignInStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignInStepFragment, unknown>;
export const OrderProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OrderProgressFragment, unknown>;
export const AmountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<AmountFragment, unknown>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:0dee3f5342b069c613de2ebbda004186294e0d990e5b241383ff04e21fbcc4a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const NotificationArrivedDocument = {"__meta__":{"hash":"sha256:dc3160e18ab024f2b745d7436d5ef80c3b88bbe2923ace0638fc413ac46ed8f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationArrived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationArrivedSubscription, NotificationArrivedSubscriptionVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:b8b0bb8f9b356f20fa64695c5f166f4f2beb8b9425421f7262f6c10398d6bde3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:afd1fd45450f21934cd7ea0213a57dea6cfb6bb8df8a8c9e1ba8d70fd6a90f89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignInStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const VerifyLoginCodeDocument = {"__meta__":{"hash":"sha256:0085651e840e18770508e86bdbe347fd0fdc7ee98d90eaab7ef7c79b3c27a840"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyLoginCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyLoginCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignInStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<VerifyLoginCodeMutation, VerifyLoginCodeMutationVariables>;
export const ForcedPasswordChangeDocument = {"__meta__":{"hash":"sha256:19ee690d143648823b0d2ffa17e0828722eafb60aef1b975a3b0a1e1cc3432bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForcedPasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignInStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignInStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ForcedPasswordChangeMutation, ForcedPasswordChangeMutationVariables>;
export const RenewSessionDocument = {"__meta__":{"hash":"sha256:928b983d669c7a1e4049c186d0b41f7b68f925bc9d3abc4e3ab5ca5ae2a0d9f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RenewSessionMutation, RenewSessionMutationVariables>;
export const BalanceMovedDocument = {"__meta__":{"hash":"sha256:91909b1d6d6d88087838530528a47b6aab87f53356044e7103e462060d49f3b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BalanceMoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyWide"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balanceTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<BalanceMovedSubscription, BalanceMovedSubscriptionVariables>;
export const AccountPageDocument = {"__meta__":{"hash":"sha256:33e8ab7ce1d4d85d8aa31c0e0d91c912c9301175f2d414f0ece4cbc26baffe47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"testPeriodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<AccountPageQuery, AccountPageQueryVariables>;
export const ActionArchiveDocument = {"__meta__":{"hash":"sha256:7fb081ab373b802fd973730e638d8420e3ae83e89086aa0930c5cfab17771d54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionArchiveQuery, ActionArchiveQueryVariables>;
export const ActionArchiveCsvDocument = {"__meta__":{"hash":"sha256:898f01a06c0ee723b1d0391d39cd4dac66ee563ebbcbbd8a700a34ac1e00cde5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionArchiveCsv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditLogCsv"}}]}}]} as unknown as DocumentNode<ActionArchiveCsvQuery, ActionArchiveCsvQueryVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"sha256:3dfe2e724fa5ff31f5849f6718f0456169f9dde397cdf1fb0fdd313d134d3623"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = {"__meta__":{"hash":"sha256:03284d8b81aa01987a987e470598abc3e7dac3165ea6c69bc9e967670d31c421"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const CompanyExpensesDocument = {"__meta__":{"hash":"sha256:04fffdcf39bb17e454ebfd6edee9d998549f497594a10ba290b0f4cbb556116c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyExpenses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"byKind"},"name":{"kind":"Name","value":"expenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SERVICE_KIND"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"expenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CompanyExpensesQuery, CompanyExpensesQueryVariables>;
export const FaqSearchDocument = {"__meta__":{"hash":"sha256:c57cce64833265c78ede8b1ebcb2fb33e93b78105aebaae3514e103b4cdc3b76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"faq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaqSearchQuery, FaqSearchQueryVariables>;
export const CompanyNewsDocument = {"__meta__":{"hash":"sha256:2b10fcf5a2a147b9a3b976fc0a0811fccec6f9dd2cbdd3dff8b80e4664bf87f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyNews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"news"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"worksFrom"}},{"kind":"Field","name":{"kind":"Name","value":"worksTo"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyNewsQuery, CompanyNewsQueryVariables>;
export const MyNotificationsDocument = {"__meta__":{"hash":"sha256:b4815865611956ddb99df8c6a07b2959efccf6281f1d4f09e210ababce99ed83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const NotificationsLiveDocument = {"__meta__":{"hash":"sha256:787fd3964f789bd4c0fad192828ed8d9ac88a17f03cad48443039a770a68a14f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationsLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsLiveSubscription, NotificationsLiveSubscriptionVariables>;
export const MarkAllReadDocument = {"__meta__":{"hash":"sha256:519f8550735ed90f1e816bda3ed131cb83f490c0a5297f592f067fe3777a32c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkAllReadMutation, MarkAllReadMutationVariables>;
export const CompanyOverviewDocument = {"__meta__":{"hash":"sha256:377f05efb13778737a80d8fe143adc44a8bc5bf6f9a28114bb19e3621d213c60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balanceTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CompanyOverviewQuery, CompanyOverviewQueryVariables>;
export const CompanyUsersDocument = {"__meta__":{"hash":"sha256:af9fa3a3c0f715a8a13dfb4bce61a2617ff6314057d135f6c7c88cad72ea04fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUsersQuery, CompanyUsersQueryVariables>;
export const InviteDocument = {"__meta__":{"hash":"sha256:e7b690fa647612287eca1efd81acf74df5ac0968367171bac637b83bf598ce90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Invite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMutation, InviteMutationVariables>;
export const ChangeRoleDocument = {"__meta__":{"hash":"sha256:0b1b60dcbd5ed105e2437d3d75381469deb6ff7b052698e7cf24e30e9d00357b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeRoleMutation, ChangeRoleMutationVariables>;
export const BlockDocument = {"__meta__":{"hash":"sha256:cf25a5288a103b7988cc1267e8c668bfe1ac8433bb1222e4e0fae7f8f87a4eb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Block"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"blockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}}]}}]}}]} as unknown as DocumentNode<BlockMutation, BlockMutationVariables>;
export const UnblockDocument = {"__meta__":{"hash":"sha256:1fa33a13e9451b6122eb51d50995a07054dfa0ee6baadd96b442a1ab08ca5a9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unblock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unblockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}}]}}]}}]} as unknown as DocumentNode<UnblockMutation, UnblockMutationVariables>;
export const AccountDocumentsDocument = {"__meta__":{"hash":"sha256:57b4c000b430bc28e00c8424d6108510d00e7995ef349e391516681d5cffe5f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountDocumentsQuery, AccountDocumentsQueryVariables>;
export const RequestDocumentDocument = {"__meta__":{"hash":"sha256:9f11b10138067216fb54ccb7278c65843421efa37863d422c231917d8af86089"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestDocumentMutation, RequestDocumentMutationVariables>;
export const StartCardPaymentDocument = {"__meta__":{"hash":"sha256:d790dcbba880e870c2991fb4d7c006de2dc8b940b3f2cf630e2f29faafac58f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCardPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paymentUrl"}}]}}]}}]}}]} as unknown as DocumentNode<StartCardPaymentMutation, StartCardPaymentMutationVariables>;
export const PromisedPaymentOfferDocument = {"__meta__":{"hash":"sha256:d6da87089fa834f41c462713c31103bfdc295dcc6d7f931204773d5258b0b5a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromisedPaymentOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promisedPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promisedPaymentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PromisedPaymentOfferQuery, PromisedPaymentOfferQueryVariables>;
export const TakePromisedPaymentDocument = {"__meta__":{"hash":"sha256:32c7aea741dcb37072d1c20339e34f878675db45ca933bd292f68c668079c37a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakePromisedPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakePromisedPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"takePromisedPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promisedPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<TakePromisedPaymentMutation, TakePromisedPaymentMutationVariables>;
export const TariffsOfKindDocument = {"__meta__":{"hash":"sha256:2ec6ab9744587ae36828ccf8835cca1447c33497d5b3cda4764e7fdc9e79ebc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TariffsOfKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<TariffsOfKindQuery, TariffsOfKindQueryVariables>;
export const ChangeTariffDocument = {"__meta__":{"hash":"sha256:beb023040b76884d2c315f24f197a747ad8fd92d0add19daeebcebbebd811b29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeTariffMutation, ChangeTariffMutationVariables>;
export const FreezeServiceDocument = {"__meta__":{"hash":"sha256:dc4654197db4442523e467fc883776c4d140d827fdc3cbc9d5a2c15c0353747d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreezeService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"suspendService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FreezeServiceMutation, FreezeServiceMutationVariables>;
export const ResumeServiceDocument = {"__meta__":{"hash":"sha256:6ef3f4b548a9aec980f1767c5a411f2af63949e8911aa3509764241de0162136"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resumeService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeServiceMutation, ResumeServiceMutationVariables>;
export const AccountStatementDocument = {"__meta__":{"hash":"sha256:72a4638c0cb1ffac75bd1febfac0d6a465b37926322fddcf7ba7bde3928d24b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<AccountStatementQuery, AccountStatementQueryVariables>;
export const ExportStatementDocument = {"__meta__":{"hash":"sha256:57cb401cc513b9064f6fc348c1dc70d396e66c8acf22ad205c0716cb2cd14f5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<ExportStatementMutation, ExportStatementMutationVariables>;
export const FreeNumbersDocument = {"__meta__":{"hash":"sha256:b6125180f73157bd28d98e4b1976bea79e079c33542ac2ec9d675487316f2a17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreeNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FreephoneNumberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableFreephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<FreeNumbersQuery, FreeNumbersQueryVariables>;
export const ReserveNumberDocument = {"__meta__":{"hash":"sha256:6c1fcd18fea72d24db2d92befd64d077c87303c0dadeae108cae19cc66637127"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveFreephoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reserveFreephoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ReserveNumberMutation, ReserveNumberMutationVariables>;
export const OrderNumberDocument = {"__meta__":{"hash":"sha256:10dec79893ff39d423aac926c83510de1326d5e86e9afad78d37552936bbfa3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFreephoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"orderFreephoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderNumberMutation, OrderNumberMutationVariables>;
export const OfferingsDocument = {"__meta__":{"hash":"sha256:f4d4f6b0ee7fe03a478d99e6eb3b38fb246d4831dd1fd4088dac635c3922e555"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offerings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<OfferingsQuery, OfferingsQueryVariables>;
export const PlaceOrderDocument = {"__meta__":{"hash":"sha256:4ed4ab5db67a0a11d18b15e1d442dc2fb8e74e0b3643a9e420bb3a45286c2c50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const OrderPageDocument = {"__meta__":{"hash":"sha256:e516190ab210f0d96c102d989a333c867fd2471982f9bde2e17e8e0cfc14ed50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderProgress"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OrderPageQuery, OrderPageQueryVariables>;
export const VisitSlotsDocument = {"__meta__":{"hash":"sha256:926f71800f0a094cbe2aea3aec93e550ffd3f0fda03e8934da67d5b3bc53da1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableVisitSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<VisitSlotsQuery, VisitSlotsQueryVariables>;
export const ChooseSlotDocument = {"__meta__":{"hash":"sha256:3f384d84ce4389b5d8d389fa9aca5d93cf1b4bd5e8249ee0b00065310062faee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChooseVisitSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"chooseVisitSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChooseSlotMutation, ChooseSlotMutationVariables>;
export const ConfirmExecutionDocument = {"__meta__":{"hash":"sha256:ae626acf1d858aa0dc6b5b0ff45127b17455dc004e23fb5bafa428a6e69f94c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmOrderExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmExecutionMutation, ConfirmExecutionMutationVariables>;
export const ReturnToWorkDocument = {"__meta__":{"hash":"sha256:4ea24f28b3cbcd9f9736097f491bc54929c9e476c9231b695c3deb62099c44ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnToWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnOrderToWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"returnOrderToWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnToWorkMutation, ReturnToWorkMutationVariables>;
export const CompanyOrdersDocument = {"__meta__":{"hash":"sha256:3661970b8ec0c12a35dba1c8b1524fb0e641be1ed1ea64cb1821ea7cdb4e0f74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyOrdersQuery, CompanyOrdersQueryVariables>;
export const StorageQuoteDocument = {"__meta__":{"hash":"sha256:5cd32984adbdce5a9ee167c1421af1e621afcefb1febc9b16ac5585778e8c8ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StorageQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quotaGb"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quoteCloudStorage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quotaGb"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quotaGb"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromGb"}},{"kind":"Field","name":{"kind":"Name","value":"toGb"}},{"kind":"Field","name":{"kind":"Name","value":"gb"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerGb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<StorageQuoteQuery, StorageQuoteQueryVariables>;
export const OrderStorageDocument = {"__meta__":{"hash":"sha256:4d2b12737e89068a239e40126df79b060b4883f21860bd88b60e057407480ece"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderStorage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCloudStorageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"orderCloudStorage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderStorageMutation, OrderStorageMutationVariables>;
export const OrderMovedDocument = {"__meta__":{"hash":"sha256:a9398f19fa9f11e54dcd0007d306dc9f95fd2182adeb4618083b5d4cbc26048e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderMoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderProgress"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OrderMovedSubscription, OrderMovedSubscriptionVariables>;
export const TicketPageDocument = {"__meta__":{"hash":"sha256:5c6f70347f096f0de9ee03f926bfe8485e22595273921e6c45d9b13c0f813697"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketPageQuery, TicketPageQueryVariables>;
export const TicketChangedDocument = {"__meta__":{"hash":"sha256:88f6c98192e5fa68e4828d0b483bbe8f4c0ed6f0162d8c2338e9402ff282ef8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TicketChangedSubscription, TicketChangedSubscriptionVariables>;
export const ReplyDocument = {"__meta__":{"hash":"sha256:22bf5d63c1150a30944233d511676bccf6eac7e894655f951b90b40736fc71bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addTicketMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyMutation, ReplyMutationVariables>;
export const MarkTicketReadDocument = {"__meta__":{"hash":"sha256:b589f1b978a9095336ec732c5fd187691819571418c807e992da4ca0f97c5cb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTicketRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markTicketRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<MarkTicketReadMutation, MarkTicketReadMutationVariables>;
export const CompanyTicketsDocument = {"__meta__":{"hash":"sha256:466b7f65b8f3b932b938943c32c7d6144a8b7bdaccb39573b1079bf90c962a80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyTicketsQuery, CompanyTicketsQueryVariables>;
export const OpenTicketDocument = {"__meta__":{"hash":"sha256:7489791e155366ffc378e8ca5f99e990a08f7029e36bc31e872edf646a27e39e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<OpenTicketMutation, OpenTicketMutationVariables>;
export const AttachmentUploadDocument = {"__meta__":{"hash":"sha256:a8d3156c30fa010a6ce3eb8a4f47c83c6aff367d35ca426bcd936c7fc4100937"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachmentUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAttachmentUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createAttachmentUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}}]}}]} as unknown as DocumentNode<AttachmentUploadMutation, AttachmentUploadMutationVariables>;
export const PickableAccountsDocument = {"__meta__":{"hash":"sha256:65d0963d3f2c23726cf7b887701474d78807b99add12be702614043636fa1682"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickableAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PickableAccountsQuery, PickableAccountsQueryVariables>;