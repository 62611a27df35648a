// Tideline as a guest on someone else's page: the example blog post with
// hostile CSS, under a sub-path and a strict Content-Security-Policy; the JS
// API from mount to destroy; widgets added and removed by client-side code.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWidget, compileSeeds, launchBrowser, root, serveDist } from './support.mjs';

const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// A page that attacks everything it can reach, and probes that show whether
// the widget's styles reached out.
const hostileCss = `
* { display: block !important; color: red !important; font-size: 40px; }
div { position: fixed; }
button, .tl-button { background: rgb(0, 255, 0); border: 5px solid blue; }
[hidden] { visibility: visible; }
`;
const probes = `
<p id="probe-status" class="tl-status">page text</p>
<button id="probe-button" class="tl-button" type="button">page button</button>
<p id="probe-hidden" hidden>page paragraph marked hidden</p>
`;

describe('embedded in a hostile blog post under a strict CSP', () => {
  let server, plain, browser, compiled, dir;

  before(async () => {
    buildWidget();
    compiled = compileSeeds();
    // dist/ plus the test pages, served together so 'self' covers them.
    dir = await mkdtemp(join(tmpdir(), 'tideline-embed-'));
    await cp(join(root, 'dist'), dir, { recursive: true });
    const post = await readFile(join(dir, 'blog-post.html'), 'utf8');
    const hostile = post
      .replace('<link rel="stylesheet" href="example.css">', '<link rel="stylesheet" href="example.css">\n  <link rel="stylesheet" href="hostile.css">')
      .replace('<article>', `<article>${probes}`);
    await writeFile(join(dir, 'hostile.html'), hostile);
    await writeFile(join(dir, 'hostile.css'), hostileCss);
    await writeFile(
      join(dir, 'api.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API</title><link rel="icon" href="favicon.svg">' +
        '<script type="module" src="tideline.js"></script></head><body>' +
        '<div id="target"></div><div data-tideline data-view="grid" data-filter="stance=sideways"></div></body></html>',
    );
    // A copy whose wasm is missing, with a script of the page's own.
    const broken = join(dir, 'broken');
    await cp(join(root, 'dist'), broken, { recursive: true });
    for (const file of await readdir(broken)) if (file.endsWith('.wasm')) await rm(join(broken, file));
    await writeFile(join(broken, 'page.js'), "document.body.dataset.pageScript = 'ran';\n");
    await writeFile(join(broken, 'blog-post.html'), post.replace('</article>', '</article>\n<script src="page.js" defer></script>'));
    // The README's snippets, pasted into plain pages as a blogger would.
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const section = readme.split('## Embed in your blog')[1].split('\n## ')[0];
    snippets = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].replaceAll('https://example.org/assets/tideline/', './'));
    for (const [i, snippet] of snippets.entries()) {
      const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title><link rel="icon" href="favicon.svg"></head><body>\n${snippet}</body></html>`;
      await writeFile(join(dir, `snippet-${i}.html`), page);
    }
    server = await serveDist({ 'content-security-policy': csp }, dir);
    plain = await serveDist({}, dir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await plain?.close();
  });

  let snippets;

  /** Opens `page` of the test site, recording console errors and warnings, CSP violations and requests. */
  async function open(file, options = {}, site = server) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const seen = { errors: [], warnings: [], requests: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') seen.errors.push(msg.text());
      if (msg.type() === 'warning') seen.warnings.push(msg.text());
    });
    page.on('pageerror', (err) => seen.errors.push(String(err)));
    page.on('request', (req) => seen.requests.push(req.url()));
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    await page.goto(site.url + file);
    return { context, page, seen };
  }

  const countIn = async (widget) => Number((await widget.getByRole('status').textContent()).match(/\d+/)[0]);
  const of = (stance) => compiled.events.filter((e) => e.stance === stance).length;

  test('both widgets render their own filter, styles stay on their side, and nothing is blocked', async () => {
    const { context, page, seen } = await open('hostile.html', { viewport: { width: 1000, height: 900 } });
    const widgets = page.locator('[data-tideline]');
    await page.locator('[data-tideline][data-tideline-ready]').nth(1).waitFor({ timeout: 15000 });
    assert.equal(await widgets.count(), 2);
    const [first, second] = [widgets.nth(0), widgets.nth(1)];
    assert.equal(await countIn(first), of('tightening'));
    assert.equal(await countIn(second), of('easing'));
    assert.ok(of('easing') < compiled.events.length, 'the filter narrows');
    const stances = await second.locator('.tl-list [data-stance]').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.stance))]);
    assert.deepEqual(stances, ['easing']);
    assert.equal(await second.locator('.tl-list').isVisible(), true, 'data-view="list"');
    assert.equal(await first.locator('.tl-axis').isVisible(), true, 'data-view="timeline"');

    // The page's CSS does not reach in...
    const inside = await second.locator('.tl-status').evaluate((el) => {
      const style = getComputedStyle(el);
      const controls = el.getRootNode().querySelector('.tl-controls');
      const detail = el.getRootNode().querySelector('.tl-detail');
      const host = el.getRootNode().host;
      return {
        color: style.color,
        fontSize: style.fontSize,
        controls: getComputedStyle(controls).display,
        detail: getComputedStyle(detail).display,
        hostPosition: getComputedStyle(host).position,
      };
    });
    assert.notEqual(inside.color, 'rgb(255, 0, 0)');
    assert.equal(inside.fontSize, '15px', 'the post sets --tideline-font-size: 15px');
    assert.equal(inside.controls, 'flex');
    assert.equal(inside.detail, 'none');
    assert.equal(inside.hostPosition, 'relative');
    const accent = await first.getByRole('button', { name: 'Timeline' }).evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(accent, 'rgb(138, 90, 0)', 'themed through --tideline-accent on the host');
    // ...and the widget's CSS does not reach out.
    const outside = await page.evaluate(() => {
      const style = (id) => getComputedStyle(document.getElementById(id));
      return {
        status: [style('probe-status').color, style('probe-status').fontSize],
        button: [style('probe-button').backgroundColor, style('probe-button').borderTopWidth],
        hidden: style('probe-hidden').display,
      };
    });
    assert.deepEqual(outside, { status: ['rgb(255, 0, 0)', '40px'], button: ['rgb(0, 255, 0)', '5px'], hidden: 'block' });

    // Widgets do not overlap one another despite `div { position: fixed }`.
    const [a, b] = [await first.boundingBox(), await second.boundingBox()];
    assert.ok(b.y >= a.y + a.height, `second below first: ${JSON.stringify([a, b])}`);

    await second.locator('.tl-list .tl-open').first().click();
    await second.getByRole('complementary', { name: 'Event details' }).waitFor();
    assert.equal(await first.getByRole('complementary', { name: 'Event details' }).isHidden(), true, 'independent state');
    // A widget that owns the URL pushes after the next frame: give it one.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    assert.equal(new URL(page.url()).hash, '', 'with two widgets, neither writes the URL');

    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(seen.errors, []);
    const origin = new URL(server.url).origin;
    assert.deepEqual(seen.requests.filter((url) => !url.startsWith(origin)), [], 'no third-party request');
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    await context.close();
  });

  test('the JS API mounts, filters, reports selections and destroy() leaves nothing behind', async () => {
    const { context, page, seen } = await open('api.html');
    await page.waitForFunction(() => window.Tideline);
    // Bad data attributes are warned about, and the widget still opens.
    await page.locator('[data-tideline][data-tideline-ready]').waitFor();
    assert.ok(seen.warnings.some((w) => w.includes('data-view: `grid` is not one of timeline, list')), seen.warnings.join('\n'));
    assert.ok(seen.warnings.some((w) => w.includes('`stance=sideways` matches no stance')), seen.warnings.join('\n'));

    const cdp = await context.newCDPSession(page);
    const listeners = async (expression) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      return (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true })).listeners.length;
    };
    const before = { window: await listeners('window'), document: await listeners('document') };

    const rejections = await page.evaluate(async () => {
      const reasons = [];
      for (const [element, options] of [[null, {}], [document.body.firstChild, { view: 'grid' }], [document.getElementById('target'), { colour: 'red' }], [document.getElementById('target'), 'list']]) {
        try {
          await Tideline.mount(element ?? null, options);
          reasons.push('resolved');
        } catch (error) {
          reasons.push(error instanceof Error ? error.message : `not an Error: ${error}`);
        }
      }
      return reasons;
    });
    assert.match(rejections[0], /^Tideline\.mount: the first argument must be an element, not null/);
    assert.match(rejections[1], /view: `grid` is not one of timeline, list/);
    assert.match(rejections[2], /unknown option `colour`/);
    assert.match(rejections[3], /options must be an object, not a string/);

    const state = await page.evaluate(async () => {
      window.handle = await Tideline.mount(document.getElementById('target'), { filter: 'stance=easing', view: 'list', height: 400 });
      window.selected = [];
      handle.on('select', (event) => window.selected.push(event));
      return handle.getState();
    });
    const { window: shown, ...rest } = state;
    assert.deepEqual(rest, {
      filter: { stance: ['easing'], category: [], actors: [], documents: [], from: null, to: null, query: '' },
      view: 'list',
      lanes: 'one',
      selected: null,
      matches: of('easing'),
    });
    assert.match(`${shown.from}..${shown.to}`, /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/);
    const target = page.locator('#target');
    assert.equal(await countIn(target), of('easing'));

    const narrowed = await page.evaluate(() => handle.setFilter('stance=tightening&actor=Alibaba'));
    const expected = compiled.events.filter((e) => e.stance === 'tightening' && e.actors.some((a) => a.name === 'Alibaba'));
    assert.ok(expected.length > 0 && expected.length < of('tightening'));
    assert.deepEqual([narrowed.filter.stance, narrowed.filter.actors], [['tightening'], ['Alibaba']]);
    assert.equal((await page.evaluate(() => handle.getState())).matches, expected.length);
    assert.equal(await target.locator('.tl-list [data-event-id]').count(), expected.length);
    assert.match(await page.evaluate(() => handle.setFilter('actor=Nobody').catch((e) => e.message)), /`actor=Nobody` matches no actor/);
    assert.match(await page.evaluate(() => { try { handle.on('hover', () => {}); } catch (e) { return e.message; } }), /unknown event "hover"/);

    await target.locator('.tl-list .tl-open').first().click();
    const selected = await page.evaluate(() => window.selected);
    assert.deepEqual(selected.map((s) => s.id), [expected[0].id]);
    assert.equal(selected[0].summary, expected[0].summary);
    assert.equal((await page.evaluate(() => handle.getState())).selected, expected[0].id);

    const during = await listeners('document');
    assert.ok(during > before.document, 'the widget listens on the document while mounted');
    const left = await page.evaluate(() => {
      handle.destroy();
      handle.destroy(); // twice is fine
      const target = document.getElementById('target');
      for (const type of ['click', 'pointerdown', 'keydown', 'input', 'change']) target.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      let getState;
      try { handle.getState(); } catch (e) { getState = e.message; }
      return {
        children: target.shadowRoot.childNodes.length,
        sheets: target.shadowRoot.adoptedStyleSheets.length,
        lightChildren: target.childNodes.length,
        attributes: target.getAttributeNames(),
        selected: window.selected.length,
        getState,
      };
    });
    assert.deepEqual(left, { children: 0, sheets: 0, lightChildren: 0, attributes: ['id'], selected: 1, getState: 'getState: this widget was destroyed' });
    assert.match(await page.evaluate(() => handle.setFilter('stance=easing').catch((e) => e.message)), /destroyed/);
    assert.deepEqual({ window: await listeners('window'), document: await listeners('document') }, before, 'no listener left behind');

    // The same element can take a widget again.
    assert.equal(await page.evaluate(async () => (await Tideline.mount(document.getElementById('target'))).getState().matches), compiled.events.length);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });

  test('widgets added later are mounted, and removed ones are taken down', async () => {
    const { context, page, seen } = await open('api.html');
    await page.locator('[data-tideline][data-tideline-ready]').waitFor();
    await page.evaluate(() => {
      const later = document.createElement('div');
      later.id = 'later';
      later.dataset.tideline = '';
      later.dataset.filter = 'stance=neutral';
      document.body.append(later);
    });
    const later = page.locator('#later');
    await page.locator('#later[data-tideline-ready]').waitFor();
    assert.equal(await countIn(later), of('neutral'));
    const root = await later.evaluateHandle((el) => el.shadowRoot);
    await page.evaluate(() => document.getElementById('later').remove());
    await page.waitForFunction((shadow) => shadow.childNodes.length === 0, root);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });

  test('the README snippets work pasted into a plain page', async () => {
    assert.equal(snippets.length, 3, 'script tag, iframe, JS API');
    const alibaba = (stance) => compiled.events.filter((e) => e.stance === stance && e.actors.some((a) => a.name === 'Alibaba')).length;
    const expected = [alibaba('easing'), of('easing'), alibaba('tightening')];
    for (const [i, count] of expected.entries()) {
      const { context, page, seen } = await open(`snippet-${i}.html`, { viewport: { width: 1000, height: 800 } }, plain);
      const scope = i === 1 ? page.frameLocator('iframe') : page;
      await scope.locator('[data-tideline-ready]').waitFor({ timeout: 15000 });
      const widget = scope.locator('[data-tideline-ready]');
      await widget.getByRole('status').filter({ hasText: new RegExp(`^${count} events?$`) }).waitFor();
      if (i === 2) {
        // The JS API example opens the first match and shows it on the page.
        const first = compiled.events.find((e) => e.stance === 'tightening' && e.actors.some((a) => a.name === 'Alibaba'));
        await page.locator('#picked').filter({ hasText: `${first.date}: ${first.summary}` }).waitFor();
        await widget.getByRole('complementary', { name: 'Event details' }).getByText(first.summary).first().waitFor();
      }
      assert.deepEqual(seen.errors, [], `snippet ${i}`);
      await context.close();
    }
  });

  test('a failed load says so in each box and the page scripts keep running', async () => {
    const { context, page, seen } = await open('broken/blog-post.html');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-tideline]')].every((box) => /could not load/.test(box.textContent)));
    assert.equal(await page.evaluate(() => document.body.dataset.pageScript), 'ran');
    assert.ok(seen.errors.some((e) => e.startsWith('Tideline could not load')), seen.errors.join('\n'));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await context.close();
  });
});
