// Node.js: node:http with the adapter.
import { createServer } from 'node:http';
import { createNodeHandler } from '@wanxiang/receiver/node';
import { contractReceiver } from '../contract-receiver.mjs';

const receiver = contractReceiver((name) => process.env[name]);
const server = createServer(createNodeHandler(receiver)).listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});
