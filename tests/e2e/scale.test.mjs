// Synthetic corpora built into the widget. 1,000 events: the count is
// right, and the list keeps only a page of events in the DOM until the
// reader asks for more. 10,000 events: the axis draws a bounded number of
// marks (the rest counted in badges, none lost) and the source options wait
// until the reader opens them. Search finds what the compiled text holds,
// from an index the widget builds (1,000) or finds embedded (10,000).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWidget, launchBrowser, openPage, root, serveDist, statusCount } from './support.mjs';

/** Synthesises `events` events, compiles them with the CLI and builds the widget with them. */
function synthesise(events) {
  const corpus = mkdtempSync(join(tmpdir(), 'tideline-synth-'));
  const tideline = (...args) =>
    execFileSync('cargo', ['run', '-q', '--release', '-p', 'tideline-compiler', '--bin', 'tideline', '--', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  tideline('synth', '--events', String(events), '--out', corpus);
  const compiled = JSON.parse(tideline('compile', corpus, '--json').toString('utf8'));
  const out = mkdtempSync(join(tmpdir(), 'tideline-dist-'));
  buildWidget({ corpus, out });
  return { compiled, out };
}

/** The compiled events whose text (summary, evidence, source titles, actor names) holds every word of `query`, folded. */
function expectedMatches(compiled, query) {
  const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const titles = new Map(compiled.documents.map((d) => [d.file, d.title ?? '']));
  const words = fold(query).split(/\s+/).filter(Boolean);
  return compiled.events.filter((e) => {
    const text = fold([e.summary, ...e.sources.flatMap((s) => [s.evidence, titles.get(s.file)]), ...e.actors.map((a) => a.name)].join(' '));
    return words.every((w) => text.includes(w));
  }).length;
}

/** Types each query into the search box as soon as the widget is ready, and checks the count it shows. */
async function searchesRightAway(synth) {
  const { page, errors } = await openPage(synth.browser, synth.server.url);
  for (const query of ['platform', 'fee', 'platform f', 'zzzq']) {
    await page.getByRole('searchbox').fill(query);
    const expected = expectedMatches(synth.compiled, query);
    assert.equal(await statusCount(page), expected, `"${query}"`);
  }
  assert.deepEqual(errors, []);
  await page.close();
}

/** Registers the build of an `events`-event widget, a server and a browser with before/after. */
function useSynthWidget(events) {
  const context = {};
  before(async () => {
    const { compiled, out } = synthesise(events);
    context.compiled = compiled;
    context.server = await serveDist({}, out);
    context.browser = await launchBrowser();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return context;
}

describe('a widget built from 1,000 synthetic events', () => {
  const synth = useSynthWidget(1000);

  test('counts every event and pages the list', async () => {
    const { page, errors } = await openPage(synth.browser, `${synth.server.url}#view=list`);
    const status = await page.getByRole('status').textContent();
    assert.equal(Number(status.match(/\d+/)[0]), synth.compiled.events.length);
    const items = page.locator('.tl-list [data-event-id]');
    assert.equal(await items.count(), 100);
    const more = page.getByRole('button', { name: `Show 100 more of ${synth.compiled.events.length - 100}` });
    await more.click();
    assert.equal(await items.count(), 200);
    // A new filter starts again from the first page.
    await page.getByRole('checkbox', { name: /^Easing/ }).check();
    const easing = synth.compiled.events.filter((e) => e.stance === 'easing').length;
    assert.equal(await items.count(), Math.min(100, easing));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('searches from the index it builds after its first paint', () => searchesRightAway(synth));
});

describe('a widget built from 10,000 synthetic events', () => {
  const synth = useSynthWidget(10000);

  test('draws a bounded number of marks and counts the rest', async () => {
    const { page, errors } = await openPage(synth.browser, synth.server.url, { viewport: { width: 1280, height: 900 } });
    const axis = page.locator('.tl-axis');
    const width = (await axis.boundingBox()).width;
    const markers = await axis.locator('[data-event-id]').count();
    const badges = await axis.locator('.tl-cluster').allTextContents();
    // Ten rows of marks at least 16 px wide, plus one row of overflow badges 40 px apart.
    const bound = 10 * Math.ceil(width / 16) + Math.ceil(width / 40);
    assert.ok(markers + badges.length <= bound, `${markers} markers + ${badges.length} badges > ${bound}`);
    // Nothing is lost: every event that happened is drawn or counted.
    const counted = markers + badges.map(Number).reduce((a, b) => a + b, 0);
    const happened = synth.compiled.events.filter((e) => e.kind === 'event').length;
    assert.ok(counted >= happened && counted <= synth.compiled.events.length, `${counted} drawn or counted of ${happened}`);
    assert.ok(happened > 5 * bound, 'the corpus is larger than what is drawn');
    // The source options (one per document) are built when Sources opens.
    assert.equal(await page.locator('[data-facet="document"]').count(), 0);
    await page.getByText('Sources').click();
    await page.locator('[data-facet="document"]').first().waitFor(); // the toggle event comes as a task
    assert.equal(await page.locator('[data-facet="document"]').count(), synth.compiled.documents.length);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('searches from the index embedded at build time', () => searchesRightAway(synth));

  test('coming back to every event shows what the first render showed', async () => {
    // Above 2,000 events the result with nothing filtered is kept (parts.rs,
    // `Widget::count`): what it shows must be what counting afresh shows.
    const { page, errors } = await openPage(synth.browser, synth.server.url, { viewport: { width: 1280, height: 900 } });
    const seen = () =>
      page.evaluate(() => {
        const widget = document.querySelector('[data-tideline]').shadowRoot;
        return {
          status: widget.querySelector('[role=status]').textContent,
          options: [...widget.querySelectorAll('.tl-controls label')].map((l) => l.textContent),
          marks: [...widget.querySelectorAll('.tl-axis [data-event-id]')].map((m) => m.dataset.eventId).sort(),
          badges: [...widget.querySelectorAll('.tl-axis .tl-cluster')].map((b) => b.textContent).sort(),
        };
      });
    const first = await seen();
    assert.equal(first.status, `${synth.compiled.events.length} events`);
    assert.ok(first.options.some((o) => /\d/.test(o)) && first.marks.length > 0);
    const box = page.getByRole('searchbox');
    const easing = page.getByRole('checkbox', { name: /^Easing/ });
    // Each change away from every event, then back.
    for (const [away, back] of [
      [() => box.fill('platform'), () => box.fill('')],
      [() => easing.check(), () => easing.uncheck()],
      [() => box.fill('p'), () => box.fill('')],
    ]) {
      await away();
      assert.notEqual((await seen()).status, first.status);
      await back();
      assert.deepEqual(await seen(), first);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
