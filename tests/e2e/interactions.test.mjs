// Every interaction of the widget, as a reader meets it in headless Chromium:
// filters and counts, the URL, the detail card, the list, zooming and
// panning, the overview brush, downloads, copy link, keyboard, axe, phone
// width and themes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, root, statusCount, useSeedsWidget } from './support.mjs';

describe('interacting with the widget', () => {
  const seeds = useSeedsWidget({ before, after });
  const count = statusCount;
  const ticks = (page) => page.locator('.tl-tick').allTextContents();
  /** Events in the list, once drawn (a hidden list is redrawn after a change, busy till then). */
  const listed = async (page) => {
    await page.locator('.tl-list:not([aria-busy])').waitFor({ state: 'attached' });
    return page.locator('.tl-list [data-event-id]').count();
  };
  /** The last day of an ISO period as the compiler writes it: 2023, 2023-Q3, 2023-07, 2023-07-12. */
  const periodEnd = (iso) => {
    const [year, part, day] = iso.split('-');
    if (day) return iso;
    const month = !part ? 12 : part.startsWith('Q') ? Number(part.slice(1)) * 3 : Number(part);
    const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, '0')}-${last}`;
  };
  /** The first event (in list order) that names an actor, and its index. */
  const withActors = () => {
    const index = seeds.compiled.events.findIndex((e) => e.actors.length > 0);
    return { index, event: seeds.compiled.events[index] };
  };
  const zoomIn = (page) => page.getByRole('button', { name: 'Zoom in', exact: true });
  /** Waits (5 s at most) for the page URL to match: a discrete change is pushed to history after its frame. */
  const urlMatches = (page, pattern) => page.waitForURL(pattern, { waitUntil: 'commit', timeout: 5000 });

  test('a category narrows the events and every option shows its count', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url);
    const category = seeds.compiled.events[0].category.replace('_', ' ');
    const expected = seeds.compiled.events.filter((e) => e.category === seeds.compiled.events[0].category).length;
    await page.getByText('Categories').click();
    const box = page.getByRole('checkbox', { name: new RegExp(`^${category} \\(${expected}\\)$`) });
    await box.check();
    assert.equal(await count(page), expected);
    assert.equal(await listed(page), expected);
    // Stance counts now count within the category; a source without events
    // in it is dimmed (source options are built when Sources first opens).
    const stances = await page.locator('.tl-stances .tl-option').allTextContents();
    const total = stances.map((s) => Number(s.match(/\((\d+)\)/)[1])).reduce((a, b) => a + b);
    assert.equal(total, expected);
    assert.equal(await page.locator('[data-facet="document"]').count(), 0, 'no source options before Sources opens');
    await page.getByText('Sources').click();
    await page.locator('[data-facet="document"]').first().waitFor(); // the toggle event comes as a task
    assert.equal(await page.locator('[data-facet="document"]').count(), seeds.compiled.documents.length);
    assert.ok(await page.locator('.tl-facet .tl-empty').count() > 0, 'empty options are dimmed');
    await page.getByRole('button', { name: 'Clear all' }).click();
    assert.equal(await count(page), seeds.compiled.events.length);
    assert.equal(await box.isChecked(), false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the month range keeps events inside it', async () => {
    const { page } = await openPage(seeds.browser, seeds.server.url);
    // An event is kept when its period (or span) ends in or after January 2023.
    const expected = seeds.compiled.events.filter((e) => periodEnd(e.end ?? e.date) >= '2023-01-01').length;
    const from = page.getByLabel('From', { exact: true });
    await from.fill('2023-01');
    await from.dispatchEvent('change');
    assert.equal(await count(page), expected);
    await urlMatches(page, /from=2023-01/);
    await page.close();
  });

  test('the URL keeps the state, restores it on load and follows Back and Forward', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url);
    const easing = seeds.compiled.events.filter((e) => e.stance === 'easing').length;
    await page.getByRole('checkbox', { name: /easing/i }).check();
    await urlMatches(page, /#stance=easing$/);
    await page.getByRole('button', { name: 'List' }).click();
    await urlMatches(page, /#stance=easing&view=list$/);
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('view=list'));
    assert.equal(await page.locator('.tl-list').isHidden(), true, 'back to the timeline');
    await page.goBack();
    await page.waitForFunction((n) => document.querySelector('[data-tideline]').shadowRoot.querySelectorAll('.tl-list [data-event-id]').length === n, seeds.compiled.events.length);
    assert.equal(await page.getByRole('checkbox', { name: /easing/i }).isChecked(), false);
    await page.goForward();
    await page.waitForFunction((n) => document.querySelector('[data-tideline]').shadowRoot.querySelectorAll('.tl-list [data-event-id]').length === n, easing);

    const linked = await openPage(seeds.browser, `${seeds.server.url}#stance=easing&view=list&q=`);
    assert.equal(await count(linked.page), easing);
    assert.equal(await linked.page.getByRole('checkbox', { name: /easing/i }).isChecked(), true);
    assert.equal(await linked.page.locator('.tl-list').isVisible(), true);
    const broken = await openPage(seeds.browser, `${seeds.server.url}#stance=%ZZ,nope&from=2099-99&window=x..y&event=zz&&=&lanes=`);
    assert.equal(await count(broken.page), seeds.compiled.events.length);
    assert.deepEqual([...errors, ...linked.errors, ...broken.errors], []);
    await Promise.all([page.close(), linked.page.close(), broken.page.close()]);
  });

  test('a crafted link of over a megabyte opens bounded and the widget keeps answering', async () => {
    const hash = `#q=${'word+'.repeat(200_000)}&stance=${'easing,'.repeat(50_000)}&window=0001-01-01..9999-12-31`;
    const { page, errors } = await openPage(seeds.browser, `${seeds.server.url}${hash}`);
    const search = page.getByRole('searchbox');
    assert.ok((await search.inputValue()).length <= 200, 'the search text is cut to the box’s limit');
    assert.equal(await page.getByRole('checkbox', { name: /easing/i }).isChecked(), true);
    await search.fill('');
    const easing = seeds.compiled.events.filter((e) => e.stance === 'easing').length;
    await page.waitForFunction((n) => document.querySelector('[data-tideline]').shadowRoot.querySelectorAll('.tl-list [data-event-id]').length === n, easing);
    assert.equal(await count(page), easing);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the detail card opens, steps, filters by an actor and closes on Escape', async () => {
    const { page, errors } = await openPage(seeds.browser, `${seeds.server.url}#view=list`);
    const { index, event: first } = withActors();
    await page.locator('.tl-list .tl-open').nth(index).click();
    const card = page.getByRole('complementary', { name: 'Event details' });
    await card.waitFor();
    await urlMatches(page, new RegExp(`event=${first.id}`));
    assert.equal(await card.locator('.tl-detail-title').textContent(), first.summary);
    assert.match(await card.locator('.tl-why').textContent(), new RegExp(`Why ${first.stance}`));
    await card.getByRole('button', { name: 'Next →' }).click();
    assert.equal(await card.locator('.tl-detail-title').textContent(), seeds.compiled.events[index + 1].summary);
    await card.getByRole('button', { name: '← Previous' }).click();
    const actor = first.actors[0].name;
    await card.getByRole('button', { name: actor, exact: true }).click();
    const withActor = seeds.compiled.events.filter((e) => e.actors.some((a) => a.name === actor)).length;
    assert.equal(await count(page), withActor);
    await urlMatches(page, new RegExp(`actor=${encodeURIComponent(actor).replace(/%20/g, '\\+')}`));
    await page.getByRole('button', { name: `Remove actor ${actor}` }).waitFor();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await urlMatches(page, (url) => !/event=/.test(url.href));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Escape with a card open and focus in the actor box closes the card and the widget keeps working', async () => {
    // Closing the card moves focus to the event's marker; the actor box's
    // blur listener then runs while the close is still on the stack.
    const { event } = withActors();
    const { page, errors } = await openPage(seeds.browser, `${seeds.server.url}#event=${event.id}`);
    const card = page.getByRole('complementary', { name: 'Event details' });
    await card.waitFor();
    const box = page.getByRole('combobox', { name: 'Actors' });
    await box.focus();
    await box.press('Escape'); // closes the suggestions the focus opened
    await box.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.locator('.tl-stances input[type=checkbox]').first().check();
    const tightening = seeds.compiled.events.filter((e) => e.stance === 'tightening').length;
    assert.equal(await count(page), tightening);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the axis is one tab stop whose arrow keys move between markers in order and pan at the edge', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 900 } });
    const axis = page.getByRole('region', { name: /Timeline/ });
    const markers = await page.locator('.tl-axis [data-event-id]').count();
    assert.ok(markers > 5);
    assert.equal(await page.locator('.tl-axis [data-event-id][tabindex="0"]').count(), 0, 'no marker is a tab stop of its own');
    await axis.focus();
    /** The focused marker's event id and its centre's x. */
    const focused = () => page.evaluate(() => {
      const el = document.querySelector('[data-tideline]').shadowRoot.activeElement;
      const box = el?.getBoundingClientRect();
      return el?.dataset.eventId ? { id: el.dataset.eventId, x: box.left + box.width / 2 } : null;
    });
    await page.keyboard.press('ArrowRight');
    const first = await focused();
    assert.ok(first, 'the first arrow focuses a marker');
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    assert.ok(second.x > first.x, 'the next marker is to the right');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused()).id, first.id);
    // Enter opens the focused marker's card.
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Event details' }).waitFor();
    await page.keyboard.press('Escape');
    assert.equal((await focused())?.id, first.id, 'closing the card returns focus to its marker');
    // Past the leftmost marker, the axis pans (and keeps focus).
    const window = () => page.evaluate(() => location.hash);
    for (let i = 0; i < markers + 2 && !/window=/.test(await window()); i++) await page.keyboard.press('ArrowLeft');
    await urlMatches(page, /window=/);
    // Tab leaves the axis for the next control, not the next marker.
    await axis.focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(), null);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('search words are marked in the evidence', async () => {
    const { page } = await openPage(seeds.browser, `${seeds.server.url}#q=platform&event=${seeds.compiled.events.find((e) => /platform/i.test(e.sources[0].evidence)).id}`);
    const marks = await page.locator('.tl-detail mark').allTextContents();
    assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === 'platform'), marks.join());
    await page.close();
  });

  test('the actor picker suggests by kind and adds a chip', async () => {
    const { page } = await openPage(seeds.browser, seeds.server.url);
    const actor = withActors().event.actors[0];
    const box = page.getByRole('combobox', { name: 'Actors' });
    await box.fill(actor.name.slice(0, 4));
    const option = page.getByRole('group', { name: actor.kind }).getByRole('option', { name: new RegExp(actor.name) });
    await option.waitFor();
    // Arrow down to the actor's option (others of other kinds may come first,
    // "Chinese government" before the place "China"), then take it with Enter.
    const wanted = await option.getAttribute('id');
    const options = await page.getByRole('option').count();
    for (let i = 0; i < options && (await box.getAttribute('aria-activedescendant')) !== wanted; i += 1) {
      await box.press('ArrowDown');
    }
    assert.equal(await box.getAttribute('aria-activedescendant'), wanted, 'the arrow keys reach every suggestion');
    await box.press('Enter');
    await page.getByRole('button', { name: `Remove actor ${actor.name}` }).click();
    assert.equal(await count(page), seeds.compiled.events.length);
    await page.close();
  });

  test('the list groups events under year and month headings', async () => {
    const { page } = await openPage(seeds.browser, `${seeds.server.url}#view=list`);
    const years = [...new Set(seeds.compiled.events.map((e) => e.date.slice(0, 4)))];
    assert.deepEqual(await page.locator('.tl-list h3').allTextContents(), years);
    const months = await page.locator('.tl-list h4').allTextContents();
    assert.ok(months.includes('April 2022') && months.includes('July 2023'), months.join());
    await page.close();
  });

  test('zooming, panning and Fit all change the ticks', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 900 } });
    const fitted = await ticks(page);
    assert.ok(fitted.some((t) => /^\d{4}$/.test(t)), `years when fitted: ${fitted.join()}`);
    // Zoom in until the ticks show weeks or days (each step halves the window).
    for (let i = 0; i < 14 && !(await ticks(page)).some((t) => /^\d{1,2} [A-Z][a-z]{2}/.test(t)); i++) await zoomIn(page).click();
    const zoomed = await ticks(page);
    assert.notDeepEqual(zoomed, fitted);
    assert.ok(zoomed.some((t) => /^\d{1,2} [A-Z][a-z]{2}/.test(t)), `weeks or days: ${zoomed.join()}`);
    // Arrow keys step through the markers in view, then pan past the last.
    await page.getByRole('region', { name: /Timeline/ }).focus();
    for (let i = 0; i < 100 && (await ticks(page)).join() === zoomed.join(); i++) await page.keyboard.press('ArrowRight');
    assert.notDeepEqual(await ticks(page), zoomed);
    await page.keyboard.press('-');
    await page.waitForTimeout(400);
    await urlMatches(page, /window=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d/);
    const box = await page.locator('.tl-axis').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 300, box.y + 20, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Fit all' }).click();
    assert.deepEqual(await ticks(page), fitted);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a narrower axis is redrawn with ticks spaced for its width', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 900 } });
    for (let i = 0; i < 3; i++) await zoomIn(page).click();
    const wide = await ticks(page);
    // Nothing but the width changes: the ResizeObserver alone redraws.
    await page.setViewportSize({ width: 700, height: 900 });
    await page.waitForFunction((n) => document.querySelector('[data-tideline]').shadowRoot.querySelectorAll('.tl-tick').length < n, wide.length);
    const narrow = await ticks(page);
    assert.ok(narrow.length >= 2, `ticks at 700px: ${narrow.join()}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the overview brush shows and moves the visible window', async () => {
    const { page } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 900 } });
    const brush = page.getByRole('slider', { name: /Visible window/ });
    const full = await brush.boundingBox();
    await zoomIn(page).click();
    const half = await brush.boundingBox();
    assert.ok(half.width < full.width * 0.6, `${half.width} vs ${full.width}`);
    const before = await ticks(page);
    await page.mouse.move(half.x + half.width / 2, half.y + 10);
    await page.mouse.down();
    await page.mouse.move(half.x + half.width / 2 + 200, half.y + 10, { steps: 4 });
    await page.mouse.up();
    const moved = await brush.boundingBox();
    assert.ok(moved.x > half.x + 100, `${moved.x} after ${half.x}`);
    assert.notDeepEqual(await ticks(page), before);
    assert.equal(await page.locator('.tl-bin-part').count() > 0, true, 'histogram bars');
    await page.close();
  });

  test('the overview histogram stacks the matching events by stance', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url);
    /** The stances of the histogram's visible parts, and their heights in px. */
    const drawn = () => page.locator('.tl-bin-part').evaluateAll((els) =>
      els.map((e) => [e.dataset.stance, e.getBoundingClientRect().height]).filter(([, h]) => h > 0));
    const all = await drawn();
    const stances = new Set(all.map(([stance]) => stance));
    assert.ok(stances.has('tightening') && stances.has('easing'), [...stances].join());
    await page.getByRole('checkbox', { name: /^Easing/ }).check();
    await page.waitForFunction(() => [...document.querySelector('[data-tideline]').shadowRoot.querySelectorAll('.tl-bin-part')]
      .every((e) => e.dataset.stance === 'easing' || e.getBoundingClientRect().height === 0));
    const easing = await drawn();
    assert.ok(easing.length > 0 && easing.length < all.length, `${easing.length} of ${all.length} parts`);
    // Unchecking draws the first histogram again.
    await page.getByRole('checkbox', { name: /^Easing/ }).uncheck();
    await page.waitForFunction((n) => [...document.querySelector('[data-tideline]').shadowRoot.querySelectorAll('.tl-bin-part')]
      .filter((e) => e.getBoundingClientRect().height > 0).length === n, all.length);
    assert.deepEqual(await drawn(), all);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('lanes split the axis by category with labels', async () => {
    const { page } = await openPage(seeds.browser, seeds.server.url);
    await page.getByLabel('Lanes').selectOption('category');
    const labels = await page.locator('.tl-lane-label').allTextContents();
    const expected = [...new Set(seeds.compiled.events.map((e) => e.category.replace('_', ' ')))];
    assert.deepEqual([...labels].sort(), [...expected].sort());
    await urlMatches(page, /lanes=category/);
    // Lanes and markers are kept between renders: switching back draws the
    // axis a fresh page draws, with nothing left over.
    const drawn = (p) => p.locator('.tl-axis .tl-marker, .tl-axis .tl-cluster').evaluateAll((els) => els.map((el) => el.dataset.eventId ?? `${el.textContent}@${el.style.left}`));
    await page.getByLabel('Lanes').selectOption('actor');
    await page.getByLabel('Lanes').selectOption('one');
    assert.equal(await page.locator('.tl-lane').count(), 1);
    assert.equal(await page.locator('.tl-lane-label').count(), 0);
    const fresh = await openPage(seeds.browser, seeds.server.url);
    assert.deepEqual(await drawn(page), await drawn(fresh.page));
    await fresh.page.close();
    await page.close();
  });

  test('CSV and JSON downloads hold the filtered events', async () => {
    const { page } = await openPage(seeds.browser, `${seeds.server.url}#stance=easing`);
    const easing = seeds.compiled.events.filter((e) => e.stance === 'easing');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csvText = await readFile(await csv.path(), 'utf8');
    assert.equal(csv.suggestedFilename(), 'tideline-events.csv');
    assert.equal(csvText.trim().split('\r\n').length, easing.length + 1);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    const data = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.equal(data.version, 1);
    assert.deepEqual(data.events, easing, 'the same shape and values as the compiler');
    await page.close();
  });

  test('Copy link puts the current URL on the clipboard', async () => {
    const context = await seeds.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${seeds.server.url}#stance=neutral`);
    await page.waitForSelector('[data-tideline-ready]');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Link copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    await context.close();
  });

  test('Copy link refused by the clipboard selects the link in a field instead, and copying again reuses it', async () => {
    const { page, errors } = await openPage(seeds.browser, `${seeds.server.url}#stance=easing`);
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    });
    const field = page.getByRole('textbox', { name: 'Link to this view' });
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByRole('button', { name: /^(Link copied|Copy the selected link)$/ }).waitFor();
      assert.equal(await field.inputValue(), page.url());
      await page.getByRole('button', { name: 'Copy link' }).waitFor({ timeout: 5000 }); // the label comes back
    }
    assert.equal(await field.count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the keyboard alone opens and closes an event', async () => {
    const { page } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 900 } });
    // Focus inside the widget's shadow root shows there, not on the document.
    const focused = () =>
      page.evaluate(() => {
        const el = document.querySelector('[data-tideline]').shadowRoot.activeElement;
        return {
          axis: !!el?.classList.contains('tl-axis'),
          marker: !!el?.classList.contains('tl-marker'),
          detail: !!el?.classList.contains('tl-detail'),
          id: el?.dataset.eventId,
        };
      });
    // Tab reaches the axis (one stop), and an arrow key its first marker.
    let guard = 0;
    while (!(await focused()).axis && guard++ < 60) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowRight');
    const { id, marker } = await focused();
    assert.ok(id && marker, 'a marker takes focus by Tab and an arrow key');
    await page.keyboard.press('Enter');
    assert.equal((await focused()).detail, true);
    await urlMatches(page, new RegExp(`event=${id}`));
    await page.keyboard.press('Escape');
    assert.equal((await focused()).id, id, 'focus returns to the marker');
    // Markers are role="button" elements: Space presses them too.
    await page.keyboard.press(' ');
    assert.equal((await focused()).detail, true);
    await urlMatches(page, new RegExp(`event=${id}`));
    await page.close();
  });

  test('a filter change keeps the markers of events still drawn, in order, and drops the rest', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 1280, height: 900 } });
    // Tag every marker element, so a kept one can be told from a rebuilt one.
    const tag = () => page.locator('.tl-axis .tl-marker').evaluateAll((els) => els.forEach((el) => { el.tlTest = el.dataset.eventId; }));
    const axis = () =>
      page.locator('.tl-axis .tl-lane').evaluateAll((lanes) =>
        lanes.map((lane) => [...lane.querySelectorAll('.tl-marker, .tl-cluster')].map((el) => ({
          id: el.dataset.eventId,
          kept: el.tlTest === el.dataset.eventId && el.tlTest !== undefined,
          stance: el.dataset.stance,
          left: parseFloat(el.style.left),
          count: el.classList.contains('tl-cluster') ? Number(el.textContent) : 1,
        }))),
      );
    const drawnBefore = new Set((await axis()).flat().map((m) => m.id).filter(Boolean));
    await tag();
    const easing = seeds.compiled.events.filter((e) => e.stance === 'easing');
    await page.getByRole('checkbox', { name: /easing/i }).check();
    assert.equal(await count(page), easing.length);
    const lanes = await axis();
    const marks = lanes.flat();
    const markers = marks.filter((m) => m.id);
    assert.ok(markers.length > 0);
    assert.deepEqual([...new Set(markers.map((m) => m.stance))], ['easing']);
    // An event drawn as a marker before and after keeps its element; a new one is new.
    for (const m of markers) assert.equal(m.kept, drawnBefore.has(m.id), `marker ${m.id}`);
    assert.ok(markers.some((m) => m.kept), 'some markers were kept');
    // Marks stay in time order within each lane, and count each easing event at most once.
    for (const lane of lanes) {
      const lefts = lane.map((m) => m.left);
      assert.deepEqual(lefts, [...lefts].sort((a, b) => a - b));
    }
    const onAxis = marks.reduce((n, m) => n + m.count, 0);
    const happened = easing.filter((e) => e.kind === 'event').length;
    assert.ok(onAxis >= happened && onAxis <= easing.length, `${onAxis} on the axis`);
    assert.equal(new Set(markers.map((m) => m.id)).size, markers.length, 'no event drawn twice');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('axe finds no serious or critical WCAG A/AA problems', async () => {
    for (const [hash, scheme] of [['', 'light'], ['#view=list&event=' + seeds.compiled.events[0].id, 'light'], ['', 'dark']]) {
      const { page } = await openPage(seeds.browser, seeds.server.url + hash, { colorScheme: scheme });
      await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
      const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
      const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${hash} ${scheme}`);
      await page.close();
    }
  });

  test('at 360px the widget opens on the list and nothing overflows', async () => {
    const { page, errors } = await openPage(seeds.browser, seeds.server.url, { viewport: { width: 360, height: 740 } });
    assert.equal(await page.locator('.tl-list').isVisible(), true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `overflows by ${overflow}px`);
    await page.getByRole('button', { name: 'Timeline' }).click();
    assert.equal(await page.locator('.tl-axis [data-event-id]').count(), seeds.compiled.events.length > 0 ? await page.locator('.tl-axis .tl-marker').count() : 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('dark by preference, and the theme button overrides it', async () => {
    const { page } = await openPage(seeds.browser, seeds.server.url, { colorScheme: 'dark' });
    const background = () => page.locator('.tideline').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(await background(), 'rgb(13, 17, 23)');
    await page.getByRole('button', { name: 'Theme: auto' }).click(); // → dark
    await page.getByRole('button', { name: 'Theme: dark' }).click(); // → light
    assert.equal(await page.locator('.tideline').getAttribute('data-theme'), 'light');
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.close();
  });
});
