// The pages the benchmark opens for the peer libraries, and the in-page code
// that measures them. Each page loads its library from node_modules (served
// locally, no CDN) and its data from a JSON file, and exposes `window.bench`:
// `ready` (a promise of performance.now() when the timeline is drawn) and the
// library's way to filter. Tideline needs no page here: its dist is served as built.

const head = (css, js) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="${css}"><script src="${js}"></script>
<style>html,body{margin:0}#timeline{width:100%;height:600px}</style></head>
<body><div id="timeline"></div>`;

/** vis-timeline: a DataView over a DataSet; a filter change is `view.refresh()` until the timeline's next `changed`. */
export const visPage = () => `${head('vendor/vis-timeline/styles/vis-timeline-graph2d.min.css', 'vendor/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')}
<script>
window.bench = { ready: fetch('vis.json').then((r) => r.json()).then((data) => new Promise((drawn) => {
  const hidden = new Set();
  let query = '';
  const items = new vis.DataSet(data.items);
  const view = new vis.DataView(items, { filter: (item) => !hidden.has(item.stance) && (!query || item.search.includes(query)) });
  // The whole extent in view, as the other two open; vis's own fit() zooms
  // to a few days when item labels are long.
  const timeline = new vis.Timeline(document.getElementById('timeline'), view, new vis.DataSet(data.groups), {
    height: '600px',
    start: data.start,
    end: data.end,
    onInitialDrawComplete: () => drawn(performance.now()),
  });
  // Time from the filter change to vis-timeline's redraw done (its 'changed'
  // event, laid out). vis redraws in the next animation frame, so the frame
  // wait is part of what a reader feels; 'work' leaves it out.
  // vis may still owe a redraw from the last change: wait two quiet frames first.
  const settled = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const change = (apply) => settled().then(() => new Promise((done) => {
    let frameStart = 0;
    requestAnimationFrame(() => { frameStart = performance.now(); });
    let touched = false;
    const touch = () => { touched = true; };
    view.on('*', touch);
    const start = performance.now();
    apply();
    view.refresh();
    const sync = performance.now() - start;
    view.off('*', touch);
    if (!touched) return done({ latency: sync, work: sync });
    const changed = () => {
      timeline.off('changed', changed);
      void document.body.offsetHeight;
      const end = performance.now();
      done({ latency: end - start, work: frameStart ? sync + (end - frameStart) : end - start });
    };
    timeline.on('changed', changed);
  }));
  window.bench.toggleStance = (stance) => change(() => { hidden.has(stance) ? hidden.delete(stance) : hidden.add(stance); });
  window.bench.search = (text) => change(() => { query = text.toLowerCase(); });
  window.bench.shown = () => view.length;
})) };
window.bench.ready.then((at) => { window.__readyAt = at; });
</script></body></html>
`;

/** TimelineJS: no filter API, so a filter change is a new Timeline built from the subset, until its 'ready'. */
export const timelineJsPage = () => `${head('vendor/timelinejs/css/timeline.css', 'vendor/timelinejs/js/timeline.js')}
<script>
const options = { script_path: new URL('vendor/timelinejs/js/', location.href).href, font: null, hash_bookmark: false };
const build = (data) => new Promise((ready) => {
  const old = document.getElementById('timeline');
  const container = document.createElement('div');
  container.id = 'timeline';
  old.replaceWith(container);
  const timeline = new TL.Timeline(container, data, options);
  timeline.on('ready', () => ready(performance.now()));
});
window.bench = { ready: fetch('timelinejs.json').then((r) => r.json()).then((data) => {
  window.bench.rebuildWithout = async (stance) => {
    const start = performance.now();
    const end = await build({ events: data.events.filter((e) => e.group !== stance) });
    void document.body.offsetHeight;
    return { latency: performance.now() - start, work: end - start };
  };
  window.bench.shown = () => document.querySelectorAll('.tl-timemarker').length;
  return build(data);
}) };
window.bench.ready.then((at) => { window.__readyAt = at; });
</script></body></html>
`;
