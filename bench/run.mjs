// `npm run bench`: every benchmark, one after another, each printing its figures.
// `npm run bench -- subscriptions` runs one.
import { run as accounts } from './accounts.mjs';
import { run as billing } from './billing.mjs';
import { run as catalog } from './catalog.mjs';
import { run as gateways } from './gateways.mjs';
import { run as identity } from './identity.mjs';
import { run as payments } from './payments.mjs';
import { run as startupAndQuery } from './startup-and-query.mjs';
import { run as subscriptions } from './subscriptions.mjs';
import { run as support } from './support.mjs';
import { run as web } from './web.mjs';

const all = {
  'startup-and-query': startupAndQuery,
  identity,
  subscriptions,
  payments,
  billing,
  catalog,
  accounts,
  support,
  gateways,
  web,
};
const chosen = process.argv.slice(2);
for (const [name, run] of Object.entries(all)) {
  if (chosen.length && !chosen.includes(name)) continue;
  console.log(`\n== ${name}`);
  await run();
}
