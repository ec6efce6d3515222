/** What a customer may write about; each has a priority and the time the operator has to answer. */
export const TICKET_CATEGORIES = {
  TECHNICAL_PROBLEM: { priority: 'HIGH', responseHours: 4 },
  TECHNICIAN_VISIT: { priority: 'HIGH', responseHours: 8 },
  BILLING_QUESTION: { priority: 'NORMAL', responseHours: 24 },
  DOCUMENTS: { priority: 'NORMAL', responseHours: 24 },
  COMPLAINT: { priority: 'HIGH', responseHours: 24 },
  FEEDBACK: { priority: 'LOW', responseHours: 72 },
  GRATITUDE: { priority: 'LOW', responseHours: 72 },
} as const;
export type TicketCategory = keyof typeof TICKET_CATEGORIES;

/** When the operator's answer is due for a ticket of `category` asked at `now`. */
export const responseDue = (category: TicketCategory, now: Date) =>
  new Date(now.getTime() + TICKET_CATEGORIES[category].responseHours * 3_600_000);

/** Days after it is resolved that a customer may still reopen a ticket. */
export const REOPEN_DAYS = 14;
