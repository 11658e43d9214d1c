// `deno serve entries/deno-serve-default.ts`: a default export with `fetch`.
// @ts-types="../contract-receiver.d.mts"
import { contractReceiver } from '../contract-receiver.mjs';

const receiver = contractReceiver((name) => Deno.env.get(name));
export default { fetch: receiver.fetch } satisfies Deno.ServeDefaultExport;
