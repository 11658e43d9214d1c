// Deno: the one-liner. DENO_SERVE_ADDRESS (set by the test) picks the loopback address and port.
// @ts-types="../contract-receiver.d.mts"
import { contractReceiver } from '../contract-receiver.mjs';

const receiver = contractReceiver((name) => Deno.env.get(name));
Deno.serve(receiver.fetch);
