//! The widget's stylesheet (`src/view/widget.css`), minified by `build.rs`.
//! Every shadow root adopts it; it is text, so it lives outside the DOM layer.

/// The minified stylesheet.
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
