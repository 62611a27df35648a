// Types for Tideline's JS API: `import { mount } from "./tideline.js"`, or
// `Tideline.mount` once tideline.js has loaded. See README "Embed in your blog".

/** A filter by its parts, in the reader's words; `getState().filter` has this shape. */
export interface Filter {
  /** "tightening", "easing" or "neutral"; empty means every stance. */
  stance: string[];
  /** Category names; empty means every category. */
  category: string[];
  /** Actor names: an event naming any of them is kept. */
  actors: string[];
  /** Source documents by file name. */
  documents: string[];
  /** First day kept ("2022-01-01"); null for no bound. */
  from: string | null;
  /** Last day kept ("2022-12-31"); null for no bound. */
  to: string | null;
  /** Search words, all of which an event must contain. */
  query: string;
}

/**
 * A filter as the API takes it: URL-state text ("stance=easing&actor=Alibaba",
 * as data-filter and the URL hash write it), or an object with any of
 * Filter's parts (a list may be one string; a month stands for its first or
 * last day).
 */
export type FilterInput =
  | string
  | {
      stance?: string | string[] | null;
      category?: string | string[] | null;
      actors?: string | string[] | null;
      documents?: string | string[] | null;
      from?: string | null;
      to?: string | null;
      query?: string | null;
    };

/** `mount`'s options: the data-* attributes' names in camel case. */
export interface MountOptions {
  filter?: FilterInput | null;
  view?: "timeline" | "list";
  lanes?: "one" | "category" | "actor";
  theme?: "auto" | "light" | "dark";
  /** A CSS length ("40em", "80vh") or a whole number of pixels. */
  height?: string | number;
  /** Whether this widget reads and writes the page's URL hash. */
  syncUrl?: boolean;
}

/** What the widget shows; `getState()` returns it and `change` and `ready` carry it. */
export interface State {
  filter: Filter;
  /** The days the axis shows, first and last; null when there are no events. */
  window: { from: string; to: string } | null;
  view: "timeline" | "list";
  lanes: "one" | "category" | "actor";
  /** The id of the event whose card is open, or null. */
  selected: string | null;
  /** How many events the filter keeps. */
  matches: number;
}

/** An event as the compiler's JSON contract writes it (README "The JSON contract"). */
export interface TimelineEvent {
  id: string;
  kind: "event" | "plan";
  date: string;
  precision: "day" | "month" | "quarter" | "year";
  end: string | null;
  stance: "tightening" | "easing" | "neutral";
  category: string;
  summary: string;
  actors: { name: string; kind: string }[];
  amounts: { text: string; value: number; currency: string }[];
  sources: { file: string; line: number; evidence: string }[];
  cues: string[];
  origin: "extracted" | "curated";
}

export interface Listeners {
  /** The widget is on screen (called at once, as a microtask, if it already is). */
  ready: (state: State) => void;
  /** A card opened (the event) or closed (null), by the reader or by select(). */
  select: (event: TimelineEvent | null) => void;
  /** The filter, window, view or lanes changed, by the reader or by the API. */
  change: (state: State) => void;
}

/** A mounted widget. Every method throws (setFilter rejects) with an Error naming the problem. */
export interface TidelineHandle {
  getState(): State;
  /** Replaces the filter; rejects, changing nothing, on a part that matches nothing. */
  setFilter(filter: FilterInput): Promise<State>;
  /** The events a filter keeps (the widget's own by default), in date order. */
  events(filter?: FilterInput | null): TimelineEvent[];
  /** Opens the card of the event with this id, or closes it with null. */
  select(id: string | null): void;
  /** Shows these days ("2022-01-01") or months ("2022-01" to "2022-03"), within the zoom limits. */
  setWindow(from: string, to: string): void;
  /** Fits the axis to every event. */
  fit(): void;
  on<K extends keyof Listeners>(event: K, callback: Listeners[K]): void;
  /** Removes `callback`, or every callback on `event` when none is given. */
  off<K extends keyof Listeners>(event: K, callback?: Listeners[K]): void;
  /** Removes the widget, its listeners and its styles; the element stays, empty. */
  destroy(): void;
}

/** Mounts a widget on `element` (replacing one already there). */
export function mount(element: Element, options?: MountOptions | null): Promise<TidelineHandle>;

declare const Tideline: { readonly mount: typeof mount };
export default Tideline;

declare global {
  // eslint-disable-next-line no-var
  var Tideline: { readonly mount: typeof mount } | undefined;
}
