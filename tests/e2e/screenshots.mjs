// Takes the screenshots a reviewer looks at (desktop, phone, dark, list with
// a selected event, the example blog post, embed.html in a narrow frame) of
// the built widget: `node tests/e2e/screenshots.mjs OUTDIR`.
// Not a test: run after `trunk build --release --public-url /some/sub/path/`.
import { launchBrowser, openPage, serveDist } from './support.mjs';

const out = process.argv[2] ?? '/tmp';
const server = await serveDist();
const browser = await launchBrowser();
const shots = [
  ['desktop', { viewport: { width: 1280, height: 900 } }, ''],
  ['phone', { viewport: { width: 360, height: 780 } }, ''],
  ['dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }, ''],
  ['list', { viewport: { width: 1280, height: 900 } }, '#view=list&q=fine'],
  ['blog', { viewport: { width: 1000, height: 900 } }, 'blog-post.html'],
  ['embed-narrow', { viewport: { width: 420, height: 640 } }, 'embed.html'],
];
for (const [name, options, hash] of shots) {
  const { page, errors } = await openPage(browser, server.url + hash, options);
  if (name === 'desktop') await page.locator('.tl-axis [data-event-id]').nth(5).click({ force: true });
  if (name === 'list') await page.locator('.tl-list .tl-open').first().click();
  await page.screenshot({ path: `${out}/tideline-${name}.png`, fullPage: !['phone', 'embed-narrow'].includes(name) });
  console.log(name, errors.length ? errors : 'no console errors');
  await page.close();
}
await browser.close();
await server.close();
