// Cloudflare Workers: the one-liner, with the settings from the module-scope env.
import { env } from 'cloudflare:workers';
import { contractReceiver } from '../contract-receiver.mjs';

const receiver = contractReceiver((name) => env[name]);
export default { fetch: receiver.fetch };
