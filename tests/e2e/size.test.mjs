// What a blog post downloads to show the default widget (the seeds): the
// loader, wasm-bindgen's JS, the view's JS snippets and the wasm, which holds
// the widget's CSS and the compiled seeds. Gzip -9 as a static host would serve them. The page
// CSS of index.html is not part of an embed and is not counted.
//
// The issue's budget is 60 KB; the widget is not there, and cannot get there
// with its features (bench/size-floor.sh: the logic alone, with no UI, is
// about 55 KB). So this test holds the size under a ceiling that only ever
// comes down (lower it when a change shrinks the widget) and reports the
// distance to the budget.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWidget, root } from './support.mjs';

/** The size budget of issue 7, in bytes of gzip. */
const BUDGET = 60 * 1024;
/**
 * What the default widget may not exceed today, in bytes of gzip: 100,300
 * until issue 16 added headlines on the axis, their preview, the folded bar
 * and the guided tour (+3,936 B measured; raised by 3,900); 104,200 until
 * issues 14, 15 and 16 were merged together: 104,243 B measured on main
 * (issue 16's branch alone measured 104,140 B; the seeds' embedded
 * headlines shrank from 6,080 to 3,408 characters, their actors grew from
 * 27 to 31 and their cue text from 843 to 943 characters), raised by 100.
 * Issue 16's allowance of 4 KB over 100,204 B still holds (+4,039 B).
 * 104,000 since the search index moved to compile time (issue 17, fourth
 * session): 103,760 B measured on its branch, 103,778 B after the merge.
 */
const CEILING = 104_000;

describe('the default widget download', () => {
  const dist = join(root, 'dist');
  before(() => buildWidget());

  test(`stays under its ${CEILING}-byte ceiling (budget ${BUDGET})`, (t) => {
    const names = readdirSync(dist);
    const pick = (pattern) => {
      const found = names.filter((f) => pattern.test(f));
      assert.equal(found.length, 1, `one file like ${pattern} in dist/: ${found}`);
      return found[0];
    };
    const snippets = readdirSync(join(dist, 'snippets'), { recursive: true })
      .filter((f) => f.endsWith('.js'))
      .map((f) => join('snippets', f));
    const files = ['tideline.js', pick(/^tideline-[0-9a-f]+\.js$/), pick(/^tideline-[0-9a-f]+_bg\.wasm$/), ...snippets];
    let total = 0;
    for (const file of files) {
      const bytes = readFileSync(join(dist, file));
      const gzip = gzipSync(bytes, { level: 9 }).length;
      total += gzip;
      t.diagnostic(`${file}: ${bytes.length} B, ${gzip} B gzip`);
    }
    t.diagnostic(`total ${total} B gzip; budget ${BUDGET} (${total > BUDGET ? `${total - BUDGET} B over` : 'met'})`);
    assert.ok(total <= CEILING, `${total} B gzip is over the ${CEILING} B ceiling`);
  });
});
