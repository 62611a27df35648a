// The view's repeated marks — axis markers, badges and ticks, overview bars —
// built in one call each. A render at 100,000 events places a few hundred of
// them; made attribute by attribute from Rust, each cost some twenty calls
// across the wasm boundary and as many strings decoded, most of a
// keystroke's time. Rust decides what is drawn and where (axis.rs,
// overview.rs); this only turns it into elements. Positions arrive in
// per-mille of the parent's width. Corpus text is only ever set as text or
// attribute values, never parsed as markup.

/** Per-mille as a CSS percentage. */
const percent = (permille) => `${permille / 10}%`;

/** A new `<tag class>` at `left` per-mille in `parent`. */
function add(parent, tag, className, left) {
  const el = parent.ownerDocument.createElement(tag);
  el.className = className;
  el.style.left = percent(left);
  parent.append(el);
  return el;
}

/** A `<button type="button">` at `left` per-mille and `top` px. */
function button(lane, className, left, top) {
  const el = add(lane, 'button', className, left);
  el.type = 'button';
  el.style.top = `${top}px`;
  return el;
}

/**
 * One event's marker, named for screen readers and as a tooltip by its date
 * and summary; `width` per-mille for a bar, 0 for a point.
 */
export function marker(lane, className, id, stance, date, summary, plan, current, left, top, width) {
  const el = button(lane, className, left, top);
  const label = `${date}${plan ? ' (planned)' : ''}: ${summary}`;
  el.dataset.eventId = id;
  el.dataset.stance = stance;
  el.setAttribute('aria-label', label);
  el.title = label;
  if (current) el.setAttribute('aria-current', 'true');
  if (width > 0) el.style.width = percent(width);
}

/** A badge counting `count` events; pressing it zooms to days `from`..`to`. */
export function badge(lane, count, from, to, left, top) {
  const el = button(lane, 'tl-cluster', left, top);
  el.textContent = String(count);
  el.dataset.action = 'cluster';
  el.dataset.from = String(from);
  el.dataset.to = String(to);
  el.setAttribute('aria-label', `${count} events close together: zoom in`);
}

/** A tick label on the axis's scale. */
export function tick(scale, label, major, left) {
  add(scale, 'span', major ? 'tl-tick tl-major' : 'tl-tick', left).textContent = label;
}

/** An overview column `width` per-mille wide; its parts are added by `part`. */
export function column(bars, left, width) {
  const el = add(bars, 'div', 'tl-bin', left);
  el.style.width = percent(width);
  return el;
}

/** One stance's share of a column, `height` per-mille of the tallest. */
export function part(column, stance, height) {
  const el = column.ownerDocument.createElement('div');
  el.className = 'tl-bin-part';
  el.dataset.stance = stance;
  el.style.height = percent(height);
  column.append(el);
}

/** Moves `el` to span `left`..`left + width` per-mille. */
export function span(el, left, width) {
  el.style.left = percent(left);
  el.style.width = percent(width);
}
