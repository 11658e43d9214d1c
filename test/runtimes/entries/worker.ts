// Cloudflare Workers: the one-liner, with the settings from the module-scope env.
import { env } from 'cloudflare:workers';
import { contractReceiver } from '../contract-receiver.mjs';

const settings = env as unknown as Record<string, string | undefined>;
const receiver = contractReceiver((name) => settings[name]);
export default { fetch: receiver.fetch } satisfies ExportedHandler;
