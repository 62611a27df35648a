//! Metadata an HTML page states in its `<head>`: `og:title`/`<title>`,
//! `og:site_name`, `article:published_time`/`name="date"`, `name="author"`,
//! `<link rel="canonical">` and tags. Dates have basis `HtmlMeta`.

use super::byline_names::split_author_names;
use super::metadata_text::{collapse_whitespace, parse_iso_day};
use super::FileMetadata;
use scraper::{Html, Selector};
use std::sync::LazyLock;
use tideline_model::DateBasis;

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

static META: LazyLock<Selector> = LazyLock::new(|| selector("meta[content]"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel~=canonical][href]"));
static JSON_LD: LazyLock<Selector> = LazyLock::new(|| selector(r#"script[type="application/ld+json"]"#));

/// `property`/`name`/`itemprop` values, in order of trust, per field.
const TITLE_KEYS: &[&str] = &["og:title", "twitter:title", "dc.title", "headline"];
const PUBLISHER_KEYS: &[&str] = &["og:site_name", "publisher", "dc.publisher", "application-name"];
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
];
const AUTHOR_KEYS: &[&str] = &["author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"];
const URL_KEYS: &[&str] = &["og:url"];
const TAG_KEYS: &[&str] = &["article:tag", "keywords", "news_keywords"];

/// The metadata of a parsed page's `<head>` (and stray `<meta>`s in the body).
pub fn read_meta(html: &Html) -> FileMetadata {
    let metas: Vec<(String, String)> = html
        .select(&META)
        .filter_map(|m| {
            let el = m.value();
            let key = el.attr("property").or_else(|| el.attr("name")).or_else(|| el.attr("itemprop"))?;
            let content = collapse_whitespace(el.attr("content")?);
            (!content.is_empty()).then(|| (key.to_ascii_lowercase(), content))
        })
        .collect();
    let first = |keys: &[&str]| keys.iter().find_map(|k| metas.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()));
    let all = |keys: &[&str]| metas.iter().filter(|(key, _)| keys.contains(&key.as_str())).map(|(_, v)| v.clone()).collect::<Vec<_>>();

    let mut meta = FileMetadata {
        title: first(TITLE_KEYS).or_else(|| page_title(html)),
        publisher: first(PUBLISHER_KEYS),
        published: DATE_KEYS
            .iter()
            .flat_map(|k| metas.iter().filter(move |(key, _)| key == k))
            .find_map(|(_, v)| parse_iso_day(v))
            .or_else(|| json_ld_date(html))
            .map(|d| (d, DateBasis::HtmlMeta)),
        url: html
            .select(&CANONICAL)
            .find_map(|l| l.value().attr("href").map(str::trim).filter(|h| !h.is_empty()).map(str::to_owned))
            .or_else(|| first(URL_KEYS)),
        ..FileMetadata::default()
    };
    for value in all(AUTHOR_KEYS) {
        let value = value.trim_start_matches("By ").trim_start_matches("by ");
        if value.starts_with("http") {
            continue;
        }
        for name in split_author_names(value) {
            meta.add_author(name);
        }
    }
    for value in all(TAG_KEYS) {
        for tag in value.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            if !meta.tags.iter().any(|t| t == tag) {
                meta.tags.push(tag.to_owned());
            }
        }
    }
    meta
}

/// The `datePublished` of the page's JSON-LD (schema.org) blocks, wherever
/// it stands in them (`@graph` arrays, nested `mainEntity`): the form most
/// news sites give their publication date in.
fn json_ld_date(html: &Html) -> Option<tideline_model::EventDate> {
    fn find(value: &serde_json::Value) -> Option<tideline_model::EventDate> {
        match value {
            serde_json::Value::Object(map) => {
                map.get("datePublished").and_then(|v| v.as_str()).and_then(parse_iso_day).or_else(|| map.values().find_map(find))
            }
            serde_json::Value::Array(items) => items.iter().find_map(find),
            _ => None,
        }
    }
    html.select(&JSON_LD).find_map(|script| {
        let text: String = script.text().collect();
        // A block that is not valid JSON says nothing about the date.
        serde_json::from_str::<serde_json::Value>(&text).ok().as_ref().and_then(find)
    })
}

/// `<title>`, without a trailing " | Site" or " - Site".
fn page_title(html: &Html) -> Option<String> {
    let title = collapse_whitespace(&html.select(&TITLE).next()?.text().collect::<String>());
    let trimmed = [" | ", " – ", " — ", " - "].iter().find_map(|sep| title.rsplit_once(sep).map(|(head, _)| head.to_owned())).unwrap_or(title);
    (!trimmed.is_empty()).then_some(trimmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_graph_and_article_meta_are_read() {
        let html = Html::parse_document(
            r#"<html><head><title>Page | Site</title>
            <meta property="og:title" content="The Headline">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2021-09-02T08:00:00+08:00">
            <meta name="author" content="Jane Doe">
            <meta name="keywords" content="tech, china">
            <link rel="canonical" href="https://example.com/a"></head><body></body></html>"#,
        );
        let meta = read_meta(&html);
        assert_eq!(meta.title.as_deref(), Some("The Headline"));
        assert_eq!(meta.publisher.as_deref(), Some("Example News"));
        let (date, basis) = meta.published.unwrap();
        assert_eq!((date.to_string(), basis), ("2021-09-02".to_owned(), DateBasis::HtmlMeta));
        assert_eq!(meta.authors, ["Jane Doe"]);
        assert_eq!(meta.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(meta.tags, ["tech", "china"]);
    }

    #[test]
    fn the_page_title_loses_its_site_suffix() {
        let html = Html::parse_document("<title>China Signals Support | China Briefing</title>");
        assert_eq!(read_meta(&html).title.as_deref(), Some("China Signals Support"));
    }

    #[test]
    fn json_ld_date_published_is_read() {
        let html = Html::parse_document(
            r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-09-03T09:15:00+05:30"}]}</script></head><body></body></html>"#,
        );
        assert_eq!(read_meta(&html).published.map(|(d, _)| d.to_string()).as_deref(), Some("2020-09-03"));
    }

    #[test]
    fn name_date_is_read_when_no_open_graph_date() {
        let html = Html::parse_document(r#"<meta name="date" content="2023-01-17">"#);
        assert_eq!(read_meta(&html).published.unwrap().0.to_string(), "2023-01-17");
    }
}
