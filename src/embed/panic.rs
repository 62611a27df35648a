//! If the widget ever panics, every Tideline box on the page says so in
//! words instead of freezing or going blank. The page's own scripts are
//! unaffected: the error ends in the event handler that called into Rust.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// Installs the panic hook.
pub(super) fn install() {
    std::panic::set_hook(Box::new(|info| {
        let reason = info.payload_as_str().unwrap_or("an internal error");
        let message = format!("Tideline stopped: {reason}. Reload the page to try again.");
        web_sys::console::error_2(&"Tideline stopped:".into(), &reason.into());
        show_in_every_box(&message);
    }));
}

/// Replaces the content of every widget box (mounted or not) with `message`.
/// Reads only the DOM: any of the widget's own state may be mid-change.
fn show_in_every_box(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(Ok(boxes)) = document.document_element().map(|page| page.query_selector_all("[data-tideline], [data-tideline-ready]")) else { return };
    for i in 0..boxes.length() {
        let Some(host) = boxes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        match host.shadow_root() {
            Some(shadow) => {
                // The stylesheet stays, so the message gets the error style.
                let note = document.create_element("p").ok();
                shadow.set_text_content(None);
                if let Some(note) = note {
                    note.set_class_name("tideline tl-error");
                    note.set_text_content(Some(message));
                    let _ = shadow.append_child(&note);
                }
            }
            None => host.set_text_content(Some(message)),
        }
    }
}
