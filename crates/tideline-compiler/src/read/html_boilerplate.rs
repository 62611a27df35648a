//! Which HTML elements are article text, page furniture or bylines — a
//! Readability-like rule:
//!
//! 1. Furniture tags (`nav`, `footer`, `aside`, `script`, `style`, `form`,
//!    `figure`…) and hidden elements are dropped; `header` is dropped unless
//!    it is inside an `article`/`main` (then it is the article's header).
//! 2. Class and id are split into words (`photo-caption` → photo, caption).
//!    A comment written by the article's author (`comment-by-node-author`,
//!    WordPress `bypostauthor`) is content: on discussion pages it *is* the
//!    article.
//! 3. A furniture word (nav, menu, footer, sidebar, share, social, comment,
//!    related, promo, advert, cookie, newsletter, caption, credit, bio…)
//!    drops the element. "comment" alone yields when a content word (article,
//!    body, content, main, entry, story, text) is also present
//!    (`comment-body`), or when the wrapper holds an author's comment.
//! 4. A byline word (byline, author, contributor, dateline, meta) marks a
//!    byline: its text goes to `SourceText::byline`, not to the blocks.
//!
//! Class words never drop `<html>` or `<body>` (themes put layout flags such
//! as `no-sidebar` or `has-ads` there: they describe the page, they are not
//! furniture), and a word right after `no`, `has`, `with` or `without` in the
//! same class name is such a flag, not the element's own kind.

use scraper::node::Element;
use scraper::ElementRef;

/// What an element's text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Article text (or a container of it).
    Content,
    /// Page furniture: the element and everything in it are skipped.
    Drop,
    /// A byline; `names_authors` when it is an author or contributor box.
    Byline { names_authors: bool },
}

/// Tags whose content is never article text.
const FURNITURE_TAGS: &[&str] = &[
    "nav",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "template",
    "form",
    "iframe",
    "svg",
    "figure",
    "figcaption",
    "button",
    "select",
    "textarea",
    "input",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "dialog",
    "menu",
    "head",
    "title",
    "link",
    "meta",
    "img",
    "picture",
    "source",
];
/// Class/id words of page furniture.
const FURNITURE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "sidebar",
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "disqus",
    "related",
    "promo",
    "promotion",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsor",
    "sponsored",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "caption",
    "credit",
    "credits",
    "bio",
    "tags",
    "pagination",
    "pager",
    "popup",
    "modal",
    "banner",
    "masthead",
    "toolbar",
    "widget",
    "recommended",
    "outbrain",
    "taboola",
];
/// Class/id words of the article itself.
const CONTENT_WORDS: &[&str] = &["article", "body", "content", "main", "entry", "story", "text"];
/// Class/id words of an author box or byline.
const AUTHOR_WORDS: &[&str] = &["byline", "author", "authors", "contributor", "contributors", "writer"];
/// Class/id words of a date or meta line.
const DATELINE_WORDS: &[&str] = &["dateline", "meta", "posted", "published", "timestamp"];
/// Classes of comments written by the article's author.
const AUTHOR_COMMENT_CLASSES: &[&str] = &["by-node-author", "bypostauthor", "by-post-author"];

/// The role of `element`; `in_article` tells whether it sits inside an
/// `article` or `main`.
pub fn element_role(element: ElementRef<'_>, in_article: bool) -> Role {
    let value = element.value();
    let tag = value.name();
    if FURNITURE_TAGS.contains(&tag) || (tag == "header" && !in_article) || is_hidden(value) {
        return Role::Drop;
    }
    let names = class_and_id(value);
    if names.is_empty() || matches!(tag, "html" | "body") {
        return Role::Content;
    }
    if is_author_comment(&names) {
        return Role::Content;
    }
    let words = class_words(&names);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(FURNITURE_WORDS) {
        // Only "comment" yields to a content word: `comment-body` is a comment's text.
        let only_comment = words.iter().filter(|w| FURNITURE_WORDS.contains(w)).all(|w| w.starts_with("comment"));
        if only_comment && (has(CONTENT_WORDS) || holds_author_comment(element)) {
            return Role::Content;
        }
        return Role::Drop;
    }
    if has(AUTHOR_WORDS) {
        return Role::Byline { names_authors: true };
    }
    if has(DATELINE_WORDS) {
        return Role::Byline { names_authors: false };
    }
    Role::Content
}

/// The words of class and id names (`photo-caption` → photo, caption),
/// leaving out the word after a flag prefix (`no-sidebar`, `has-ads`): it
/// says what the element lacks or holds, not what it is.
fn class_words(names: &str) -> Vec<&str> {
    const FLAG_PREFIXES: &[&str] = &["no", "has", "with", "without"];
    let mut words = Vec::new();
    for name in names.split_whitespace() {
        let mut after_flag = false;
        for word in name.split(['-', '_']).filter(|w| !w.is_empty()) {
            if !after_flag {
                words.push(word);
            }
            after_flag = FLAG_PREFIXES.contains(&word);
        }
    }
    words
}

/// Lowercase class and id, space separated.
fn class_and_id(element: &Element) -> String {
    let mut names = String::new();
    for attr in ["class", "id"] {
        if let Some(value) = element.attr(attr) {
            names.push_str(value);
            names.push(' ');
        }
    }
    names.make_ascii_lowercase();
    names.trim_end().to_owned()
}

/// `hidden`, `aria-hidden="true"`, `display:none` and landmark roles of furniture.
fn is_hidden(element: &Element) -> bool {
    let style_hidden = element.attr("style").is_some_and(|s| {
        let s = s.replace(' ', "").to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    });
    let furniture_role = element.attr("role").is_some_and(|r| matches!(r, "navigation" | "banner" | "contentinfo" | "complementary" | "search"));
    element.attr("hidden").is_some() || element.attr("aria-hidden") == Some("true") || style_hidden || furniture_role
}

fn is_author_comment(names: &str) -> bool {
    AUTHOR_COMMENT_CLASSES.iter().any(|c| names.contains(c))
}

/// True when a comment wrapper contains a comment by the article's author.
fn holds_author_comment(element: ElementRef<'_>) -> bool {
    element.descendants().filter_map(ElementRef::wrap).any(|e| is_author_comment(&class_and_id(e.value())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn role_of(html: &str, selector: &str) -> Role {
        let doc = Html::parse_document(html);
        let sel = Selector::parse(selector).unwrap();
        let el = doc.select(&sel).next().unwrap();
        element_role(el, false)
    }

    #[test]
    fn furniture_tags_are_dropped() {
        assert_eq!(role_of("<nav>x</nav>", "nav"), Role::Drop);
        assert_eq!(role_of("<footer>x</footer>", "footer"), Role::Drop);
        assert_eq!(role_of("<figure><figcaption>x</figcaption></figure>", "figure"), Role::Drop);
    }

    #[test]
    fn boilerplate_classes_are_dropped_unless_marked_as_content() {
        assert_eq!(role_of("<div class=\"photo-caption\">x</div>", "div"), Role::Drop);
        assert_eq!(role_of("<div id=\"share-bar\">x</div>", "div"), Role::Drop);
        assert_eq!(role_of("<div class=\"related-content\">x</div>", "div"), Role::Drop);
        assert_eq!(role_of("<div class=\"field-name-comment-body\">x</div>", "div"), Role::Content);
        assert_eq!(role_of("<div class=\"shadow\">x</div>", "div"), Role::Content);
    }

    #[test]
    fn comments_are_dropped_but_author_comments_are_content() {
        assert_eq!(role_of("<div id=\"comments\"><p>x</p></div>", "div"), Role::Drop);
        let page = "<div id=\"comments\" class=\"comment-wrapper\"><article class=\"comment comment-by-node-author\">x</article></div>";
        assert_eq!(role_of(page, "div"), Role::Content);
        assert_eq!(role_of(page, "article"), Role::Content);
    }

    #[test]
    fn author_boxes_are_bylines() {
        assert_eq!(role_of("<div class=\"node-profile contributor\">x</div>", "div"), Role::Byline { names_authors: true });
        assert_eq!(role_of("<p class=\"entry-meta\">x</p>", "p"), Role::Byline { names_authors: false });
    }

    #[test]
    fn layout_flags_on_the_page_or_an_element_do_not_drop_it() {
        let page = "<html class=\"has-sidebar\"><body class=\"post no-sidebar has-ads single\"><div class=\"entry with-comments\"><p>x</p></div></body></html>";
        assert_eq!(role_of(page, "html"), Role::Content);
        assert_eq!(role_of(page, "body"), Role::Content);
        assert_eq!(role_of(page, "div"), Role::Content);
        assert_eq!(role_of("<div class=\"sidebar no-js\">x</div>", "div"), Role::Drop);
        assert_eq!(role_of("<body><div class=\"ad-slot\">x</div></body>", "div"), Role::Drop);
    }

    #[test]
    fn hidden_elements_are_dropped() {
        assert_eq!(role_of("<div style=\"display: none\">x</div>", "div"), Role::Drop);
        assert_eq!(role_of("<div aria-hidden=\"true\">x</div>", "div"), Role::Drop);
    }
}
