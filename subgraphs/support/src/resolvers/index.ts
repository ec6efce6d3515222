import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import type { Support } from '../runtime';
import { faqResolvers } from './faq';
import { newsResolvers } from './news';
import { notificationResolvers } from './notifications';
import { ticketResolvers } from './tickets';

export const createResolvers = (support: Support) =>
  mergeResolvers<Loaders>(
    newsResolvers(support),
    faqResolvers,
    notificationResolvers,
    ticketResolvers(support),
  );
