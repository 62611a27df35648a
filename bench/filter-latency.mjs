// Filter latency in the browser: time from a filter change (a keystroke in
// the search box, a stance checkbox) to the widget's render done and laid
// out, on the seeds and on synthetic corpora. Prints medians; asserts nothing.
//
//   node bench/filter-latency.mjs            # seeds and 10k synthetic events
//   node bench/filter-latency.mjs 1000 10000 # seeds and these sizes
//
// A/B of prebuilt dists (each built for one corpus, e.g. with `trunk build
// --release --public-url /some/sub/path/ --dist DIR`), loaded alternately,
// the order reversed every round, LOADS page loads each:
//
//   node bench/filter-latency.mjs --ab LOADS base=DIR head=DIR
//
// It prints each load, then per build the medians of the loads' medians:
// keystroke, stance toggle, first keystroke (the `p` typed as soon as the
// widget is ready), clearing the box, and changes over one frame (16.7 ms).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWidget, launchBrowser, root, serveDist, tidelineProbe } from '../tests/e2e/support.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Loads the widget at `url` once and times its filter changes. */
async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(tidelineProbe);
  await page.goto(url);
  await page.waitForFunction(() => window.__readyAt, null, { timeout: 120_000 });
  const ready = Math.round(await page.evaluate(() => window.__readyAt));
  const samples = await page.evaluate(() => {
    const widget = document.querySelector('[data-tideline]').shadowRoot;
    const box = widget.querySelector('input[type=search]');
    const stance = widget.querySelector('.tl-stances input[type=checkbox]');
    const change = (apply) => {
      const start = performance.now();
      apply();
      void document.body.offsetHeight; // include style and layout
      return performance.now() - start;
    };
    const typing = [];
    const clearing = [];
    const toggling = [];
    for (let round = 0; round < 5; round++) {
      for (const text of ['p', 'pl', 'pla', 'plat', 'platform', 'platform f', '']) {
        const ms = change(() => { box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); });
        typing.push(ms);
        if (!text) clearing.push(ms);
      }
      for (let i = 0; i < 2; i++) toggling.push(change(() => stance.click()));
    }
    return { typing, clearing, toggling, events: widget.querySelector('[role=status]').textContent };
  });
  await page.close();
  const all = [...samples.typing, ...samples.toggling];
  return {
    ...samples,
    ready,
    keystroke: median(samples.typing),
    first: samples.typing[0],
    clear: median(samples.clearing),
    stance: median(samples.toggling),
    over: all.filter((ms) => ms > 16.7).length,
  };
}

const args = process.argv.slice(2);
const browser = await launchBrowser();
if (args[0] === '--ab') {
  const loads = Number(args[1]);
  const builds = args.slice(2).map((arg) => arg.split('='));
  const servers = await Promise.all(builds.map(([, dir]) => serveDist({}, dir)));
  const runs = builds.map(() => []);
  for (let round = 0; round < loads; round++) {
    const order = builds.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      const run = await measure(browser, servers[i].url);
      runs[i].push(run);
      console.log(`load ${round + 1} ${builds[i][0].padEnd(8)} ${run.events.padEnd(14)} ready ${run.ready} ms  keystroke ${run.keystroke.toFixed(1)}  stance ${run.stance.toFixed(1)}  first ${run.first.toFixed(1)}  clear ${run.clear.toFixed(1)}  over a frame ${run.over}`);
    }
  }
  const fig = (xs, key) => median(xs.map((r) => r[key])).toFixed(1);
  console.log('build      loads  keystroke  stance  first  clear  over a frame (of 45)');
  builds.forEach(([name], i) => {
    const r = runs[i];
    console.log(`${name.padEnd(10)} ${String(r.length).padStart(5)} ${fig(r, 'keystroke').padStart(10)} ${fig(r, 'stance').padStart(7)} ${fig(r, 'first').padStart(6)} ${fig(r, 'clear').padStart(6)} ${fig(r, 'over').padStart(13)}`);
  });
  await Promise.all(servers.map((s) => s.close()));
} else {
  const sizes = args.map(Number);
  const corpora = [['seeds', null], ...(sizes.length ? sizes : [10_000]).map((n) => [`${n} synthetic`, n])];
  for (const [name, events] of corpora) {
    let corpus;
    if (events) {
      corpus = mkdtempSync(join(tmpdir(), 'tideline-synth-'));
      execFileSync('cargo', ['run', '-q', '--release', '-p', 'tideline-compiler', '--bin', 'tideline', '--', 'synth', '--events', String(events), '--out', corpus], { cwd: root, stdio: 'ignore' });
    }
    const out = mkdtempSync(join(tmpdir(), 'tideline-dist-'));
    buildWidget({ corpus, out });
    const server = await serveDist({}, out);
    const run = await measure(browser, server.url);
    console.log(`${name.padEnd(16)} ${run.events.padEnd(14)} ready ${String(run.ready).padStart(5)} ms   keystroke median ${run.keystroke.toFixed(1)} ms (max ${Math.max(...run.typing).toFixed(1)})   stance toggle median ${run.stance.toFixed(1)} ms`);
    await server.close();
  }
}
await browser.close();
