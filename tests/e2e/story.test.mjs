// The timeline a reader understands at a glance: headlines on the axis
// without overlaps, a preview on hover and focus, quiet vague dates with a
// legend, the controls folded into one bar in embeds and on phones, and the
// guided tour.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, root, useSeedsWidget } from './support.mjs';

/**
 * The axis's headline labels as the reader sees them in the first screen:
 * each shown label's text, box, whether it shows its whole text, and the
 * boxes of the marks, all in viewport pixels.
 */
const firstScreen = (page) =>
  page.evaluate(() => {
    const widget = document.querySelector('[data-tideline]').shadowRoot;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const axis = box(widget.querySelector('.tl-axis'));
    const labels = [...widget.querySelectorAll('.tl-axis .tl-text')]
      .filter((el) => !el.hidden && el.getClientRects().length > 0)
      .map((el) => ({
        text: el.textContent,
        box: box(el),
        whole: el.scrollWidth <= el.clientWidth + 1,
        event: el.closest('[data-event-id]')?.dataset.eventId ?? null,
      }));
    return { axis, labels, marks: [...widget.querySelectorAll('.tl-axis .tl-marker, .tl-axis .tl-cluster')].map(box), width: innerWidth, height: innerHeight };
  });

const overlaps = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (a, outer) => a.left >= outer.left - 0.5 && a.right <= outer.right + 0.5 && a.top >= outer.top - 0.5 && a.bottom <= outer.bottom + 0.5;

describe('a timeline a reader understands at a glance', () => {
  const seeds = useSeedsWidget({ before, after });
  const headline = (id) => seeds.compiled.events.find((e) => e.id === id)?.summary;

  test('at 1280×800 at least 20 events are readable by their headline on the first screen, none overlapping', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 800 } });
    const { axis, labels, marks, width, height } = await firstScreen(page);
    const screen = { left: 0, top: 0, right: width, bottom: height };
    // No label runs out of the axis or covers another label or a mark.
    for (const [i, a] of labels.entries()) {
      assert.ok(a.box.left >= axis.left - 0.5 && a.box.right <= axis.right + 0.5, `“${a.text}” runs out of the axis`);
      for (const b of labels.slice(i + 1)) assert.ok(!overlaps(a.box, b.box), `“${a.text}” overlaps “${b.text}”`);
      for (const mark of marks) assert.ok(!overlaps(a.box, mark), `“${a.text}” covers a mark`);
      if (a.event) assert.equal(a.text, headline(a.event), 'a marker is labelled by its headline');
    }
    const shown = labels.filter((l) => inside(l.box, screen) && inside(l.box, axis) && l.box.right - l.box.left > 0);
    // Readable: the whole headline, or at least 100 px of it before the ellipsis.
    const readable = shown.filter((l) => l.event && (l.whole || l.box.right - l.box.left >= 100));
    const whole = shown.filter((l) => l.event && l.whole);
    console.log(`first screen at 1280×800: ${readable.length} events readable by their headline (${whole.length} whole), ${shown.length} labels in all`);
    assert.ok(readable.length >= 20, `${readable.length} readable headlines`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('hover and focus preview an event (headline, date, stance) without opening its card', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 800 } });
    const marker = page.locator('.tl-axis .tl-marker').nth(3);
    const id = await marker.getAttribute('data-event-id');
    const event = seeds.compiled.events.find((e) => e.id === id);
    const preview = page.locator('.tl-preview');
    await marker.hover();
    await preview.waitFor();
    const text = await preview.textContent();
    assert.ok(text.startsWith(event.summary), text);
    assert.match(text, new RegExp(event.stance));
    assert.match(text, /\d{4}/, 'the date');
    assert.equal(await page.getByRole('complementary', { name: 'Event details' }).isHidden(), true, 'the card stays closed');
    await page.mouse.move(5, 5);
    await preview.waitFor({ state: 'hidden' });
    const other = page.locator('.tl-axis .tl-marker').nth(6);
    await other.focus();
    await preview.waitFor();
    assert.ok((await preview.textContent()).startsWith(headline(await other.getAttribute('data-event-id'))));
    assert.match(await other.getAttribute('aria-label'), /(tightening|easing|neutral): /, 'screen readers hear the stance too');
    await other.evaluate((el) => el.blur());
    await preview.waitFor({ state: 'hidden' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a badge named by the same event is kept from one render to the next, its label beside it', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 800 } });
    const badges = () =>
      page.locator('.tl-axis .tl-cluster').evaluateAll((els) =>
        els.map((el) => {
          const kept = el.tlTest === el.getAttribute('aria-label');
          el.tlTest = el.getAttribute('aria-label');
          const label = el.nextElementSibling?.classList.contains('tl-cluster-text') ? el.nextElementSibling : null;
          return { name: el.getAttribute('aria-label'), kept, label: label && !label.hidden ? label.textContent : null };
        }),
      );
    const before = await badges();
    const named = before.filter((b) => b.label);
    assert.ok(named.length > 0, 'some badges are labelled');
    for (const b of named) assert.ok(b.name.includes(`“${b.label}”`), `${b.name} is named by its label`);
    // Arrow keys step through the markers, then pan past the last one.
    await page.getByRole('region', { name: /Timeline/ }).focus();
    for (let i = 0; i < 100 && !(await page.evaluate(() => /window=/.test(location.hash))); i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /window=/.test(location.hash), null, { timeout: 5000 });
    const after = await badges();
    const again = after.filter((b) => before.some((a) => a.name === b.name && a.label));
    assert.ok(again.length > 0, 'a named badge is drawn again');
    for (const b of again) assert.equal(b.kept, true, `${b.name} kept`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('vague dates are thin ranges labelled at their start, and the legend says what each form means', async () => {
    const { page } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 800 } });
    const legend = await page.locator('.tl-legend').textContent();
    for (const words of ['tightening', 'easing', 'neutral', 'a day', 'a month, quarter or year', 'planned', 'events close together']) assert.ok(legend.includes(words), legend);
    const heights = await page.locator('.tl-axis .tl-marker').evaluateAll((els) =>
      els.map((el) => ({ period: el.classList.contains('tl-period'), height: el.getBoundingClientRect().height, label: el.querySelector('.tl-text').getBoundingClientRect(), left: el.getBoundingClientRect().left })),
    );
    const periods = heights.filter((m) => m.period);
    const days = heights.filter((m) => !m.period);
    assert.ok(periods.length > 0 && days.length > 0, 'the seeds have both');
    for (const p of periods) assert.ok(p.height <= 6, `a range is ${p.height}px tall`);
    for (const d of days) assert.equal(d.height, 14);
    for (const p of periods.filter((p) => p.label.width > 0)) assert.ok(Math.abs(p.label.left - p.left) <= 4, 'labelled at its start');
    await page.close();
  });

  test('a 600 px embed shows the axis with labelled events within its first 200 px, the controls folded into one bar', async () => {
    const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed</title><link rel="icon" href="favicon.svg"><script type="module" src="tideline.js"></script></head>' +
      '<body><h1>A post</h1><p>Some words first.</p><div data-tideline data-height="600"></div><div data-tideline data-filter="stance=easing"></div></body></html>';
    await writeFile(join(root, 'dist', 'embed-600.html'), html);
    const { page, errors } = await openPage(seeds.browser, `${seeds.server.url}embed-600.html`, { viewport: { width: 1000, height: 800 } });
    const widget = page.locator('[data-tideline]').first();
    await widget.locator('.tl-text').first().waitFor();
    const top = (await widget.boundingBox()).y;
    const axis = await widget.locator('.tl-axis').boundingBox();
    assert.ok(axis.y - top <= 200, `the axis starts ${axis.y - top}px into the widget`);
    const labelled = await widget.locator('.tl-axis .tl-text:not([hidden])').evaluateAll((els, bottom) => els.filter((el) => el.getBoundingClientRect().bottom <= bottom).length, top + 600);
    assert.ok(labelled >= 10, `${labelled} labels in the first 600 px`);
    const fold = widget.getByRole('button', { name: /^Filters/ });
    assert.equal(await fold.getAttribute('aria-expanded'), 'false');
    assert.equal(await widget.getByRole('checkbox', { name: /^Easing/ }).isVisible(), false, 'the full panel is folded');
    assert.equal(await widget.getByRole('searchbox').isVisible(), true, 'search stays in the bar');
    // The folded bar says how many filters are active, and opens the full panel.
    assert.equal(await page.locator('[data-tideline]').nth(1).getByRole('button', { name: /^Filters/ }).textContent(), 'Filters · 1 active');
    await fold.click();
    assert.equal(await fold.getAttribute('aria-expanded'), 'true');
    await widget.getByRole('checkbox', { name: /^Easing/ }).check();
    await widget.getByRole('checkbox', { name: /^Neutral/ }).check();
    assert.equal(await fold.textContent(), 'Filters · 2 active');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('on a phone the story comes first, the bar opens the full panel by keyboard and the URL keeps the state', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 360, height: 740 } });
    const fold = page.getByRole('button', { name: /^Filters/ });
    assert.equal(await fold.getAttribute('aria-expanded'), 'false');
    const list = await page.locator('.tl-list').boundingBox();
    assert.ok(list.y < 740 / 2, `the story starts at ${list.y}px`);
    await fold.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: /^Easing/ }).check();
    await page.waitForURL(/stance=easing/, { waitUntil: 'commit', timeout: 5000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `overflows by ${overflow}px`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the guided tour steps through the filtered events in date order, the card open and the axis following', async () => {
    const { page, errors } = await openPage(seeds.browser, `${seeds.server.url}#stance=tightening`, { viewport: { width: 1280, height: 800 } });
    const tightening = seeds.compiled.events.filter((e) => e.stance === 'tightening');
    const card = page.getByRole('complementary', { name: 'Event details' });
    await page.getByRole('button', { name: 'Guided tour' }).click();
    assert.equal(await page.getByRole('button', { name: 'Guided tour' }).getAttribute('aria-pressed'), 'true');
    for (let step = 0; step < Math.min(8, tightening.length); step++) {
      if (step > 0) await card.getByRole('button', { name: 'Next →' }).click();
      const event = tightening[step];
      assert.equal(await card.locator('.tl-detail-title').textContent(), event.summary, `step ${step + 1}`);
      assert.equal(await card.locator('.tl-step').textContent(), `Guided tour: ${step + 1} of ${tightening.length}`);
      await page.waitForURL(new RegExp(`event=${event.id}.*guide=on|guide=on.*event=${event.id}`), { waitUntil: 'commit', timeout: 5000 });
      // The axis follows: the event is drawn inside the window, as itself or in a badge.
      const left = await page.locator(`.tl-axis [data-event-id="${event.id}"]`).evaluateAll((els) => els.map((el) => parseFloat(el.style.left)));
      if (event.kind === 'event' && left.length) assert.ok(left[0] > 0 && left[0] < 100, `step ${step + 1} at ${left[0]}%`);
      else assert.ok(await page.locator('.tl-axis .tl-cluster').count() > 0, `step ${step + 1} drawn`);
    }
    const window = new URL(page.url()).hash.match(/window=([^&]+)/)?.[1];
    assert.ok(window, 'the window is part of the link');
    // A link restores the tour; closing the card ends it.
    const linked = await openPage(seeds.browser, page.url(), { viewport: { width: 1280, height: 800 } });
    assert.match(await linked.page.locator('.tl-step').textContent(), /^Guided tour: \d+ of \d+$/);
    await linked.page.getByRole('button', { name: 'Close details (Escape)' }).click();
    assert.equal(await linked.page.getByRole('button', { name: 'Guided tour' }).getAttribute('aria-pressed'), 'false');
    await linked.page.waitForURL((url) => !/guide=/.test(url.href), { waitUntil: 'commit', timeout: 5000 });
    assert.deepEqual([...errors, ...linked.errors], []);
    await linked.page.close();
    await page.close();
  });
});
