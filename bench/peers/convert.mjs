// Turns the compiler's JSON events into the data each peer library expects,
// so that TimelineJS and vis-timeline draw the same events Tideline embeds.
// Pure functions; no I/O.

/** Parses `2023-07-12`, `2023-07`, `2023-Q3` or `2023` into its first day and precision. */
export function parsePeriod(text) {
  const quarter = /^(-?\d+)-Q([1-4])$/.exec(text);
  if (quarter) return { year: +quarter[1], month: (+quarter[2] - 1) * 3 + 1, precision: 'quarter' };
  const [year, month, day] = text.split(/(?<=\d)-/).map(Number);
  if (day) return { year, month, day, precision: 'day' };
  if (month) return { year, month, precision: 'month' };
  return { year, precision: 'year' };
}

const iso = (year, month = 1, day = 1) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The first day after the period, as vis-timeline's exclusive `end`. */
export function dayAfter(period) {
  const { year, month = 1, day = 1, precision } = period;
  const next = new Date(Date.UTC(year, month - 1, day));
  if (precision === 'day') next.setUTCDate(next.getUTCDate() + 1);
  else if (precision === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else if (precision === 'quarter') next.setUTCMonth(next.getUTCMonth() + 3);
  else next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next.toISOString().slice(0, 10);
}

const escapeHtml = (text) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

/** What a reader's search matches in both peers: summary, actor names and evidence, lower-cased. */
export const searchText = (event) =>
  [event.summary, ...event.actors.map((a) => a.name), event.sources[0]?.evidence ?? ''].join(' ').toLowerCase();

/** TimelineJS's JSON: one slide per event, grouped by stance (its rows). */
export function toTimelineJs(events) {
  return {
    events: events.map((event) => {
      const { year, month, day } = parsePeriod(event.date);
      const slide = {
        unique_id: `e${event.id}`,
        start_date: { year, ...(month && { month }), ...(day && { day }) },
        text: { headline: escapeHtml(event.summary), text: escapeHtml(event.sources[0]?.evidence ?? '') },
        group: event.stance,
      };
      if (event.end) {
        const end = parsePeriod(event.end);
        slide.end_date = { year: end.year, ...(end.month && { month: end.month }), ...(end.day && { day: end.day }) };
      }
      return slide;
    }),
  };
}

/** vis-timeline's DataSet items and groups (one group per stance), plus the fields the benchmark filters on. */
export function toVisTimeline(events) {
  const items = events.map((event) => {
    const start = parsePeriod(event.date);
    const item = {
      id: event.id,
      start: iso(start.year, start.month, start.day),
      content: escapeHtml(event.summary),
      group: event.stance,
      stance: event.stance,
      search: searchText(event),
    };
    if (event.end) item.end = dayAfter(parsePeriod(event.end));
    return item;
  });
  const groups = ['tightening', 'neutral', 'easing'].map((id) => ({ id, content: id }));
  const starts = items.map((item) => item.start).sort();
  const ends = items.map((item) => item.end ?? item.start).sort();
  return { items, groups, start: starts[0], end: ends[ends.length - 1] };
}
