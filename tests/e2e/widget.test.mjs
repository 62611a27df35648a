// The widget as a reader meets it: built for a sub-path, served statically,
// opened in headless Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, statusCount, useSeedsWidget } from './support.mjs';

describe('the widget served under a sub-path', () => {
  const seeds = useSeedsWidget({ before, after });
  const count = statusCount;

  test('becomes ready and lists every compiled event, with no console error', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url);
    assert.ok(seeds.compiled.events.length > 0, 'the seeds compile to events');
    assert.equal(await count(page), seeds.compiled.events.length);
    const listed = await page.locator('.tl-list [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
    assert.deepEqual([...listed].sort(), seeds.compiled.events.map((e) => e.id).sort());
    // On the axis every event that happened is a marker, or counted in a
    // cluster of close ones; far-off plans may lie outside the first window.
    const markers = await page.locator('.tl-axis [data-event-id][data-stance]').count();
    const clustered = (await page.locator('.tl-axis .tl-cluster').allTextContents()).map(Number).reduce((a, b) => a + b, 0);
    const happened = seeds.compiled.events.filter((e) => e.kind === 'event').length;
    assert.ok(markers + clustered >= happened && markers + clustered <= seeds.compiled.events.length, `${markers} + ${clustered} on the axis`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the stance filter narrows the list to that stance', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url);
    const easing = seeds.compiled.events.filter((e) => e.stance === 'easing').length;
    assert.ok(easing > 0 && easing < seeds.compiled.events.length);
    await page.getByRole('checkbox', { name: /easing/i }).check();
    await page.waitForFunction((n) => document.querySelector('[data-tideline]').shadowRoot.querySelectorAll('.tl-list [data-event-id]').length === n, easing);
    assert.equal(await count(page), easing);
    const stances = await page.locator('.tl-list [data-stance]').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.stance))]);
    assert.deepEqual(stances, ['easing']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the search box narrows the list to matching events', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url);
    const word = 'tencent';
    // Search covers summaries, evidence, actor names and source titles.
    const titles = new Map(seeds.compiled.documents.map((d) => [d.file, d.title ?? '']));
    const text = (e) => [e.summary, ...e.sources.flatMap((s) => [s.evidence, titles.get(s.file)]), ...e.actors.map((a) => a.name)];
    const expected = seeds.compiled.events.filter((e) => text(e).join(' ').toLowerCase().includes(word)).length;
    assert.ok(expected > 0 && expected < seeds.compiled.events.length);
    await page.getByRole('searchbox').fill('TENCENT');
    await page.waitForFunction((n) => document.querySelector('[data-tideline]').shadowRoot.querySelectorAll('.tl-list [data-event-id]').length === n, expected);
    assert.equal(await count(page), expected);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
