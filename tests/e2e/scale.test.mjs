// A synthetic corpus of 1,000 events built into the widget: the count is
// right, and the list keeps only a page of events in the DOM until the
// reader asks for more.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWidget, launchBrowser, openPage, root, serveDist } from './support.mjs';

describe('a widget built from 1,000 synthetic events', () => {
  let server, browser, compiled;

  before(async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'tideline-synth-'));
    const tideline = (...args) =>
      execFileSync('cargo', ['run', '-q', '--release', '-p', 'tideline-compiler', '--bin', 'tideline', '--', ...args], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    tideline('synth', '--events', '1000', '--out', corpus);
    compiled = JSON.parse(tideline('compile', corpus, '--json').toString('utf8'));
    const out = mkdtempSync(join(tmpdir(), 'tideline-dist-'));
    buildWidget({ corpus, out });
    server = await serveDist({}, out);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('counts every event and pages the list', async () => {
    const { page, errors } = await openPage(browser, `${server.url}#view=list`);
    const status = await page.getByRole('status').textContent();
    assert.equal(Number(status.match(/\d+/)[0]), compiled.events.length);
    const items = page.locator('.tl-list [data-event-id]');
    assert.equal(await items.count(), 100);
    const more = page.getByRole('button', { name: `Show 100 more of ${compiled.events.length - 100}` });
    await more.click();
    assert.equal(await items.count(), 200);
    // A new filter starts again from the first page.
    await page.getByRole('checkbox', { name: /^Easing/ }).check();
    const easing = compiled.events.filter((e) => e.stance === 'easing').length;
    assert.equal(await items.count(), Math.min(100, easing));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
