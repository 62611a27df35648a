// The view's repeated marks — axis markers, badges and ticks, overview bars —
// built in one call each, and the axis's markers kept from one render to the
// next (`Marks`). A render at 100,000 events places a few hundred of them;
// made attribute by attribute from Rust, each cost some twenty calls across
// the wasm boundary and as many strings decoded, most of a keystroke's
// time. Rust decides what is drawn and where (axis.rs,
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

/**
 * Puts `el` at `left` per-mille and `top` px, `width` per-mille wide (0: no
 * width of its own). Unchanged values are not written again, so a mark that
 * stays put is not restyled.
 */
function position(el, left, top, width) {
  if (el.tlLeft !== left) el.style.left = percent(el.tlLeft = left);
  if (el.tlTop !== top) el.style.top = `${el.tlTop = top}px`;
  if (el.tlWidth !== width) el.style.width = (el.tlWidth = width) > 0 ? percent(width) : '';
}

/** Sets a label's width to `width` px, hiding it at 0. */
function labelWidth(label, width) {
  if (label.tlLabel === width) return;
  label.tlLabel = width;
  label.hidden = width === 0;
  label.style.width = `${width}px`;
}

/** A headline label: text only, cut with an ellipsis by CSS to its width. */
function label(doc, text, width) {
  const el = doc.createElement('span');
  el.className = 'tl-text';
  el.textContent = text;
  labelWidth(el, width);
  return el;
}

/** A marker's classes: a point or a bar (`period`), hollow for a `plan`. */
const markerClass = (plan, period) => `tl-marker${period ? ' tl-period' : ''}${plan ? ' tl-plan' : ''}`;

/**
 * The axis's lanes and their marks, kept from one render to the next. At
 * 100,000 events a render places a few hundred markers, and most are the
 * same from one keystroke to the next: a marker whose event is drawn again
 * is moved, not rebuilt, so no text crosses from wasm, nothing is created,
 * and a marker that stays put is not touched. A render is `begin`; for each
 * lane `lane`, its marks in order (`moved` or else `marker`, and `badge`),
 * then `done`; then `end`.
 */
export class Marks {
  /** Keeps the marks of the lanes' container `lanes`, which is in the axis. */
  constructor(lanes) {
    this.el = lanes;
    /**
     * Lanes by label: `{ el, marks: Map(event index → marker), badges:
     * Map(headline event index → badge), first, cursor }`,
     * `first` the label (or null), `cursor` the last mark placed.
     */
    this.lanes = new Map();
    // The preview: headline, date at its precision and stance of the mark
    // under the pointer or in focus, without opening the card. Screen
    // readers get the same from the mark's name, so it is hidden from them.
    // (Its listeners, and Enter and Space on a marker, are Rust's: see
    // axis.rs and navigate.rs.)
    this.preview = lanes.ownerDocument.createElement('div');
    this.preview.className = 'tl-preview';
    this.preview.setAttribute('aria-hidden', 'true');
    this.preview.hidden = true;
    lanes.parentNode.after(this.preview);
  }

  /**
   * Shows the preview of the mark `event` reached (`on`) below it: a
   * marker's headline on the first line, date and stance on the second; a
   * badge's name. Hides it when the event reached none, or left (not `on`).
   */
  show(event, on) {
    const mark = on && event.target.closest?.('.tl-marker, .tl-cluster');
    const box = this.preview;
    const text = mark?.tlPreview ?? mark?.ariaLabel;
    box.hidden = !text;
    if (!text) return;
    box.textContent = text;
    const parent = box.offsetParent.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    box.style.left = `${Math.max(0, Math.min(at.left - parent.left, parent.width - box.offsetWidth))}px`;
    box.style.top = `${at.bottom - parent.top + 4}px`;
  }

  /** Starts a render. */
  begin() {
    if (!this.preview.hidden) this.preview.hidden = true; // its mark may move or go
    this.drawn = new Set();
    this.current = null;
  }

  /** Starts the next lane, `label` (shown unless empty). */
  lane(label) {
    let lane = this.lanes.get(label);
    if (!lane) {
      const el = this.el.ownerDocument.createElement('div');
      el.className = 'tl-lane';
      if (label) {
        const caption = el.ownerDocument.createElement('span');
        caption.className = 'tl-lane-label';
        caption.textContent = label;
        el.append(caption);
      }
      lane = { el, marks: new Map(), badges: new Map(), first: el.firstChild };
      this.lanes.set(label, lane);
    }
    const at = this.current ? this.current.el.nextSibling : this.el.firstChild;
    if (at !== lane.el) this.el.insertBefore(lane.el, at);
    lane.cursor = lane.first;
    this.current = lane;
    this.drawn.add(label);
  }

  /**
   * Puts `el` after the lane's last placed mark. Marks in between were not
   * drawn again (marks keep their order from one render to the next), so
   * they go; a mark out of order is still placed right, only more slowly.
   */
  place(el) {
    const lane = this.current;
    let at = lane.cursor ? lane.cursor.nextSibling : lane.el.firstChild;
    while (at && at !== el && el.parentNode === lane.el) at = this.drop(at);
    if (at !== el) lane.el.insertBefore(el, at);
    lane.cursor = el;
  }

  /** Removes a mark not drawn again from the current lane; returns its next sibling. */
  drop(el) {
    const next = el.nextSibling;
    if (el.tlIndex !== undefined) this.current.marks.delete(el.tlIndex);
    if (el.tlKey !== undefined) this.current.badges.delete(el.tlKey);
    el.remove();
    return next;
  }

  /**
   * Moves the marker last drawn for event `index` in this lane; false when
   * there is none (then `marker` draws it).
   */
  moved(index, plan, period, current, left, top, width, labelPx) {
    const el = this.current.marks.get(index);
    if (!el) return false;
    labelWidth(el.firstChild, labelPx);
    const className = markerClass(plan, period);
    if (el.className !== className) el.className = className;
    if (current) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
    position(el, left, top, width);
    this.place(el);
    return true;
  }

  /**
   * Event `index`'s marker, named for screen readers by its date, stance and
   * summary, the summary shown beside it in a label `labelPx` wide; `width`
   * per-mille for a bar, 0 for a point.
   */
  marker(index, id, stance, date, summary, plan, period, current, left, top, width, labelPx) {
    // Not a <button>: hundreds of them cost twice the layout of plain
    // elements. A focusable role="button" that navigate.rs presses on Enter
    // and Space serves keyboard and screen reader users the same.
    const el = this.el.ownerDocument.createElement('div');
    el.className = markerClass(plan, period);
    el.setAttribute('role', 'button');
    // One tab stop for the whole axis: arrow keys move between markers (`navigate`).
    el.tabIndex = -1;
    const when = `${date}${plan ? ' (planned)' : ''}, ${stance}`;
    el.dataset.eventId = id;
    el.dataset.stance = stance;
    el.setAttribute('aria-label', `${when}: ${summary}`);
    el.tlPreview = `${summary}\n${when}`;
    el.append(label(el.ownerDocument, summary, labelPx));
    if (current) el.setAttribute('aria-current', 'true');
    position(el, left, top, width);
    el.tlIndex = index;
    this.place(el);
    this.current.marks.set(index, el);
  }

  /**
   * A badge counting `count` events, named by `headline` (event `key`'s, or
   * none for a badge of marks that found no row) in a label `labelPx` wide,
   * `offset` px right of it; pressing it zooms to days `from`..`to`. The
   * badge drawn last time in this lane for the same `key` is reused, as
   * markers are: at 10,000 events most marks are badges, and a new one costs
   * its headline's layout.
   */
  badge(key, count, from, to, left, top, headline, labelPx, offset) {
    let el = headline && this.current.badges.get(key);
    if (!el) {
      const doc = this.el.ownerDocument;
      el = doc.createElement('button');
      el.className = 'tl-cluster';
      el.type = 'button';
      el.dataset.action = 'cluster';
      el.tlHeadline = headline;
      if (headline) {
        el.tlText = label(doc, headline, 0);
        el.tlText.className = 'tl-text tl-cluster-text';
        el.tlText.setAttribute('aria-hidden', 'true');
        el.tlKey = key;
        this.current.badges.set(key, el);
      }
    }
    // Its count, range and name, then it and its label `offset` px right of it.
    if (el.tlCount !== count) {
      el.textContent = String(el.tlCount = count);
      const also = el.tlHeadline ? `, among them “${el.tlHeadline}”` : '';
      el.setAttribute('aria-label', `${count} events close together${also}: zoom in`);
    }
    el.dataset.from = String(from);
    el.dataset.to = String(to);
    position(el, left, top, 0);
    this.place(el);
    if (el.tlText) {
      position(el.tlText, left, top, 0);
      labelWidth(el.tlText, labelPx); // after `position`, which clears a width it did not set
      el.tlText.style.marginLeft = `${offset}px`;
      this.place(el.tlText);
    }
  }

  /** Ends the current lane, `height` px tall: its marks not drawn again go. */
  done(height) {
    const lane = this.current;
    let at = lane.cursor ? lane.cursor.nextSibling : lane.el.firstChild;
    while (at) at = this.drop(at);
    if (lane.height !== height) lane.el.style.height = `${lane.height = height}px`;
  }

  /** Ends a render: lanes not drawn in it go. */
  end() {
    for (const [label, lane] of this.lanes) {
      if (!this.drawn.has(label)) {
        lane.el.remove();
        this.lanes.delete(label);
      }
    }
  }
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
