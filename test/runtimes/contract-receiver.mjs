// The receiver every runtime of the matrix serves: configured from settings (environment
// variables, or a Worker's env), forwarding each delivery to the test's sink over HTTP and
// reporting each handler run there, so the test sees what happened inside any runtime.
// Plain JavaScript that imports the built package, as a user's server would.
import { createReceiver } from '@wanxiang/receiver';

/** @param {(name: string) => string | undefined} setting */
export function contractReceiver(setting) {
  const sink = required(setting, 'SINK_URL');
  const report = async (path, payload) => {
    const response = await fetch(new URL(path, sink), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`the sink answered ${response.status}`);
  };
  const receiver = createReceiver({
    tokens: [required(setting, 'WANXIANG_TOKEN')],
    maxBytes: Number(required(setting, 'MAX_BYTES')),
    bodyTimeoutMs: Number(required(setting, 'BODY_TIMEOUT_MS')),
    logger: false,
    forwarder: {
      send: (delivery) => report('/forward', { id: delivery.id, keys: delivery.keys, eventName: delivery.event.EventName, bytes: delivery.raw.byteLength }),
    },
  });
  receiver.on('Transcode', (job, { key }) => report('/handled', { key, tag: job.Tag, state: job.State }));
  return receiver;
}

function required(setting, name) {
  const value = setting(name);
  if (!value) throw new Error(`contract receiver: ${name} is not set`);
  return value;
}
