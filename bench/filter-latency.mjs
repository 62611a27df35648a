// Filter latency in the browser: time from a filter change (a keystroke in
// the search box, a stance checkbox) to the widget's render done and laid
// out, on the seeds and on synthetic corpora. Prints medians; asserts nothing.
//
//   node bench/filter-latency.mjs            # seeds and 10k synthetic events
//   node bench/filter-latency.mjs 1000 10000 # seeds and these sizes
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWidget, launchBrowser, root, serveDist, tidelineProbe } from '../tests/e2e/support.mjs';

const sizes = process.argv.slice(2).map(Number);
const corpora = [['seeds', null], ...(sizes.length ? sizes : [10_000]).map((n) => [`${n} synthetic`, n])];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launchBrowser();
for (const [name, events] of corpora) {
  let corpus;
  if (events) {
    corpus = mkdtempSync(join(tmpdir(), 'tideline-synth-'));
    execFileSync('cargo', ['run', '-q', '--release', '-p', 'tideline-compiler', '--bin', 'tideline', '--', 'synth', '--events', String(events), '--out', corpus], { cwd: root, stdio: 'ignore' });
  }
  const out = mkdtempSync(join(tmpdir(), 'tideline-dist-'));
  buildWidget({ corpus, out });
  const server = await serveDist({}, out);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(tidelineProbe);
  await page.goto(server.url);
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
    const toggling = [];
    for (let round = 0; round < 5; round++) {
      for (const text of ['p', 'pl', 'pla', 'plat', 'platform', 'platform f', '']) {
        typing.push(change(() => { box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); }));
      }
      for (let i = 0; i < 2; i++) toggling.push(change(() => stance.click()));
    }
    return { typing, toggling, events: widget.querySelector('[role=status]').textContent };
  });
  console.log(`${name.padEnd(16)} ${samples.events.padEnd(14)} ready ${String(ready).padStart(5)} ms   keystroke median ${median(samples.typing).toFixed(1)} ms (max ${Math.max(...samples.typing).toFixed(1)})   stance toggle median ${median(samples.toggling).toFixed(1)} ms`);
  await page.close();
  await server.close();
}
await browser.close();
