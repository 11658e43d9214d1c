// A throwaway redis-server for one test file: the real binary on a free loopback port, its
// data in a temp dir, stopped afterwards. Never a system instance: the port is one the OS just
// handed out (never 6379), and nothing here reads a REDIS_URL from the environment.
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Where the redis-server binary is: `REDIS_SERVER`, else the first `redis-server` on PATH or in /usr/bin. */
export function findRedisServer(): string | undefined {
  const candidates = [process.env.REDIS_SERVER, ...(process.env.PATH ?? '').split(delimiter).map((dir) => dir && join(dir, 'redis-server')), '/usr/bin/redis-server'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** True in CI (`.ci/run` exports it): a missing binary then fails the tests instead of skipping them. */
export const redisRequired = process.env.REQUIRE_REDIS === '1';

export const HOW_TO_INSTALL_REDIS = 'no redis-server found: install it (`sudo apt-get install -y redis-server`) or set REDIS_SERVER';

/** How the server keeps data. `none`: memory only. `always`: an AOF fsynced before every reply, the "durable" setting. */
export type Persistence = 'none' | 'always';

/** One running test server. */
export interface TestRedis {
  /** `redis://127.0.0.1:<port>`, with `:<password>@` when started with one. */
  url: string;
  port: number;
  /** The server's process id (to check that it is the one we started). */
  pid(): number | undefined;
  /** SIGTERM, waits for the exit. Data on disk stays (for {@link TestRedis.start}). */
  stop(): Promise<void>;
  /** SIGKILL, waits for the exit: a crash, no shutdown save. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data dir (after stop or kill). */
  start(): Promise<void>;
  /** Stops it and deletes its data dir. */
  dispose(): Promise<void>;
}

/** A port the OS reports free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once `PING` on 127.0.0.1:port answers (`+PONG`, or `-NOAUTH` with a password); throws after `timeoutMs`. */
async function waitForPing(port: number, child: ChildProcess, output: () => string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`redis-server exited (${child.exitCode ?? child.signalCode}): ${output()}`);
    const pong = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      let reply = '';
      socket.setTimeout(1_000, () => socket.destroy());
      socket.on('connect', () => socket.write('PING\r\n'));
      socket.on('data', (chunk) => {
        reply += chunk;
        if (reply.includes('\r\n')) socket.end();
      });
      socket.on('close', () => resolve(reply.startsWith('+PONG') || reply.startsWith('-NOAUTH')));
      socket.on('error', () => resolve(false));
    });
    if (pong) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms: ${output()}`);
}

/**
 * Starts redis-server on a free loopback port. `persistence: 'none'` runs it with `--save ''
 * --appendonly no`; `'always'` with an AOF in its temp dir, fsynced on every write (the setting
 * the README asks for), so a SIGKILL loses nothing `send` acknowledged.
 */
export async function startTestRedis(options: { persistence?: Persistence; password?: string } = {}): Promise<TestRedis> {
  const binary = findRedisServer();
  if (!binary) throw new Error(HOW_TO_INSTALL_REDIS);
  const dir = mkdtempSync(join(tmpdir(), 'wanxiang-redis-'));
  const persistence = options.persistence ?? 'none';
  let port = await freePort();
  let child: ChildProcess | undefined;

  const args = () => [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--protected-mode',
    'yes',
    '--dir',
    dir,
    '--save',
    '',
    '--daemonize',
    'no',
    '--logfile',
    '',
    ...(persistence === 'always' ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
  ];

  const launch = async () => {
    let output = '';
    // The password goes in through stdin (`redis-server -` reads a config there), not argv.
    const started = spawn(binary, ['-', ...args()], { stdio: ['pipe', 'pipe', 'pipe'] });
    started.stdin!.end(options.password ? `requirepass "${options.password}"\n` : '');
    started.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk).slice(-4_000)));
    started.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk).slice(-4_000)));
    child = started;
    await waitForPing(port, started, () => output);
  };

  const exited = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolve();
      running.once('exit', () => resolve());
      running.kill(signal);
    });

  // Another process may take the free port between our probe and redis' bind: try a few.
  for (let attempt = 0; ; attempt++) {
    try {
      await launch();
      break;
    } catch (error) {
      await exited('SIGKILL');
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
      port = await freePort();
    }
  }

  return {
    get url() {
      return `redis://${options.password ? `:${encodeURIComponent(options.password)}@` : ''}127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    pid: () => child?.pid,
    stop: () => exited('SIGTERM'),
    kill: () => exited('SIGKILL'),
    start: launch,
    async dispose() {
      await exited('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
