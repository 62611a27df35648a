// Takes the screenshots a reviewer looks at (desktop, phone, dark, list with
// a selected event, the guided tour, the example blog post, embed.html in a
// narrow frame) of the built widget, and the seeds side by side in Tideline,
// vis-timeline and TimelineJS (the same events, each library's own
// presentation) at 1280×800 and 360×740:
// `node tests/e2e/screenshots.mjs OUTDIR`.
// Not a test: run after `trunk build --release --public-url /some/sub/path/`.
import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toTimelineJs, toVisTimeline } from '../../bench/peers/convert.mjs';
import { timelineJsPage, visPage } from '../../bench/peers/pages.mjs';
import { compileSeeds, launchBrowser, openPage, root, serveDist } from './support.mjs';

const out = process.argv[2] ?? '/tmp';
const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };

// dist/ and the two peers' pages with the seeds, served together.
const site = await mkdtemp(join(tmpdir(), 'tideline-shots-'));
await cp(join(root, 'dist'), site, { recursive: true });
await symlink(join(root, 'node_modules/vis-timeline'), join(site, 'vendor-vis'));
await symlink(join(root, 'node_modules/@knight-lab/timelinejs/dist'), join(site, 'vendor-tljs'));
const events = compileSeeds().events;
await writeFile(join(site, 'vis.json'), JSON.stringify(toVisTimeline(events)));
await writeFile(join(site, 'timelinejs.json'), JSON.stringify(toTimelineJs(events)));
await writeFile(join(site, 'vis.html'), visPage().replaceAll('vendor/vis-timeline/', 'vendor-vis/'));
await writeFile(join(site, 'timelinejs.html'), timelineJsPage().replaceAll('vendor/timelinejs/', 'vendor-tljs/'));
const server = await serveDist({}, site);
const browser = await launchBrowser();

const shots = [
  ['desktop', { viewport: desktop }, ''],
  ['phone', { viewport: phone }, ''],
  ['phone-timeline', { viewport: phone }, '#view=timeline'],
  ['dark', { viewport: desktop, colorScheme: 'dark' }, ''],
  ['list', { viewport: desktop }, '#view=list&q=fine'],
  ['guided', { viewport: desktop }, ''],
  ['blog', { viewport: { width: 1000, height: 900 } }, 'blog-post.html'],
  ['embed-narrow', { viewport: { width: 420, height: 640 } }, 'embed.html'],
];
for (const [name, options, hash] of shots) {
  const { page, errors } = await openPage(browser, server.url + hash, options);
  if (name === 'desktop') await page.locator('.tl-axis .tl-marker').nth(5).hover();
  if (name === 'list') await page.locator('.tl-list .tl-open').first().click();
  if (name === 'guided') {
    await page.getByRole('button', { name: 'Guided tour' }).click();
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Next →' }).click();
  }
  const full = ['dark', 'list', 'blog', 'guided'].includes(name);
  await page.screenshot({ path: `${out}/tideline-${name}.png`, fullPage: full });
  console.log(name, errors.length ? errors : 'no console errors');
  await page.close();
}

// The same seeds in each tool, first screen only, then the three side by side.
const tools = [
  ['Tideline', ''],
  ['vis-timeline', 'vis.html'],
  ['TimelineJS', 'timelinejs.html'],
];
for (const [size, viewport] of [['desktop', desktop], ['phone', phone]]) {
  const images = [];
  for (const [tool, file] of tools) {
    const page = await browser.newPage({ viewport });
    await page.goto(server.url + file);
    if (file) await page.waitForFunction(() => window.__readyAt, null, { timeout: 60_000 });
    else await page.waitForSelector('[data-tideline-ready]');
    await page.waitForTimeout(500); // transitions and web fonts settle
    const path = `${out}/compare-${size}-${tool.toLowerCase()}.png`;
    await page.screenshot({ path });
    images.push([tool, (await readFile(path)).toString('base64')]);
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: viewport.width * 3 + 80, height: viewport.height + 60 } });
  const cells = images
    .map(([tool, png]) => `<figure><figcaption>${tool}</figcaption><img src="data:image/png;base64,${png}" width="${viewport.width}" height="${viewport.height}"></figure>`)
    .join('');
  await page.setContent(
    `<style>body{margin:0;display:flex;gap:20px;padding:10px;font:16px system-ui;background:#ddd}figure{margin:0}img{display:block;border:1px solid #888}</style>${cells}`,
  );
  await page.screenshot({ path: `${out}/side-by-side-${size}.png`, fullPage: true });
  console.log(`side by side, ${size}: ${out}/side-by-side-${size}.png`);
  await page.close();
}
await browser.close();
await server.close();
