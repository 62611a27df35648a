//! One synthetic article in each of the three formats the reader takes:
//! plain text (title line, byline, paragraphs), Markdown with YAML front
//! matter, and HTML whose navigation, related links and footer carry dates
//! that the reader must drop as boilerplate.

use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// The file formats, written in rotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// `.txt`
    Text,
    /// `.md`
    Markdown,
    /// `.html`
    Html,
}

impl Format {
    /// The format of the `index`-th document.
    pub fn in_rotation(index: usize) -> Self {
        [Format::Text, Format::Markdown, Format::Html][index % 3]
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }
}

/// Phrases that appear only in HTML boilerplate, next to dates: an event
/// whose evidence holds one of them means boilerplate leaked into the text.
pub const BOILERPLATE_MARKERS: &[&str] = &["Archive:", "Reader forum", "Most read:", "All rights reserved"];

/// What an article says, before it is written in a format.
pub struct Article<'a> {
    /// Headline.
    pub title: &'a str,
    /// Reporter.
    pub author: &'a str,
    /// Publication.
    pub publisher: &'a str,
    /// Publication date.
    pub published: NaiveDate,
    /// For file names and URLs.
    pub slug: &'a str,
    /// Paragraphs of sentences.
    pub paragraphs: &'a [Vec<String>],
}

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn long_date(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), MONTHS[date.month0() as usize], date.year())
}

/// The article written in `format`.
pub fn render(article: &Article<'_>, format: Format) -> String {
    let body_len: usize = article.paragraphs.iter().flatten().map(|s| s.len() + 1).sum();
    let mut out = String::with_capacity(body_len + 1200);
    match format {
        Format::Text => render_text(article, &mut out),
        Format::Markdown => render_markdown(article, &mut out),
        Format::Html => render_html(article, &mut out),
    }
    out
}

fn render_text(a: &Article<'_>, out: &mut String) {
    let _ = write!(out, "{}\n\nBy {} | {}\nPosted: {}\n\n", a.title, a.author, a.publisher, a.published);
    for paragraph in a.paragraphs {
        let _ = writeln!(out, "{}\n", paragraph.join(" "));
    }
    let _ = writeln!(out, "--\nFiled by {} for {}.", a.author, a.publisher);
}

fn render_markdown(a: &Article<'_>, out: &mut String) {
    let (y, m, d) = (a.published.year(), a.published.month(), a.published.day());
    let _ = write!(
        out,
        "---\ntitle: \"{}\"\ndate: {}\nauthor: {}\nurl: https://news.example.org/{y}/{m:02}/{d:02}/{}\ntags: [regulation, synthetic]\n---\n\n# {}\n\n",
        a.title, a.published, a.author, a.slug, a.title
    );
    for paragraph in a.paragraphs {
        let _ = writeln!(out, "{}\n", paragraph.join(" "));
    }
    let _ = writeln!(out, "---\n\n*{} covers regulation for {}. Corrections: newsdesk@example.org*", a.author, a.publisher);
}

fn render_html(a: &Article<'_>, out: &mut String) {
    let published = a.published;
    // Boilerplate dates sit around the publication date, where a careless
    // reader would most easily mistake them for events.
    let archive = MONTHS[published.month0() as usize];
    let _ = write!(
        out,
        concat!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title} | {publisher}</title>\n",
            "<meta property=\"article:published_time\" content=\"{published}T08:00:00Z\">\n",
            "<meta name=\"author\" content=\"{author}\">\n<meta property=\"og:site_name\" content=\"{publisher}\">\n",
            "<script>window.siteConfig = {{ section: \"policy\", built: \"{published}\" }};</script>\n",
            "<style>body {{ font-family: Georgia, serif; }}</style>\n</head>\n<body>\n",
            "<nav class=\"site-nav\"><a href=\"/\">Home</a> | <a href=\"/policy\">Policy</a> | ",
            "<a href=\"/archive/{year}/{month:02}\">Archive: {archive} {year}</a> | ",
            "<a href=\"/events\">Reader forum, {long}</a></nav>\n",
            "<header>\n<h1>{title}</h1>\n<p class=\"byline\">By {author} &middot; <time datetime=\"{published}\">{long}</time></p>\n</header>\n",
            "<article>\n",
        ),
        title = a.title,
        publisher = a.publisher,
        published = published,
        author = a.author,
        year = published.year(),
        month = published.month(),
        archive = archive,
        long = long_date(published),
    );
    for paragraph in a.paragraphs {
        let _ = writeln!(out, "<p>{}</p>", paragraph.join(" "));
    }
    let _ = write!(
        out,
        concat!(
            "</article>\n<aside class=\"related\">\n<h2>Related</h2>\n<ul>\n",
            "<li><a href=\"/most-read\">Most read: regulators fined three lenders on {long}</a></li>\n</ul>\n</aside>\n",
            "<footer class=\"site-footer\"><p>&copy; {year} {publisher}. All rights reserved. Updated on {long}.</p></footer>\n",
            "</body>\n</html>\n",
        ),
        long = long_date(published),
        year = published.year(),
        publisher = a.publisher,
    );
}
