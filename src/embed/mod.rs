//! Mounting on a page Tideline does not control: finds `[data-tideline]`
//! elements (when the module loads and whenever the page adds more), gives
//! each a shadow root with the widget's stylesheet, reads its options,
//! decides which widget owns the URL hash, and takes everything down again.
//! On the host element it only attaches the shadow root and sets
//! `data-tideline-ready`.
//!
//! The URL-hash rule: a widget owns the page's hash when it says so
//! (`data-sync-url`, or `syncUrl: true`), or when it is the only
//! `[data-tideline]` element on the page as the script loads and does not
//! refuse (`data-sync-url="false"`). At most one widget owns it; the others
//! keep their state to themselves.

mod api;
mod panic;

use crate::options::{controls_open, initial_state, parse_options, EmbedOptions};
use crate::style::WIDGET_CSS;
use crate::view::{self, Setup, WidgetRef};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, MutationObserver, MutationObserverInit, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// Boxes narrower than this open on the list rather than the axis.
const NARROW_BOX_PX: f64 = 600.0;

/// A widget on the page and the element it was mounted on.
struct Mounted {
    host: Element,
    widget: WidgetRef,
    owns_url: bool,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// Hosts the observer leaves alone: taken down through the JS API, or
    /// unable to hold a widget (warned about once).
    static LEFT_ALONE: js_sys::WeakSet = js_sys::WeakSet::new();
    /// One constructed stylesheet shared by every widget (CSP-safe, unlike `<style>`).
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new().ok().filter(|sheet| sheet.replace_sync(WIDGET_CSS).is_ok());
}

/// Runs when the module loads: mounts every `[data-tideline]` element, then
/// watches the page for more (and for mounted ones being removed).
pub fn start() {
    panic::install();
    let hosts = data_tideline_elements();
    let sole = hosts.len() == 1;
    for host in hosts {
        mount_declared(host, sole);
    }
    observe_page();
}

/// Every `[data-tideline]` element of the page, in document order.
fn data_tideline_elements() -> Vec<Element> {
    // Asked of the root element, whose `querySelectorAll` the view imports too.
    let Some(Ok(nodes)) = view::document().document_element().map(|page| page.query_selector_all("[data-tideline]")) else { return Vec::new() };
    (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn is_mounted(host: &Element) -> bool {
    MOUNTED.with_borrow(|mounted| mounted.iter().any(|m| &m.host == host))
}

/// Mounts a `[data-tideline]` element with the options in its attributes,
/// warning in the console about any it cannot use.
fn mount_declared(host: Element, sole_on_page: bool) {
    if is_mounted(&host) || LEFT_ALONE.with(|d| d.has(&host)) {
        return;
    }
    let Ok(timeline) = view::timeline() else {
        // `view::mount` shows the reason in the box.
        let _ = mount(&host, EmbedOptions::default(), false);
        return;
    };
    let (options, problems) = parse_options(&|name| host.get_attribute(&format!("data-{name}")), timeline);
    for problem in problems {
        warn(&format!("Tideline: data-{problem}."), &host);
    }
    if let Err(message) = mount(&host, options, sole_on_page) {
        warn(&format!("Tideline: {message}"), &host);
        LEFT_ALONE.with(|left| left.add(&host));
    }
}

/// Mounts a widget in `host`'s shadow root (attaching one when needed).
/// `may_own_url` is whether, without a `sync-url` option, it takes the hash.
fn mount(host: &Element, options: EmbedOptions, may_own_url: bool) -> Result<WidgetRef, String> {
    let shadow = shadow_root(host)?;
    if let Some(sheet) = SHEET.with(Clone::clone) {
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
    shadow.set_text_content(None);
    let root = view::new_element("div", "tideline");
    let _ = shadow.append_child(&root);
    if let Some(height) = &options.height {
        view::set_style(&root, "height", height);
        let _ = root.class_list().add_1("tl-fixed-height");
    }
    let owns_url = claims_url(options.sync_url, may_own_url, host);
    let hash = owns_url.then(view::current_hash);
    let width = host_width(host);
    let state = match view::timeline() {
        Ok(timeline) => initial_state(&options, hash.as_deref(), width < NARROW_BOX_PX, timeline),
        Err(_) => Default::default(),
    };
    let controls_open = controls_open(owns_url, options.height.is_some(), width);
    let widget = view::mount(host, &root, Setup { state, owns_url, theme: options.theme, controls_open })?;
    MOUNTED.with_borrow_mut(|mounted| mounted.push(Mounted { host: host.clone(), widget: widget.clone(), owns_url }));
    Ok(widget)
}

/// The host's open shadow root, attached on first use.
fn shadow_root(host: &Element) -> Result<ShadowRoot, String> {
    if let Some(shadow) = host.shadow_root() {
        return Ok(shadow);
    }
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).map_err(|_| {
        format!("cannot mount on a <{}>: use a <div> (or another element that can hold a shadow root)", host.tag_name().to_ascii_lowercase())
    })
}

/// Applies the URL-hash rule (see the module comment).
fn claims_url(sync_url: Option<bool>, may_own_url: bool, host: &Element) -> bool {
    let wanted = sync_url.unwrap_or(may_own_url);
    let taken = MOUNTED.with_borrow(|mounted| mounted.iter().any(|m| m.owns_url));
    if wanted && taken && sync_url == Some(true) {
        warn("Tideline: another widget on this page already owns the URL hash; this one keeps its state to itself.", host);
    }
    wanted && !taken
}

/// The host's width in pixels; a box not laid out yet is judged by the window.
fn host_width(host: &Element) -> f64 {
    let width = host.get_bounding_client_rect().width();
    if width > 0.0 {
        width
    } else {
        web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(f64::MAX)
    }
}

/// Takes the widget on `host` down: listeners, timers, observers' interest,
/// the shadow content and stylesheet, and the ready mark. `forever` keeps
/// the observer from mounting it again.
fn destroy(host: &Element, forever: bool) {
    let found = MOUNTED.with_borrow_mut(|mounted| {
        let at = mounted.iter().position(|m| &m.host == host)?;
        Some(mounted.remove(at))
    });
    if let Some(Mounted { widget, .. }) = found {
        view::unmount(&widget);
    }
    if let Some(shadow) = host.shadow_root() {
        shadow.set_text_content(None);
        shadow.set_adopted_style_sheets(&js_sys::Array::new());
    }
    let _ = host.remove_attribute("data-tideline-ready");
    if forever {
        LEFT_ALONE.with(|d| d.add(host));
    }
}

/// Watches the page for widgets added later (client-side navigation) and
/// for mounted ones removed from it, which are taken down.
fn observe_page() {
    let on_change = Closure::<dyn FnMut()>::new(|| {
        let gone: Vec<Element> = MOUNTED.with_borrow(|mounted| mounted.iter().filter(|m| !m.host.is_connected()).map(|m| m.host.clone()).collect());
        for host in gone {
            destroy(&host, false);
        }
        for host in data_tideline_elements() {
            mount_declared(host, false);
        }
    });
    let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) else { return };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if let Some(page) = view::document().document_element() {
        let _ = observer.observe_with_options(&page, &options);
    }
    // The observer lives as long as the page.
    on_change.forget();
}

/// A console warning naming the element it is about.
fn warn(message: &str, host: &Element) {
    web_sys::console::warn_2(&message.into(), host);
}
