// Live rebuild latency: from saving an article to the served page showing
// the change. Copies examples/scooters to a folder outside the repository,
// runs `scripts/serve.sh FOLDER`, opens the page in Chromium (list view),
// then five times appends a dated sentence naming a new company to an article
// and times until the page's text shows that name (trunk rebuilds, build.rs
// recompiles the corpus, the page reloads itself). Prints each time and the
// median; the target is 15 s on a 2-core machine.
//
//   node bench/live-rebuild.mjs [EDITS]     (default 5; PORT env, default 8097)
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser, root } from '../tests/e2e/support.mjs';

const edits = Number(process.argv[2] ?? 5);
const port = Number(process.env.PORT ?? 8097);
const url = `http://127.0.0.1:${port}/#view=list`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const corpus = mkdtempSync(join(tmpdir(), 'tideline-live-'));
cpSync(join(root, 'examples/scooters'), corpus, { recursive: true });
const article = join(corpus, '2023-09-complaints.txt');

// Its own process group, so that trunk and the builds it starts end with it.
const server = spawn(join(root, 'scripts/serve.sh'), [corpus, '--port', String(port)], { cwd: root, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (chunk) => { serverLog = (serverLog + chunk).slice(-4000); });
const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
process.on('exit', stop);

/** The text of the page and of every shadow root in it. */
const deepText = () => {
  const parts = [];
  const walk = (node) => {
    parts.push(node.textContent ?? '');
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return parts.join(' ');
};

/** Waits until the page (reloading itself meanwhile) shows `marker`; ms taken from `since`. */
async function waitForText(page, marker, since, timeoutMs) {
  while (Date.now() - since < timeoutMs) {
    try {
      if ((await page.evaluate(deepText)).includes(marker)) return Date.now() - since;
    } catch { /* the page is reloading */ }
    await sleep(100);
  }
  throw new Error(`the page did not show ${marker} within ${timeoutMs / 1000} s\n${serverLog}`);
}

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const started = Date.now();
  // The first build may compile the widget from scratch.
  while (true) {
    try { await page.goto(url, { timeout: 5_000 }); break; } catch { /* not serving yet */ }
    if (Date.now() - started > 900_000) throw new Error(`trunk serve did not start\n${serverLog}`);
    await sleep(1_000);
  }
  const first = await waitForText(page, 'Port Avery', started, 900_000);
  console.log(`first build and page: ${(first / 1000).toFixed(1)} s`);

  const times = [];
  for (let edit = 1; edit <= edits; edit++) {
    await sleep(2_000);
    const name = `Zephyr${edit}${Date.now() % 1000} Rides`;
    const since = Date.now();
    appendFileSync(article, `\nThe transport department fined ${name} $1,000 on ${edit} October 2023 for blocking a ramp.\n`);
    const took = await waitForText(page, name, since, 180_000);
    times.push(took);
    console.log(`edit ${edit}: ${(took / 1000).toFixed(1)} s`);
  }
  console.log(`save → page shows it: median ${(median(times) / 1000).toFixed(1)} s over ${edits} edits (max ${(Math.max(...times) / 1000).toFixed(1)} s)`);
} finally {
  await browser.close();
  stop();
  rmSync(corpus, { recursive: true, force: true });
}
