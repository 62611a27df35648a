//! Parsing HTML with scraper while remembering the source line of every
//! element and text node. html5ever reports the line of each token to its
//! tree sink; scraper's sink ignores it, so this sink wraps scraper's and
//! records it. Exact, and free: no re-scanning of the source.

use ego_tree::NodeId;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink};
use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::HashMap;

/// A parsed document and the 1-based source line of its nodes.
pub struct LinedHtml {
    /// The document tree.
    pub html: Html,
    /// Line where each element's start tag or text node was read.
    pub lines: HashMap<NodeId, u32>,
}

/// Parses a whole HTML document, recording node lines.
pub fn parse_with_lines(source: &str) -> LinedHtml {
    let sink = LineSink { inner: HtmlTreeSink::new(Html::new_document()), line: Cell::new(1), lines: RefCell::default() };
    html5ever::driver::parse_document(sink, Default::default()).one(source)
}

/// scraper's sink plus the line of the token being processed.
struct LineSink {
    inner: HtmlTreeSink,
    line: Cell<u32>,
    lines: RefCell<HashMap<NodeId, u32>>,
}

impl LineSink {
    fn record(&self, node: NodeId) {
        self.lines.borrow_mut().entry(node).or_insert(self.line.get());
    }
    /// Records the text node that appending text under `parent` created or extended.
    fn record_last_child(&self, parent: NodeId) {
        let child = self.inner.0.borrow().tree.get(parent).and_then(|p| p.last_child()).map(|c| c.id());
        if let Some(child) = child {
            self.record(child);
        }
    }
}

impl TreeSink for LineSink {
    type Handle = NodeId;
    type Output = LinedHtml;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> LinedHtml {
        LinedHtml { html: self.inner.finish(), lines: self.lines.into_inner() }
    }
    fn set_current_line(&self, line: u64) {
        self.line.set(u32::try_from(line).unwrap_or(u32::MAX));
    }
    fn parse_error(&self, msg: Cow<'static, str>) {
        self.inner.parse_error(msg);
    }
    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let node = self.inner.create_element(name, attrs, flags);
        self.record(node);
        node
    }
    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.inner.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let is_text = matches!(child, NodeOrText::AppendText(_));
        self.inner.append(parent, child);
        if is_text {
            self.record_last_child(*parent);
        }
    }
    fn append_based_on_parent_node(&self, element: &NodeId, prev_element: &NodeId, child: NodeOrText<NodeId>) {
        self.inner.append_based_on_parent_node(element, prev_element, child);
    }
    fn append_doctype_to_document(&self, name: StrTendril, public_id: StrTendril, system_id: StrTendril) {
        self.inner.append_doctype_to_document(name, public_id, system_id);
    }
    fn mark_script_already_started(&self, node: &NodeId) {
        self.inner.mark_script_already_started(node);
    }
    fn pop(&self, node: &NodeId) {
        self.inner.pop(node);
    }
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }
    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.inner.append_before_sibling(sibling, new_node);
    }
    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }
    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target);
    }
    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_and_text_get_their_source_lines() {
        let lined = parse_with_lines("<html><body>\n<p>one</p>\n\n<p>two\nlines</p></body></html>");
        let mut found: Vec<(String, u32)> = lined
            .html
            .tree
            .nodes()
            .filter_map(|n| n.value().as_element().map(|e| (e.name().to_owned(), lined.lines[&n.id()])))
            .filter(|(name, _)| name == "p")
            .collect();
        found.sort();
        assert_eq!(found, [("p".to_owned(), 2), ("p".to_owned(), 4)]);
    }
}
