import { it } from 'vitest';
import { createCiClient } from '../src/index.js';
it('token leak', async () => {
  for (const sessionToken of ['SECRETTOKEN\u0000abc', 'SECRETTOKEN\u4e2dabc']) {
    const c = createCiClient({ credentials: { secretId: 'AKIDx', secretKey: 'sk', sessionToken }, endpoint: () => 'http://127.0.0.1:9', timeoutMs: 1000 });
    try { await c.getJobs({ bucket: 'examplebucket-1250000000', region: 'ap-guangzhou' }, ['j1']); } catch (e: any) { console.log('ERR', e.name, e.code, JSON.stringify(e.message)); }
  }
  const c = createCiClient({ credentials: { secretId: 'AKID\u4e2d', secretKey: 'sk' }, endpoint: () => 'http://127.0.0.1:9', timeoutMs: 1000 });
  try { await c.getJobs({ bucket: 'examplebucket-1250000000', region: 'ap-guangzhou' }, ['j1']); } catch (e: any) { console.log('ERR2', e.name, e.code, JSON.stringify(e.message)); }
});
