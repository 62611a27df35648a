// Review mode (issue 18): a debug build (`trunk build` without --release, as
// `trunk serve` makes) of a copy of the seeds whose tideline.toml already
// hides one event and corrects another. The author opens "Review events",
// hides one event and corrects another's date, precision, stance, headline
// and actors; the lines shown are pasted into the copy's tideline.toml and
// the CLI compiles them. The release build has no review UI at all.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, root, serveDist, subPath } from './support.mjs';

const work = join(root, 'target', 'review-e2e');

/** The CLI's JSON for the corpus in `dir`. */
function compile(dir) {
  const out = execFileSync('cargo', ['run', '-q', '--release', '-p', 'tideline-compiler', '--bin', 'tideline', '--', 'compile', dir, '--json'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8'));
}

/** Builds the widget from `corpus` (the seeds when not given) into `out`, a debug build unless `release`. */
function build({ corpus, out, release = false }) {
  const env = { ...process.env };
  if (corpus) env.TIDELINE_CORPUS = corpus;
  else delete env.TIDELINE_CORPUS;
  const args = ['build', ...(release ? ['--release'] : []), '--public-url', subPath, '--dist', out];
  execFileSync('trunk', args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

describe('review mode in a debug build', () => {
  const context = {};
  before(async () => {
    mkdirSync(work, { recursive: true });
    const corpus = mkdtempSync(join(tmpdir(), 'tideline-review-'));
    cpSync(join(root, 'seeds'), corpus, { recursive: true });
    const seeds = compile(corpus);
    const extracted = seeds.events.filter((e) => e.origin === 'extracted');
    // Curated before the build: one hidden, one corrected (stance and date).
    const [preHidden, preCorrected, toHide, toFix] = [extracted[0], extracted[3], extracted[6], extracted[9]];
    const preStance = preCorrected.stance === 'easing' ? 'tightening' : 'easing';
    appendFileSync(
      join(corpus, 'tideline.toml'),
      `\n[curation]\nhide = ["${preHidden.id}"]\n\n[[curation.correct]]\nid = "${preCorrected.id}"\nstance = "${preStance}"\n`,
    );
    const dist = join(work, 'debug');
    rmSync(dist, { recursive: true, force: true });
    build({ corpus, out: dist });
    Object.assign(context, { corpus, seeds, preHidden, preCorrected, preStance, toHide, toFix, dist });
    context.server = await serveDist({}, dist);
    context.browser = await launchBrowser();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.close();
    if (context.corpus) rmSync(context.corpus, { recursive: true, force: true });
  });

  test('lists every event with its evidence, marks curation, and writes tideline.toml lines that compile', async () => {
    const { corpus, seeds, preHidden, preCorrected, preStance, toHide, toFix } = context;
    const { page, errors } = await openPage(context.browser, context.server.url, { permissions: ['clipboard-read', 'clipboard-write'] });

    // Reached from the keyboard: the button opens the panel and focuses its heading.
    const toggle = page.getByRole('button', { name: 'Review events' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Review events' });
    await panel.waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.querySelector('#tideline-review').shadowRoot.activeElement?.id), 'review-title');

    // Every event of the seeds is listed, the hidden one included, each with its evidence.
    const items = panel.locator('li.review-event');
    assert.equal(await items.count(), seeds.events.length);
    const item = (id) => panel.locator(`li[data-review-id="${id}"]`);
    for (const event of [toHide, toFix]) {
      assert.equal(await item(event.id).getByRole('heading').textContent(), event.summary);
      assert.ok((await item(event.id).locator('q').first().textContent()) === event.sources[0].evidence);
    }
    // What tideline.toml did is marked.
    assert.equal(await item(preHidden.id).getAttribute('data-curation'), 'hidden');
    assert.match(await item(preHidden.id).textContent(), /Hidden by tideline\.toml/);
    assert.equal(await item(preHidden.id).getByRole('checkbox', { name: 'Hide this event' }).isChecked(), true);
    assert.equal(await item(preCorrected.id).getAttribute('data-curation'), 'corrected');
    assert.match(await item(preCorrected.id).textContent(), new RegExp(`Corrected by tideline\\.toml: stance was ${preCorrected.stance}`));
    assert.match(await item(preCorrected.id).locator('.review-meta').textContent(), new RegExp(`· ${preStance} ·`));
    assert.equal(await panel.getByRole('button', { name: 'Copy lines' }).isDisabled(), true);

    // Hide one (Space on its box), correct another.
    await item(toHide.id).getByRole('checkbox', { name: 'Hide this event' }).focus();
    await page.keyboard.press('Space');
    const fix = item(toFix.id);
    await fix.getByRole('button', { name: 'Correct…' }).click();
    assert.equal(await fix.getByRole('button', { name: 'Correct…' }).getAttribute('aria-expanded'), 'true');
    await fix.getByLabel('Date').fill('2021-07-15');
    assert.equal(await fix.getByLabel('Precision').inputValue(), 'day');
    await fix.getByLabel('Precision').selectOption('month');
    assert.equal(await fix.getByLabel('Date').inputValue(), '2021-07');
    const stance = toFix.stance === 'tightening' ? 'easing' : 'tightening';
    await fix.getByLabel('Stance').selectOption(stance);
    // A bad date is said, and left out of the lines until it is fixed.
    await fix.getByLabel('Headline').fill('x'.repeat(61));
    assert.match(await fix.locator('.review-problem').textContent(), /61 characters/);
    assert.equal(await fix.getByLabel('Headline').getAttribute('aria-invalid'), 'true');
    const headline = 'Regulators "review" the platforms';
    await fix.getByLabel('Headline').fill(headline);
    await fix.getByLabel('Actors, one per line').fill('Tencent\nAnt Group\n');
    // Showing the pre-hidden event again can only be said, as a comment.
    await item(preHidden.id).getByRole('checkbox', { name: 'Hide this event' }).uncheck();

    const position = async (id) => Number(await item(id).getAttribute('data-index'));
    const blocks = [
      [await position(preHidden.id), `# ${preHidden.id} is hidden by an earlier entry: delete its id from [curation] hide (or its hide = true) to show it again\n\n`],
      [await position(toHide.id), `[[curation.correct]]\nid = "${toHide.id}"\nhide = true\n\n`],
      [
        await position(toFix.id),
        `[[curation.correct]]\nid = "${toFix.id}"\ndate = "2021-07"\nstance = "${stance}"\nsummary = "Regulators \\"review\\" the platforms"\nactors = ["Tencent", "Ant Group"]\n\n`,
      ],
    ];
    const expected = blocks.sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('');
    const lines = panel.getByRole('region', { name: 'Lines for tideline.toml' });
    assert.equal(await lines.locator('pre').textContent(), expected);

    // One copy button puts exactly those lines on the clipboard.
    await panel.getByRole('button', { name: 'Copy lines' }).click();
    await lines.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, expected);

    // Escape closes the panel and gives focus back to the button.
    await page.keyboard.press('Escape');
    assert.equal(await panel.isVisible(), false);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(errors, []);
    await page.close();

    // Pasted at the end of tideline.toml, the lines take effect.
    appendFileSync(join(corpus, 'tideline.toml'), `\n${copied}`);
    const compiled = compile(corpus);
    assert.deepEqual(compiled.diagnostics.filter((d) => d.file === 'tideline.toml'), []);
    const byId = new Map(compiled.events.map((e) => [e.id, e]));
    assert.equal(byId.has(toHide.id), false, 'hidden');
    assert.equal(byId.has(preHidden.id), false, 'still hidden: the comment only says how to show it');
    assert.equal(byId.get(preCorrected.id)?.stance, preStance);
    const fixed = byId.get(toFix.id);
    assert.ok(fixed, 'the corrected event is still there');
    assert.deepEqual(
      { date: fixed.date, precision: fixed.precision, stance: fixed.stance, summary: fixed.summary, actors: fixed.actors.map((a) => a.name), origin: fixed.origin },
      { date: '2021-07', precision: 'month', stance, summary: headline, actors: ['Tencent', 'Ant Group'], origin: 'curated' },
    );
    assert.equal(compiled.events.length, context.seeds.events.length - 2);
  });

  test('the panel has no serious or critical WCAG A/AA problems', async () => {
    const { page } = await openPage(context.browser, context.server.url);
    await page.getByRole('button', { name: 'Review events' }).click();
    const fix = page.locator(`li[data-review-id="${context.toFix.id}"]`);
    await fix.getByRole('button', { name: 'Correct…' }).click();
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const result = await page.evaluate(() => axe.run(document.querySelector('#tideline-review'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
    const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await page.close();
  });
});

describe('the release build', () => {
  const context = {};
  before(async () => {
    context.dist = join(work, 'release');
    rmSync(context.dist, { recursive: true, force: true });
    build({ out: context.dist, release: true });
    context.server = await serveDist({}, context.dist);
    context.browser = await launchBrowser();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.close();
  });

  test('has no review UI, not even in its wasm', async () => {
    const { page, errors } = await openPage(context.browser, context.server.url);
    assert.equal(await page.locator('#tideline-review').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Review events' }).count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
    const wasm = readdirSync(context.dist).filter((f) => /^tideline-[0-9a-f]+_bg\.wasm$/.test(f));
    assert.equal(wasm.length, 1);
    const bytes = readFileSync(join(context.dist, wasm[0]));
    for (const text of ['Review events', 'Lines for tideline.toml', 'curation.correct', 'review-toggle']) {
      assert.equal(bytes.includes(Buffer.from(text)), false, `"${text}" in the release wasm`);
    }
  });
});
