import { CreateAccountTree1765000000000 } from '@kabinet/kit';
import { Init1764000000000 } from './1764000000000-init';
import { Tickets1766000000000 } from './1766000000000-tickets';
import { Faq1766000000001 } from './1766000000001-faq';
import { Notifications1766000000002 } from './1766000000002-notifications';
import { NotificationSettings1766000000003 } from './1766000000003-notification-settings';
import { TargetedNews1766000000004 } from './1766000000004-targeted-news';
import { NewsNotified1766000000005 } from './1766000000005-news-notified';
import { TicketAttachments1766000000006 } from './1766000000006-ticket-attachments';

/** Every migration, oldest first. */
export const migrations = [
  Init1764000000000,
  CreateAccountTree1765000000000,
  Tickets1766000000000,
  Faq1766000000001,
  Notifications1766000000002,
  NotificationSettings1766000000003,
  TargetedNews1766000000004,
  NewsNotified1766000000005,
  TicketAttachments1766000000006,
];
