// Tideline side by side with TimelineJS and vis-timeline in headless Chromium:
// the same synthetic events in all three, load-to-ready, filter latency and
// JS heap, alternating the order of the tools in each repetition. Prints a
// markdown table of medians with ratios (peer ÷ Tideline). Asserts nothing.
//
//   node bench/peers.mjs                # 1,000, 10,000 and 100,000 events, 3 repetitions
//   node bench/peers.mjs 1000 10000     # these sizes
//   BENCH_REPS=5 node bench/peers.mjs   # more repetitions
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWidget, launchBrowser, root, serveDist, tidelineProbe } from '../tests/e2e/support.mjs';
import { toTimelineJs, toVisTimeline } from './peers/convert.mjs';
import { timelineJsPage, visPage } from './peers/pages.mjs';

const sizes = process.argv.slice(2).map(Number);
const eventCounts = sizes.length ? sizes : [1_000, 10_000, 100_000];
const repetitions = Number(process.env.BENCH_REPS ?? 3);
const limitMs = 120_000;
const keystrokes = ['e', 'en', 'ene', 'ener', 'energ', 'energy', ''];
const rounds = 2;
const tools = ['Tideline', 'vis-timeline', 'TimelineJS'];
const log = (...args) => console.error(...args);

const median = (xs) => {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const cli = (...args) => ['run', '-q', '--release', '-p', 'tideline-compiler', '--bin', 'tideline', '--', ...args];

/** Synthesises N events, compiles them, builds Tideline with them and writes the peers' pages and data. */
function prepare(events) {
  const work = mkdtempSync(join(tmpdir(), `tideline-peers-${events}-`));
  const corpus = join(work, 'corpus');
  execFileSync('cargo', cli('synth', '--events', String(events), '--out', corpus), { cwd: root, stdio: 'ignore' });
  const jsonFile = join(work, 'compiled.json');
  const fd = openSync(jsonFile, 'w');
  execFileSync('cargo', cli('compile', corpus, '--json'), { cwd: root, stdio: ['ignore', fd, 'ignore'] });
  closeSync(fd);
  const compiled = JSON.parse(readFileSync(jsonFile, 'utf8')).events;

  const tideline = join(work, 'tideline');
  const started = Date.now();
  buildWidget({ corpus, out: tideline });
  log(`  ${events}: ${compiled.length} events compiled; Tideline built in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const peers = join(work, 'peers');
  mkdirSync(join(peers, 'vendor'), { recursive: true });
  symlinkSync(join(root, 'node_modules/vis-timeline'), join(peers, 'vendor/vis-timeline'));
  symlinkSync(join(root, 'node_modules/@knight-lab/timelinejs/dist'), join(peers, 'vendor/timelinejs'));
  writeFileSync(join(peers, 'vis.json'), JSON.stringify(toVisTimeline(compiled)));
  writeFileSync(join(peers, 'timelinejs.json'), JSON.stringify(toTimelineJs(compiled)));
  writeFileSync(join(peers, 'vis.html'), visPage());
  writeFileSync(join(peers, 'timelinejs.html'), timelineJsPage());
  return { events, compiled: compiled.length, tideline, peers };
}

/** Tideline's filters, measured as bench/filter-latency.mjs does: the input event's synchronous render plus layout. */
const tidelineFilters = ({ keystrokes, rounds }) => {
  const widget = document.querySelector('[data-tideline]').shadowRoot;
  const box = widget.querySelector('input[type=search]');
  const stance = widget.querySelector('.tl-stances [data-stance=tightening] input[type=checkbox]') ?? widget.querySelector('.tl-stances input[type=checkbox]');
  const change = (apply) => {
    const start = performance.now();
    apply();
    void document.body.offsetHeight;
    const took = performance.now() - start;
    return { latency: took, work: took };
  };
  const search = [];
  const toggle = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of keystrokes) {
      search.push(change(() => { box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); }));
    }
    for (let i = 0; i < 2; i++) toggle.push(change(() => stance.click()));
  }
  return { search, toggle };
};

/** The peers' filter changes, one page.evaluate each, until done or the two-minute budget runs out. */
async function peerFilters(page, tool) {
  const steps = tool === 'vis-timeline'
    ? Array.from({ length: rounds }, () => [
      ...keystrokes.map((text) => ['search', () => page.evaluate((t) => window.bench.search(t), text)]),
      ...[0, 1].map(() => ['toggle', () => page.evaluate(() => window.bench.toggleStance('tightening'))]),
    ]).flat()
    : [['toggle', () => page.evaluate(() => window.bench.rebuildWithout('tightening'))]];
  const samples = { search: [], toggle: [], timedOut: false };
  const started = Date.now();
  for (const [kind, step] of steps) {
    const left = limitMs - (Date.now() - started);
    if (left <= 0) return { ...samples, timedOut: true };
    try {
      samples[kind].push(await Promise.race([step(), new Promise((_, fail) => setTimeout(() => fail(new Error('timeout')), left).unref())]));
    } catch (err) {
      if (/timeout/.test(String(err))) return { ...samples, timedOut: true };
      throw err;
    }
  }
  return samples;
}

/** `promise`, or a rejection naming `what` after `ms` (a page busy for minutes would otherwise hang the run). */
const within = (promise, ms, what) => Promise.race([
  promise,
  new Promise((_, fail) => setTimeout(() => fail(new Error(`timeout: ${what}`)), ms).unref()),
]);

/** One page load of one tool: ready time, heap after ready, then the filter changes. */
async function measure(browser, tool, prepared, urls) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  const page = await context.newPage();
  try {
    if (tool === 'Tideline') await page.addInitScript(tidelineProbe);
    const url = { Tideline: urls.tideline, 'vis-timeline': `${urls.peers}vis.html`, TimelineJS: `${urls.peers}timelinejs.html` }[tool];
    const opened = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: limitMs });
    await page.waitForFunction(() => window.__readyAt, null, { timeout: limitMs - (Date.now() - opened), polling: 100 });
    const ready = await page.evaluate(() => window.__readyAt);
    await within(page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))), limitMs, 'first frame');

    const cdp = await context.newCDPSession(page);
    await within(cdp.send('HeapProfiler.collectGarbage'), limitMs, 'garbage collection');
    await cdp.send('Performance.enable');
    const { metrics } = await within(cdp.send('Performance.getMetrics'), limitMs, 'metrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value;
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
    const heap = metric('JSHeapUsedSize') + wasm;

    const filters = tool === 'Tideline' ? await page.evaluate(tidelineFilters, { keystrokes, rounds }) : await peerFilters(page, tool);
    if (filters.timedOut) log(`  ${tool} at ${prepared.events}: filter changes stopped at the 120 s budget`);
    return { ready, heap, wasm, nodes: metric('Nodes'), ...filters };
  } catch (err) {
    if (/timeout/i.test(String(err))) return { skipped: true };
    throw err;
  } finally {
    await within(context.close(), 10_000, 'close').catch(() => {});
  }
}

log(`preparing ${eventCounts.join(', ')} events (synth, compile, trunk build)…`);
const prepared = eventCounts.map(prepare);

let browser = await launchBrowser();
const chromiumVersion = browser.version();
const results = [];
const skippedFrom = {};
const onceOnly = {};
for (const size of prepared) {
  const tideline = await serveDist({}, size.tideline);
  const peers = await serveDist({}, size.peers);
  const samples = Object.fromEntries(tools.map((tool) => [tool, { ready: [], heap: [], wasm: [], nodes: [], search: [], toggle: [], filterTimedOut: false }]));
  for (let rep = 0; rep < repetitions; rep++) {
    const order = tools.map((_, i) => tools[(i + rep) % tools.length]);
    for (const tool of order) {
      if (skippedFrom[tool] !== undefined || onceOnly[size.events]?.has(tool) && samples[tool].ready.length) continue;
      const began = Date.now();
      // A renderer stuck for minutes can hang playwright's own timeouts: past
      // the load limit plus the filter budget, give up on the whole browser.
      const result = await within(measure(browser, tool, size, { tideline: tideline.url, peers: peers.url }), 2 * limitMs + 30_000, 'measure')
        .catch(async (err) => {
          if (!/timeout/.test(String(err))) throw err;
          await within(browser.close(), 10_000, 'browser close').catch(() => browser.process?.()?.kill('SIGKILL'));
          browser = await launchBrowser();
          return { skipped: true };
        });
      // A tool that needed more than the two-minute limit for one page load and its filter changes is measured once at that size.
      if (Date.now() - began > limitMs) (onceOnly[size.events] ??= new Set()).add(tool);
      if (result.skipped) {
        skippedFrom[tool] = size.events;
        log(`  ${tool} at ${size.events}: skipped (>120 s)`);
        continue;
      }
      const s = samples[tool];
      s.ready.push(result.ready);
      s.heap.push(result.heap);
      s.wasm.push(result.wasm);
      s.nodes.push(result.nodes);
      s.search.push(...result.search);
      s.toggle.push(...result.toggle);
      s.filterTimedOut ||= Boolean(result.timedOut);
      log(`  ${size.events} rep ${rep + 1} ${tool}: ready ${result.ready.toFixed(0)} ms, heap ${(result.heap / 2 ** 20).toFixed(1)} MB`);
    }
  }
  results.push({ size, samples, skipped: { ...skippedFrom } });
  await tideline.close();
  await peers.close();
}
await browser.close();

// The table: medians, and each peer's ratio to Tideline on the same row.
const fmt = (ms) => (ms === null ? 'n/a' : ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0));
const ratio = (peer, base) => (peer === null || base === null || base === 0 ? '' : ` (×${(peer / base).toFixed(peer / base < 10 ? 1 : 0)})`);
const lines = [
  '| events | tool | load-to-ready ms | stance filter ms | search keystroke ms | JS heap MB | DOM nodes |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
];
for (const { size, samples, skipped } of results) {
  const m = (tool, key) => median(samples[tool][key].map((x) => (typeof x === 'object' ? x.latency : x)));
  const base = { ready: m('Tideline', 'ready'), toggle: m('Tideline', 'toggle'), search: m('Tideline', 'search'), heap: m('Tideline', 'heap') };
  for (const tool of tools) {
    const label = `${size.events.toLocaleString('en')} (${size.compiled.toLocaleString('en')})`;
    if (skipped[tool] !== undefined && !samples[tool].ready.length) {
      const note = skipped[tool] === size.events ? 'skipped (>120 s)' : `skipped (>120 s at ${skipped[tool].toLocaleString('en')})`;
      lines.push(`| ${label} | ${tool} | ${note} | | | | |`);
      continue;
    }
    const peer = tool !== 'Tideline';
    const cell = (key, value, shown = fmt(value)) => `${shown}${peer ? ratio(value, base[key]) : ''}`;
    const toggle = m(tool, 'toggle');
    const search = m(tool, 'search');
    const heap = m(tool, 'heap');
    const wasm = median(samples[tool].wasm);
    const heapText = `${(heap / 2 ** 20).toFixed(1)}${wasm ? ` (wasm ${(wasm / 2 ** 20).toFixed(1)})` : ''}`;
    const toggleText = samples[tool].filterTimedOut && toggle === null ? 'timeout (>120 s)' : tool === 'TimelineJS' && toggle !== null ? `${fmt(toggle)} (rebuild)` : fmt(toggle);
    const once = samples[tool].ready.length === 1 && repetitions > 1 ? ' (1 run)' : '';
    lines.push(`| ${label} | ${tool}${once} | ${cell('ready', m(tool, 'ready'))} | ${cell('toggle', toggle, toggleText)} | ${cell('search', search)} | ${cell('heap', heap, heapText)} | ${median(samples[tool].nodes) ?? ''} |`);
  }
}
console.log(lines.join('\n'));

// Work without the frame wait (vis redraws in the next animation frame; TimelineJS to 'ready').
console.log('\nFilter work without waiting for the frame (medians, ms):');
for (const { size, samples } of results) {
  const work = (tool, key) => fmt(median(samples[tool][key].map((x) => x.work)));
  console.log(`- ${size.events}: ${tools.map((t) => `${t} stance ${work(t, 'toggle')}, search ${work(t, 'search')}`).join('; ')}`);
}

// Shipped bytes, gzip -9: Tideline's dist (wasm with the data embedded, JS, CSS); the peers' bundles (before fonts and data).
const distFiles = (dir) => readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f)).map((f) => join(dir, f));
const kb = (files) => (files.reduce((sum, f) => sum + gzipped(f), 0) / 1024).toFixed(1);
console.log('\nGzip sizes (JS + CSS, and wasm for Tideline):');
for (const size of prepared) console.log(`- Tideline with ${size.events.toLocaleString('en')} events: ${kb(distFiles(size.tideline))} KB`);
const nm = (p) => join(root, 'node_modules', p);
console.log(`- vis-timeline 8.5.4 (standalone UMD, vis-data included): ${kb([nm('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), nm('vis-timeline/styles/vis-timeline-graph2d.min.css')])} KB`);
console.log(`- TimelineJS 3.9.11 (timeline.js + timeline.css, before fonts, locale and data): ${kb([nm('@knight-lab/timelinejs/dist/js/timeline.js'), nm('@knight-lab/timelinejs/dist/css/timeline.css')])} KB`);
console.log(`\nCommand: node bench/peers.mjs ${process.argv.slice(2).join(' ')}`.trimEnd() + `${repetitions !== 3 ? ` (BENCH_REPS=${repetitions})` : ''}; Chromium ${chromiumVersion}`);
