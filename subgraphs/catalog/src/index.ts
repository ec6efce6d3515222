import { loadConfig, messagesConfig, runSubgraph } from '@kabinet/kit';
import { catalogSubgraph } from './server';

// The SMS provider for order and 8-800 notices (unset: they stay in catalog.outgoing_messages and the log).
runSubgraph('catalog', () =>
  catalogSubgraph({ messageWebhookUrl: loadConfig(messagesConfig).MESSAGE_WEBHOOK_URL }),
);
