// Shared set-up for the end-to-end tests: build the widget with trunk under a
// sub-path, serve dist/ on loopback under that sub-path, and drive Debian's
// Chromium with playwright-core (no browser downloads).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
export const subPath = '/some/sub/path/';
const dist = join(root, 'dist');

/** Builds the release widget for `subPath` into dist/ (or `out`), from the seeds (or `corpus`). */
export function buildWidget({ corpus, out } = {}) {
  const args = ['build', '--release', '--public-url', subPath, ...(out ? ['--dist', out] : [])];
  const env = corpus ? { ...process.env, TIDELINE_CORPUS: corpus } : process.env;
  execFileSync('trunk', args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The compiler's JSON for the seeds, as the CLI prints it. */
export function compileSeeds() {
  const out = execFileSync('cargo', ['run', '-q', '--release', '-p', 'tideline-compiler', '--bin', 'tideline', '--', 'compile', 'seeds', '--json'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8'));
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` (dist/ by default) under `subPath` on 127.0.0.1; resolves to { url, close }. */
export async function serveDist(headers = {}, dir = dist) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(subPath)) {
      res.writeHead(404).end('outside the sub-path');
      return;
    }
    let file = normalize(join(dir, path.slice(subPath.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${subPath}`, close: () => new Promise((done) => server.close(done)) };
}

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Opens `url` in a new page, collecting console errors and page errors. */
export async function openPage(browser, url, options = {}) {
  const page = await browser.newPage(options);
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForSelector('[data-tideline-ready]', { timeout: 15000 });
  return { page, errors };
}

/**
 * The set-up most test files share, registered with node:test's before/after:
 * build the seeds widget, compile the seeds with the CLI, serve dist/, launch
 * Chromium. Returns an object whose `compiled`, `server` and `browser` are
 * filled in once `before` has run.
 */
export function useSeedsWidget({ before, after }) {
  const context = {};
  before(async () => {
    buildWidget();
    context.compiled = compileSeeds();
    context.server = await serveDist();
    context.browser = await launchBrowser();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return context;
}

/**
 * An init script (`page.addInitScript`) that records, in the page, when the
 * widget marks itself ready (`window.__readyAt`, ms since navigation) and its
 * wasm memory (`window.__wasmMemory`, outside the JS heap). Recorded in the
 * page because work the widget queues after its first paint would delay any
 * answer to a poll from outside.
 */
export const tidelineProbe = () => {
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      window.__wasmMemory = (result.instance ?? result).exports?.memory;
      return result;
    };
  }
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-tideline-ready]')) {
      window.__readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-tideline-ready'] });
};

/** The number in the widget's role="status" element ("62 events" → 62). */
export async function statusCount(page) {
  return Number((await page.getByRole('status').textContent()).match(/\d+/)[0]);
}
