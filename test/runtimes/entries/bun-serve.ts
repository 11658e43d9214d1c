// Bun: the one-liner. PORT=0 (set by the test) picks a free port.
import { contractReceiver } from '../contract-receiver.mjs';

const receiver = contractReceiver((name) => process.env[name]);
const server = Bun.serve({ hostname: '127.0.0.1', fetch: receiver.fetch });
console.log(`listening on http://127.0.0.1:${server.port}/`);
