// The core in real headless Chromium: the corpus check runs inside a page against the built
// ESM file, the IIFE works from a classic <script src>, and the inspector page shows what it
// should. Skipped (loudly) without a Chromium unless REQUIRE_BROWSER=1, as in CI.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium, serveStatic } from './browser/chromium.js';
import { inferredEventName } from './corpus/check-entry.js';
import { corpusDir, loadManifest } from './corpus/load.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const manifest = loadManifest();
const chromiumPath = findChromium();
const required = process.env.REQUIRE_BROWSER === '1';
const HOW_TO_INSTALL = 'no Chromium found: set CHROME_PATH, or install one (`sudo apt-get install -y chromium`)';

if (!chromiumPath && !required) console.warn(`\n⚠ Browser tests SKIPPED: ${HOW_TO_INSTALL}\n`);

if (!chromiumPath && required) {
  describe('browser tests are required here (REQUIRE_BROWSER=1)', () => {
    it('finds a Chromium', () => {
      expect.fail(HOW_TO_INSTALL);
    });
  });
}

describe.runIf(!!chromiumPath)('the core in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    const checkEntry = await build({
      entryPoints: [join(repoRoot, 'test/corpus/check-entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    });
    server = await serveStatic(
      { '/__corpus/': corpusDir, '/': repoRoot },
      {
        '/__test/check-entry.js': { type: 'text/javascript', body: checkEntry.outputFiles[0]!.text },
        '/__test/corpus.html': {
          type: 'text/html',
          body: `<!doctype html><meta charset="utf-8"><script type="module">
            import * as core from '/packages/core/dist/wanxiang.browser.js';
            import { checkCorpusEntry } from '/__test/check-entry.js';
            const manifest = await (await fetch('/__corpus/manifest.json')).json();
            const results = {};
            for (const entry of manifest) {
              const body = new Uint8Array(await (await fetch('/__corpus/' + entry.file)).arrayBuffer());
              results[entry.file] = [checkCorpusEntry(body, entry, core, 'content-type'), checkCorpusEntry(body, entry, core, 'sniffed')];
            }
            window.__results = results;
          </script>`,
        },
        '/__test/iife.html': {
          type: 'text/html',
          body: `<!doctype html><meta charset="utf-8">
            <script src="/packages/core/dist/wanxiang.browser.iife.js"></script>
            <script>
              const body = '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><State>Success</State><Tag>Transcode</Tag></JobsDetail></Response>';
              const event = Wanxiang.parseCallback(body);
              let code;
              try { Wanxiang.parseCallback('<Response>'); } catch (error) { code = error.code; }
              window.__result = { names: Object.keys(Wanxiang).sort(), event: [event.EventName, event.JobsDetail[0].Tag, event.JobsDetail[0].State], code, isModule: typeof document.currentScript };
            </script>`,
        },
      },
    );
    browser = await launchChromium(chromiumPath!);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the corpus check, run inside a page against the built ESM file', () => {
    let results: Record<string, [string[], string[]]>;
    let userAgent: string;
    beforeAll(async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/__test/corpus.html`);
      await page.waitForFunction(() => (window as any).__results !== undefined, undefined, { timeout: 30_000 });
      results = await page.evaluate(() => (window as any).__results);
      userAgent = await page.evaluate(() => navigator.userAgent);
      await page.close();
    }, 60_000);

    it('runs in Chromium and checks the whole manifest', () => {
      expect(userAgent).toMatch(/Chrome\//);
      expect(Object.keys(results).sort()).toEqual(manifest.map((entry) => entry.file).sort());
    });

    for (const entry of manifest) {
      it(`${entry.file} gives the manifest's verdict in Chromium, with and without its Content-Type`, () => {
        expect(results[entry.file]).toEqual([[], []]);
      });
    }
  });

  it('defines globalThis.Wanxiang from the minified IIFE in a classic <script src>', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/__test/iife.html`);
    const result = await page.evaluate(() => (window as any).__result);
    await page.close();
    expect(errors).toEqual([]);
    expect(result.event).toEqual(['TaskFinish', 'Transcode', 'Success']);
    expect(result.code).toBe('MALFORMED_XML');
    // The global is the main entry, every value export of it (the schemas are @wanxiang/core/schemas).
    expect(result.names).toEqual(Object.keys(await import('@wanxiang/core')).sort());
    expect(result.names).toContain('parseCallback');
  });

  describe('the inspector page (examples/browser), opened from file://', () => {
    let page: Page;
    const inspectorUrl = pathToFileURL(join(repoRoot, 'examples/browser/dist/inspector.html')).href;

    beforeAll(async () => {
      page = await browser.context.newPage();
      await page.goto(inspectorUrl);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 15_000 });
    }, 30_000);
    afterAll(() => page?.close());

    const show = async (file: string) => {
      await page.fill('#body', readFileSync(join(corpusDir, file), 'utf8'));
      await page.click('#inspect');
    };

    const wellFormedJobs = manifest.filter((entry) => entry.wellFormed && entry.family === 'task' && entry.kind !== '_untagged');
    const picks = [
      wellFormedJobs.find((entry) => entry.tags[0] === 'Transcode' && entry.format === 'xml'),
      wellFormedJobs.find((entry) => entry.tags[0] === 'Snapshot' && entry.format === 'json'),
      wellFormedJobs.find((entry) => entry.tags[0] === 'SpeechRecognition' && entry.format === 'xml'),
      wellFormedJobs.find((entry) => entry.tags[0] === 'PicProcess'),
      wellFormedJobs.find((entry) => entry.eventName === null),
    ].filter((entry) => entry !== undefined);

    for (const entry of picks) {
      it(`shows ${entry.file} with its EventName and each job's Tag and State`, async () => {
        await show(entry.file);
        expect(await page.textContent('#event-name')).toBe(entry.eventName ?? inferredEventName(entry));
        const jobs = await page.$$eval('[data-testid="job"]', (elements) => elements.map((element) => [element.getAttribute('data-tag'), element.getAttribute('data-state')]));
        expect(jobs).toEqual(entry.tags.map((tag, index) => [tag, entry.states[index]]));
        expect(await page.$('#error')).toBeNull();
      });
    }

    it('draws a timeline of the words of a SpeechRecognition result', async () => {
      const entry = manifest.find((e) => e.wellFormed && e.tags[0] === 'SpeechRecognition' && readFileSync(join(corpusDir, e.file), 'utf8').includes('Words'));
      expect(entry).toBeDefined();
      await show(entry!.file);
      expect(await page.locator('[data-testid="word"]').count()).toBeGreaterThan(0);
    });

    it("lists a workflow run's Tasks with their states", async () => {
      const entry = manifest.find((e) => e.family === 'workflow' && e.wellFormed && (e.workflow?.tasksCount ?? 0) > 0)!;
      await show(entry.file);
      expect(await page.textContent('#event-name')).toBe('WorkflowFinish');
      const tasks = await page.$$eval('[data-testid="task"]', (elements) => elements.map((element) => [element.getAttribute('data-type'), element.getAttribute('data-state')]));
      expect(tasks).toEqual(entry.workflow!.tasks.map((task) => [task.type, task.state]));
    });

    it('shows the error code and the dotted path for a malformed body', async () => {
      const entry = manifest.find((e) => !e.wellFormed && e.format === 'xml')!;
      await show(entry.file);
      expect(await page.textContent('#error [data-testid="error-code"]')).toBe('MALFORMED_XML');
      expect(await page.locator('#error [data-testid="error-path"]').count()).toBeGreaterThan(0);
    });

    it('shows the dotted path of a field of the wrong type', async () => {
      await page.fill(
        '#body',
        '<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>Transcode</Tag><Operation><MediaInfo><Format><Duration>long</Duration></Format></MediaInfo></Operation></JobsDetail></Response>',
      );
      await page.click('#inspect');
      expect(await page.textContent('#error [data-testid="error-code"]')).toBe('INVALID_CALLBACK');
      expect(await page.$$eval('#error [data-testid="error-path"]', (elements) => elements.map((element) => element.textContent))).toContain('JobsDetail.0.Operation.MediaInfo.Format.Duration');
    });

    it('saves a screenshot of the inspector to test-results/inspector.png', async () => {
      const entry = picks[0]!;
      await show(entry.file);
      mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
      const png = await page.screenshot({ path: join(repoRoot, 'test-results/inspector.png'), fullPage: true });
      expect(png.byteLength).toBeGreaterThan(10_000);
    });
  });

  it('serves the same inspector from a static server, loading the ESM file itself', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/examples/browser/index.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 15_000 });
    await page.fill('#body', '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><State>Failed</State><Tag>Snapshot</Tag></JobsDetail></Response>');
    await page.click('#inspect');
    const jobs = await page.$$eval('[data-testid="job"]', (elements) => elements.map((element) => [element.getAttribute('data-tag'), element.getAttribute('data-state')]));
    await page.close();
    expect(jobs).toEqual([['Snapshot', 'Failed']]);
  });
});
