// Express 5: the adapter as a route handler, mounted before the app's body parser; a second
// route behind express.json() shows the clear refusal when a parser took the body first.

import { createNodeHandler } from '@wanxiang/receiver/node';
import express from 'express';
import { contractReceiver } from '../contract-receiver.mjs';

const receiver = contractReceiver((name) => process.env[name]);
const app = express();
app.use('/ci', createNodeHandler(receiver));
app.use('/parsed', express.json({ type: '*/*' }), createNodeHandler(receiver));
const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});
