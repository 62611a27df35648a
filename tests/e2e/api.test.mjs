// The JS API, call by call and event by event, in Chromium: what each
// returns, what the reader then sees in the widget, and which of `ready`,
// `select` and `change` fire (and stop firing after `off`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWidget, compileSeeds, launchBrowser, root, serveDist } from './support.mjs';

describe('the JS API', () => {
  let server, browser, compiled;

  before(async () => {
    buildWidget();
    compiled = compileSeeds();
    const dir = await mkdtemp(join(tmpdir(), 'tideline-api-'));
    await cp(join(root, 'dist'), dir, { recursive: true });
    await writeFile(
      join(dir, 'api.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API</title><link rel="icon" href="favicon.svg">' +
        '<script type="module" src="tideline.js"></script></head><body><div id="target" style="width: 1000px"></div></body></html>',
    );
    server = await serveDist({}, dir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page with the API loaded and a record of every event each handle fires (`window.seen`). */
  async function open() {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(`${server.url}api.html`);
    await page.waitForFunction(() => window.Tideline);
    return { page, errors };
  }

  const where = (test) => compiled.events.filter(test);
  const alibaba = (e) => e.actors.some((a) => a.name === 'Alibaba');

  test('mount takes an options object; the filter may be text or an object', async () => {
    const { page, errors } = await open();
    const state = await page.evaluate(async () => {
      window.handle = await Tideline.mount(document.getElementById('target'), { filter: { stance: 'easing', actors: ['Alibaba'] }, lanes: 'category', height: 500 });
      return handle.getState();
    });
    assert.deepEqual(state.filter, { stance: ['easing'], category: [], actors: ['Alibaba'], documents: [], from: null, to: null, query: '' });
    assert.equal(state.matches, where((e) => e.stance === 'easing' && alibaba(e)).length);
    assert.equal(state.lanes, 'category');
    assert.equal(state.view, 'timeline');
    assert.equal(state.selected, null);
    assert.match(state.window.from, /^\d{4}-\d{2}-\d{2}$/);
    const host = page.locator('#target');
    assert.equal(await host.locator('.tideline').evaluate((el) => getComputedStyle(el).height), '500px');

    const problems = await page.evaluate(async () => {
      const target = document.getElementById('target');
      const reasons = [];
      for (const options of [{ colour: 'red' }, { height: 12.5 }, { view: 3 }, { filter: { stances: 'easing' } }, { filter: { actors: ['Nobody'] } }, { filter: 42 }]) {
        reasons.push(await Tideline.mount(target, options).then(() => 'resolved', (e) => e.message));
      }
      return reasons;
    });
    assert.match(problems[0], /^Tideline\.mount: unknown option `colour` \(use filter, view, lanes, theme, height, syncUrl\)$/);
    assert.match(problems[1], /option `height` must be a CSS length/);
    assert.match(problems[2], /option `view` must be a string, not a number/);
    assert.match(problems[3], /unknown filter field `stances` \(use stance, category, actors, documents, from, to, query\)/);
    assert.match(problems[4], /`actor=Nobody` matches no actor/);
    assert.match(problems[5], /a filter is text like "stance=easing" or an object/);
    // A refused mount leaves the widget that was there.
    assert.equal(await page.evaluate(() => handle.getState().lanes), 'category');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('setFilter takes URL text or an object, and events() lists what a filter keeps in the JSON contract', async () => {
    const { page, errors } = await open();
    await page.evaluate(async () => {
      window.handle = await Tideline.mount(document.getElementById('target'), { view: 'list' });
    });
    const expected = where((e) => e.stance === 'tightening' && alibaba(e));
    const state = await page.evaluate(() => handle.setFilter({ stance: 'tightening', actors: 'Alibaba' }));
    assert.deepEqual([state.filter.stance, state.filter.actors, state.matches], [['tightening'], ['Alibaba'], expected.length]);
    assert.equal(await page.locator('#target .tl-list [data-event-id]').count(), expected.length);

    // The widget's own filter by default, any other on request, text or object.
    const listed = await page.evaluate(() => handle.events());
    assert.deepEqual(listed, expected, 'the events as the compiler writes them');
    assert.equal((await page.evaluate(() => handle.events('stance=easing'))).length, where((e) => e.stance === 'easing').length);
    // Events whose period overlaps March 2021 (a year or quarter may), by object or by text.
    const [march, marchText] = await page.evaluate(() => [handle.events({ from: '2021-03', to: '2021-03' }), handle.events('from=2021-03&to=2021-03')]);
    assert.ok(march.length > 0 && march.length < compiled.events.length);
    assert.deepEqual(march, marchText);

    // getState().filter goes back in unchanged; text and object agree.
    const again = await page.evaluate(async () => (await handle.setFilter(handle.getState().filter)).filter);
    assert.deepEqual(again, state.filter);
    const fromText = await page.evaluate(async () => (await handle.setFilter('stance=tightening&actor=Alibaba')).filter);
    assert.deepEqual(fromText, state.filter);
    const cleared = await page.evaluate(async () => (await handle.setFilter('')).matches);
    assert.equal(cleared, compiled.events.length);

    const refused = await page.evaluate(async () => [
      await handle.setFilter('actor=Nobody').catch((e) => e.message),
      await handle.setFilter({ query: 7 }).catch((e) => e.message),
      (() => { try { handle.events('cat=nothing'); } catch (e) { return e.message; } })(),
    ]);
    assert.match(refused[0], /^setFilter: `actor=Nobody` matches no actor/);
    assert.match(refused[1], /^setFilter: `query` must be a string/);
    assert.match(refused[2], /^events: `cat=nothing` matches no category/);
    assert.equal(await page.evaluate(() => handle.getState().matches), compiled.events.length, 'a refused filter changes nothing');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('select, setWindow and fit move the widget, and on/off report ready, select and change', async () => {
    const { page, errors } = await open();
    await page.evaluate(async () => {
      window.seen = { ready: [], select: [], change: [] };
      window.handle = await Tideline.mount(document.getElementById('target'));
      window.record = Object.fromEntries(['ready', 'select', 'change'].map((name) => [name, (value) => seen[name].push(value)]));
      for (const name of ['ready', 'select', 'change']) handle.on(name, record[name]);
    });
    // `ready` reaches a subscriber that came after the first paint.
    await page.waitForFunction(() => seen.ready.length === 1);
    assert.equal((await page.evaluate(() => seen.ready[0])).matches, compiled.events.length);
    const fitted = await page.evaluate(() => handle.getState().window);

    // select(id) opens the card and fires `select` with the event; null closes it.
    const event = compiled.events[3];
    await page.evaluate((id) => handle.select(id), event.id);
    const card = page.getByRole('complementary', { name: 'Event details' });
    await card.getByText(event.summary).first().waitFor();
    assert.equal(await page.evaluate(() => handle.getState().selected), event.id);
    await page.evaluate(() => handle.select(null));
    await card.waitFor({ state: 'hidden' });
    assert.deepEqual(await page.evaluate(() => seen.select), [event, null]);
    assert.match(await page.evaluate(() => { try { handle.select('ffffffffffff'); } catch (e) { return e.message; } }), /^select: no event has the id "ffffffffffff"$/);

    // setWindow shows those days (months run to their end), fit() every event; each fires `change`.
    await page.evaluate(() => handle.setWindow('2021-01', '2021-06'));
    assert.deepEqual(await page.evaluate(() => handle.getState().window), { from: '2021-01-01', to: '2021-06-30' });
    const ticks = await page.locator('#target .tl-axis').innerText();
    assert.match(ticks, /Feb|Mar|Apr/);
    await page.evaluate(() => handle.fit());
    assert.deepEqual(await page.evaluate(() => handle.getState().window), fitted);
    assert.deepEqual(await page.evaluate(() => seen.change.map((s) => s.window)), [{ from: '2021-01-01', to: '2021-06-30' }, fitted]);
    // Crafted windows are kept within the zoom limits or refused.
    await page.evaluate(() => handle.setWindow('2021-01-01', '2021-01-01'));
    assert.deepEqual(await page.evaluate(() => handle.getState().window), { from: '2020-12-29', to: '2021-01-04' });
    const refused = await page.evaluate(() => ['2021-13', ['2022-01', '2021-01'], [1, 2]].map((args) => {
      try { handle.setWindow(...(Array.isArray(args) ? args : [args, args])); return 'accepted'; } catch (e) { return e.message; }
    }));
    assert.match(refused[0], /^setWindow: `2021-13` is not a day or month/);
    assert.match(refused[1], /^setWindow: `2021-01` is before `2022-01`/);
    assert.match(refused[2], /^setWindow: give two days or months as text/);

    // The reader's own changes fire `change` too, with the new state.
    await page.evaluate(() => { seen.change.length = 0; });
    await page.locator('#target').getByRole('button', { name: /^Filters/ }).click();
    await page.locator('#target').getByRole('checkbox', { name: /easing/i }).check();
    await page.waitForFunction(() => seen.change.length === 1);
    assert.deepEqual(await page.evaluate(() => seen.change[0].filter.stance), ['easing']);

    // off(name, callback) stops that callback; off(name) every one on it.
    const calls = await page.evaluate(() => {
      handle.off('change', record.change);
      const extra = [];
      handle.on('select', (e) => extra.push(e?.id ?? null));
      handle.off('select');
      handle.fit();
      handle.setWindow('2020-01', '2020-12');
      handle.select(handle.events()[0].id);
      return { change: seen.change.length, select: seen.select.length, extra: extra.length };
    });
    assert.deepEqual(calls, { change: 1, select: 2, extra: 0 });
    assert.match(await page.evaluate(() => { try { handle.on('hover', () => {}); } catch (e) { return e.message; } }), /^on: unknown event "hover" \(use "ready", "select" or "change"\)$/);
    assert.match(await page.evaluate(() => { try { handle.on('change', 'not a function'); } catch (e) { return e.message; } }), /^on: the callback must be a function$/);
    assert.match(await page.evaluate(() => { try { handle.off('change', 'not a function'); } catch (e) { return e.message; } }), /^off: the callback must be a function/);

    // A callback may take the widget down; later calls say it is gone.
    const gone = await page.evaluate(() => {
      handle.on('change', () => handle.destroy());
      handle.fit();
      return ['getState', 'fit', 'events'].map((m) => { try { handle[m](); return 'ok'; } catch (e) { return e.message; } });
    });
    assert.deepEqual(gone, ['getState: this widget was destroyed', 'fit: this widget was destroyed', 'events: this widget was destroyed']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('page listeners may call the API while the widget redraws: pointer and keyboard paths kill nothing', async () => {
    // Removing a focused button (the card's Next, an actor chip) fires blur
    // and focusout before the removal returns, so a page that answers focus
    // events through the API calls into the widget in the middle of its
    // redraw; so do its own listeners when focus moves.
    const { page, errors } = await open();
    // An event with actors whose marker is on the axis (not counted in a badge).
    const drawn = await page.evaluate(async () => {
      window.handle = await Tideline.mount(document.getElementById('target'));
      return [...document.getElementById('target').shadowRoot.querySelectorAll('.tl-axis [data-event-id]')].map((el) => el.dataset.eventId);
    });
    const index = compiled.events.findIndex((e, i) => e.actors.length > 0 && i + 1 < compiled.events.length && drawn.includes(e.id));
    const event = compiled.events[index];
    await page.evaluate((id) => {
      window.reentry = { reads: 0, failures: [], onFocusOut: null };
      const guard = (work) => { try { work(); } catch (err) { reentry.failures.push(String(err)); } };
      for (const type of ['focusin', 'focusout']) {
        document.addEventListener(type, () => guard(() => {
          handle.getState();
          handle.events({ stance: ['easing'] });
          reentry.reads++;
        }), true);
      }
      document.addEventListener('focusout', () => {
        const once = reentry.onFocusOut;
        reentry.onFocusOut = null;
        if (once) guard(once);
      }, true);
      handle.select(id);
    }, event.id);
    const target = page.locator('#target');
    const card = target.getByRole('complementary', { name: 'Event details' });
    const title = card.locator('.tl-detail-title');
    await card.waitFor();

    // Pointer: Next has focus when the card is redrawn without it.
    await card.getByRole('button', { name: 'Next →' }).click();
    assert.equal(await title.textContent(), compiled.events[index + 1].summary);
    // The same, and the page changes the filter from inside the redraw: the
    // change is drawn once the redraw is done.
    await page.evaluate(() => { reentry.onFocusOut = () => handle.setFilter('stance=easing'); });
    await card.getByRole('button', { name: '← Previous' }).click();
    assert.equal(await title.textContent(), event.summary);
    const easing = compiled.events.filter((e) => e.stance === 'easing').length;
    assert.equal(await page.evaluate(() => reentry.onFocusOut), null, 'the page listener ran');
    assert.deepEqual(await page.evaluate(() => handle.getState().filter.stance), ['easing']);
    assert.match(await target.getByRole('status').textContent(), new RegExp(`^${easing} event`));

    // Pointer: an actor chip in the card filters and is redrawn away.
    const actor = event.actors[0].name;
    await card.getByRole('button', { name: actor, exact: true }).click();
    assert.deepEqual(await page.evaluate(() => handle.getState().filter.actors), [actor]);

    // Keyboard: the chosen actor's chip, removed by Enter while it has focus.
    await target.getByRole('button', { name: /^Filters/ }).click();
    await target.getByRole('button', { name: `Remove actor ${actor}` }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => handle.getState().filter.actors.length === 0);

    // Keyboard: Escape with the card open and focus in the actor box: focus
    // moves to the event's marker, and the box's blur listener runs while
    // the card's close is on the stack. (Focus moving inside the widget is
    // not seen by the page: both ends are its host.)
    await target.getByRole('checkbox', { name: /easing/i }).uncheck();
    assert.match(await target.getByRole('status').textContent(), new RegExp(`^${compiled.events.length} event`));
    const box = target.getByRole('combobox', { name: 'Actors' });
    await box.focus();
    await box.press('Escape'); // closes the suggestions the focus opened
    await box.press('Escape');
    await card.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => handle.getState().selected), null);
    const onMarker = await page.evaluate(() => document.getElementById('target').shadowRoot.activeElement?.dataset.eventId);
    assert.equal(onMarker, event.id, 'focus returns to the marker');

    // The widget still answers the reader.
    await target.getByRole('checkbox', { name: /easing/i }).check();
    assert.match(await target.getByRole('status').textContent(), new RegExp(`^${easing} event`));
    const { reads, failures } = await page.evaluate(() => reentry);
    assert.ok(reads > 5, `the page's focus listeners ran (${reads})`);
    assert.deepEqual(failures, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('tideline.d.ts in dist/ types every call and event', async () => {
    const types = await readFile(join(root, 'dist', 'tideline.d.ts'), 'utf8');
    for (const name of ['getState', 'setFilter', 'events', 'select', 'setWindow', 'fit', 'on<', 'off<', 'destroy', 'ready:', 'select:', 'change:']) {
      assert.ok(types.includes(name), `${name} in tideline.d.ts`);
    }
  });
});
