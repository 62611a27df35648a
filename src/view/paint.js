// The view's repeated marks — axis markers, badges and ticks, overview bars,
// and the list's entries (which Rust builds) — kept from one render to the
// next by one keyed list primitive (`Keyed`); the marks are built in one
// call each. A render at 100,000 events places a few hundred of them;
// made attribute by attribute from Rust, each cost some twenty calls across
// the wasm boundary and as many strings decoded, most of a keystroke's
// time. Rust decides what is drawn and where (axis.rs,
// overview.rs); this only turns it into elements. Positions arrive in
// per-mille of the parent's width. Corpus text is only ever set as text or
// attribute values, never parsed as markup.

/** Per-mille as a CSS percentage. */
const percent = (permille) => `${permille / 10}%`;

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

/** A new `<tag class>` in the document of `near`, holding `text` if any. */
function make(near, tag, className, text) {
  const el = near.ownerDocument.createElement(tag);
  el.className = className;
  if (text) el.textContent = text;
  return el;
}

/** A headline label, in the document of `near`: text only, cut with an ellipsis by CSS to its width. */
function label(near, text, width) {
  const el = make(near, 'span', 'tl-text', text);
  labelWidth(el, width);
  return el;
}

/** A marker's classes: a point or a bar (`period`), hollow for a `plan`. */
const markerClass = (plan, period) => `tl-marker${period ? ' tl-period' : ''}${plan ? ' tl-plan' : ''}`;

/**
 * The one keyed list primitive: children kept from one pass to the next by
 * key, so a child drawn again is moved (or left where it is), not rebuilt,
 * and one not drawn again goes. A pass starts with `at`; then, in order, each
 * child is `reuse`d by its key or, when there is none, built and `put`;
 * then `end`. A key placed twice in a pass is kept for its first child
 * only (a scale may show "Q2" for each year).
 */
export class Keyed {
  constructor() {
    this.kept = new Map();
    this.next = new Map();
    // Children keyed by number (the axis's marks, by event) that a pass
    // did not place wait here, detached, to be placed again: a filter
    // toggled off and on again finds the marks it drew before instead of
    // building them. At most a few thousand are kept. (One placed again
    // stays here too, harmlessly: `kept` is looked in first.)
    this.spare = new Map();
  }

  /**
   * Places the next children in `parent`, after its child `after` (none:
   * at its start): a pass starts with it, and goes on elsewhere with it.
   */
  at(parent, after) {
    this.parent = parent;
    this.cursor = after;
  }

  /** Places the child kept for `key` next and returns it; undefined when there is none. */
  reuse(key) {
    const el = this.next.has(key) ? undefined : this.kept.get(key) ?? this.spare.get(key);
    if (el) this.put(el, key);
    return el;
  }

  /**
   * Places `el` next, kept for `key` (by default itself: drawn once).
   * Children between the last placed and `el` were not drawn again
   * (children keep their order from pass to pass), so they go; a child out
   * of order is still placed right, only more slowly.
   */
  put(el, key = el) {
    const parent = this.parent;
    let at = this.cursor ? this.cursor.nextSibling : parent.firstChild;
    while (at && at !== el && el.parentNode === parent) {
      const next = at.nextSibling;
      at.remove();
      at = next;
    }
    if (at !== el) parent.insertBefore(el, at);
    this.cursor = el;
    this.next.set(this.next.has(key) ? el : key, el);
  }

  /** Ends a pass: children not placed in it go. */
  end() {
    const spare = this.spare;
    if (spare.size > 4096) spare.clear();
    for (const [key, el] of this.kept) {
      if (this.next.get(key) !== el) {
        el.remove();
        if (typeof key == 'number') spare.set(key, el);
      }
    }
    this.kept = this.next;
    this.next = new Map();
  }
}

/**
 * The axis's lanes and their marks (lanes and each lane's marks are
 * `Keyed`). At 100,000 events a render places a few hundred markers, and
 * most are the same from one keystroke to the next: a marker whose event is
 * drawn again is moved, not rebuilt, so no text crosses from wasm, nothing
 * is created, and a marker that stays put is not touched. A render is
 * `begin`; for each lane `lane`, its marks in order (`moved` or else
 * `marker`, and `badge`), then `done`; then its ticks (`tick`); then `end`.
 */
export class Marks {
  /**
   * Keeps the marks of the lanes' container `lanes`, which is in the axis,
   * and the tick labels of its scale `scale`.
   */
  constructor(lanes, scale) {
    this.el = lanes;
    this.keyed = new Keyed();
    this.scale = scale;
    this.ticks = new Keyed();
    /** Lanes by label: `{ el, first, marks: Keyed, height }`, `first` the label (or null). */
    this.lanes = new Map();
    // The preview: headline, date at its precision and stance of the mark
    // under the pointer or in focus, without opening the card. Screen
    // readers get the same from the mark's name, so it is hidden from them.
    // (Its listeners, and Enter and Space on a marker, are Rust's: see
    // axis.rs and navigate.rs.)
    this.preview = make(lanes, 'div', 'tl-preview');
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
    this.keyed.at(this.el);
    this.ticks.at(this.scale);
  }

  /** Starts the next lane, `label` (shown unless empty). */
  lane(label) {
    let lane = this.lanes.get(label);
    if (!lane) {
      const el = make(this.el, 'div', 'tl-lane');
      if (label) el.append(make(el, 'span', 'tl-lane-label', label));
      lane = { el, first: el.firstChild, marks: new Keyed() };
      this.lanes.set(label, lane);
    }
    this.keyed.put(lane.el, label);
    lane.marks.at(lane.el, lane.first);
    this.current = lane;
  }

  /**
   * Moves the marker last drawn for event `index` in this lane; false when
   * there is none (then `marker` draws it).
   */
  moved(index, plan, period, current, left, top, width, labelPx) {
    const el = this.current.marks.reuse(index);
    if (!el) return false;
    labelWidth(el.firstChild, labelPx);
    const className = markerClass(plan, period);
    if (el.className !== className) el.className = className;
    if (current) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
    position(el, left, top, width);
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
    const el = make(this.el, 'div', markerClass(plan, period));
    el.setAttribute('role', 'button');
    // One tab stop for the whole axis: arrow keys move between markers (`navigate`).
    el.tabIndex = -1;
    const when = `${date}${plan ? ' (planned)' : ''}, ${stance}`;
    el.dataset.eventId = id;
    el.dataset.stance = stance;
    el.setAttribute('aria-label', `${when}: ${summary}`);
    el.tlPreview = `${summary}\n${when}`;
    el.append(label(el, summary, labelPx));
    if (current) el.setAttribute('aria-current', 'true');
    position(el, left, top, width);
    this.current.marks.put(el, index);
  }

  /**
   * A badge counting `count` events, named by `headline` (event `key`'s, or
   * none for a badge of marks that found no row) in a label `labelPx` wide,
   * `offset` px right of it; pressing it zooms to days `from`..`to`. The
   * badge drawn last time in this lane for the same `key` is reused, as
   * markers are: at 10,000 events most marks are badges, and a new one costs
   * its headline's layout. A badge with no headline (marks that found no
   * row) is reused by its place: at 100,000 events a lane has some thirty,
   * mostly in the same places from one change to the next.
   */
  badge(key, count, from, to, left, top, headline, labelPx, offset) {
    const marks = this.current.marks;
    // Keyed apart from the markers' event indexes, and unnamed badges from
    // named ones (only these have a label).
    key = headline ? -1 - key : `${left}`;
    let el = marks.reuse(key);
    if (!el) {
      el = make(this.el, 'button', 'tl-cluster');
      el.type = 'button';
      el.dataset.action = 'cluster';
      el.tlHeadline = headline;
      if (headline) {
        el.tlText = label(el, headline, 0);
        el.tlText.className = 'tl-text tl-cluster-text';
        el.tlText.setAttribute('aria-hidden', 'true');
      }
      marks.put(el, key);
    }
    // Its count, range and name, then it and its label `offset` px right of it.
    if (el.tlCount !== count) {
      el.textContent = el.tlCount = count;
      const also = el.tlHeadline ? `, among them “${el.tlHeadline}”` : '';
      el.setAttribute('aria-label', `${count} events close together${also}: zoom in`);
    }
    el.dataset.from = from;
    el.dataset.to = to;
    position(el, left, top, 0);
    if (el.tlText) {
      position(el.tlText, left, top, 0);
      labelWidth(el.tlText, labelPx); // after `position`, which clears a width it did not set
      el.tlText.style.marginLeft = `${offset}px`;
      marks.put(el.tlText);
    }
  }

  /** Ends the current lane, `height` px tall: its marks not drawn again go. */
  done(height) {
    const lane = this.current;
    lane.marks.end();
    if (lane.height !== height) lane.el.style.height = `${lane.height = height}px`;
  }

  /**
   * A tick label on the scale, `major` or not, at `left` per-mille: the
   * label drawn last time with the same text is moved, not rebuilt.
   */
  tick(text, major, left) {
    const key = major ? `*${text}` : text;
    let el = this.ticks.reuse(key);
    if (!el) {
      el = make(this.scale, 'span', major ? 'tl-tick tl-major' : 'tl-tick', text);
      this.ticks.put(el, key);
    }
    el.style.left = percent(left);
  }

  /** Ends a render: lanes and ticks not drawn in it go. */
  end() {
    this.keyed.end();
    this.ticks.end();
  }
}

/**
 * The overview's columns, five numbers each in `bins`: left and width
 * per-mille, then each stance's height, per-mille of the tallest. A column
 * drawn again at the same place is kept, only its parts' heights set.
 */
export function bins(keyed, bars, bins) {
  keyed.at(bars);
  for (let i = 0; i < bins.length; i += 5) {
    const key = `${bins[i]} ${bins[i + 1]}`;
    let el = keyed.reuse(key);
    if (!el) {
      el = make(bars, 'div', 'tl-bin');
      el.style.left = percent(bins[i]);
      el.style.width = percent(bins[i + 1]);
      for (const stance of ['tightening', 'easing', 'neutral']) {
        const part = make(bars, 'div', 'tl-bin-part');
        part.dataset.stance = stance;
        el.append(part);
      }
      keyed.put(el, key);
    }
    for (let s = 0; s < 3; s++) {
      const height = percent(bins[i + 2 + s]);
      const part = el.children[s];
      if (part.style.height !== height) part.style.height = height;
    }
  }
  keyed.end();
}

/** Moves `el` to span `left`..`left + width` per-mille. */
export function span(el, left, width) {
  el.style.left = percent(left);
  el.style.width = percent(width);
}
