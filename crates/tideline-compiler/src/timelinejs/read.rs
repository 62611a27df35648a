//! Reads TimelineJS's two formats — its JSON (`{"title": slide, "events":
//! [slide…]}`) and its Google Sheets template saved as CSV (columns `Year`,
//! `Month`, `Day`, `End Year`…, `Headline`, `Text`, `Media`, `Type`, `Group`)
//! — into plain events. Each problem names the file and the event's line;
//! a bad event is skipped and the rest are read.

use crate::diagnostic::Diagnostic;
use serde::Deserialize;
use serde_json::value::RawValue;
use tideline_model::EventDate;

/// One TimelineJS file, read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineJsFile {
    /// The file's name in the corpus.
    pub file: String,
    /// The title slide's headline, as text.
    pub title: Option<String>,
    /// The events that could be read, in file order.
    pub events: Vec<TimelineJsEvent>,
}

/// One TimelineJS event (a "slide"), its HTML reduced to text.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineJsEvent {
    /// 1-based line of the event in the file.
    pub line: u32,
    /// 1-based position among the file's events (the spreadsheet's row).
    pub row: usize,
    /// When, at the precision given (year, month or day).
    pub date: EventDate,
    /// The last period, if it is a span.
    pub end: Option<EventDate>,
    /// The headline (may be empty when the text is not).
    pub headline: String,
    /// The slide's text.
    pub text: String,
    /// Its group, which becomes a category.
    pub group: Option<String>,
    /// Its media, when it links to something.
    pub media: Option<Media>,
}

/// A slide's media: a link, with what TimelineJS shows beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    /// The link as written.
    pub url: String,
    /// The caption, as text.
    pub caption: Option<String>,
    /// The credit, as text.
    pub credit: Option<String>,
}

/// True for a file the corpus reads as TimelineJS rather than as an article:
/// any `.json` file, and a `.csv` file whose first line names the template's
/// `Year` and `Headline` columns.
pub fn is_timelinejs_file(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".json") {
        return true;
    }
    if !lower.ends_with(".csv") {
        return false;
    }
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let header = String::from_utf8_lossy(first_line).to_ascii_lowercase();
    let columns: Vec<&str> = header.split(',').map(|c| c.trim().trim_matches('"').trim()).collect();
    columns.contains(&"year") && columns.contains(&"headline")
}

/// Reads a TimelineJS file (JSON, or CSV by its `.csv` name), with a
/// diagnostic for each event skipped or the whole file when unreadable.
pub fn read_timelinejs(file: &str, bytes: &[u8]) -> (TimelineJsFile, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut read = TimelineJsFile { file: file.to_owned(), ..TimelineJsFile::default() };
    let text = match std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) {
        Ok(text) => text,
        Err(err) => {
            problems.push(Diagnostic::error(file, line_of(bytes, err.valid_up_to()), "a TimelineJS file must be UTF-8; skipped"));
            return (read, problems);
        }
    };
    if file.to_ascii_lowercase().ends_with(".csv") {
        read_csv(text, &mut read, &mut problems);
    } else {
        read_json(text, &mut read, &mut problems);
    }
    (read, problems)
}

fn line_of(bytes: &[u8], offset: usize) -> u32 {
    let newlines = bytes.iter().take(offset).filter(|&&b| b == b'\n').count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

// ---- JSON ------------------------------------------------------------------

#[derive(Deserialize)]
struct RawFile<'a> {
    #[serde(borrow, default)]
    title: Option<&'a RawValue>,
    #[serde(borrow)]
    events: Vec<&'a RawValue>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawSlide {
    start_date: Option<RawDate>,
    end_date: Option<RawDate>,
    text: RawText,
    group: Option<String>,
    media: Option<RawMedia>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawText {
    headline: Option<String>,
    text: Option<String>,
}

#[derive(Deserialize)]
struct RawMedia {
    url: Option<String>,
    caption: Option<String>,
    credit: Option<String>,
}

/// A date's parts; TimelineJS writes them as numbers or as strings.
#[derive(Deserialize, Default)]
#[serde(default)]
struct RawDate {
    year: Option<NumberOrText>,
    month: Option<NumberOrText>,
    day: Option<NumberOrText>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum NumberOrText {
    Number(serde_json::Number),
    Text(String),
}

impl NumberOrText {
    fn as_text(&self) -> String {
        match self {
            NumberOrText::Number(n) => n.to_string(),
            NumberOrText::Text(t) => t.clone(),
        }
    }
}

fn read_json(text: &str, read: &mut TimelineJsFile, problems: &mut Vec<Diagnostic>) {
    let raw: RawFile<'_> = match serde_json::from_str(text) {
        Ok(raw) => raw,
        Err(err) => {
            let line = u32::try_from(err.line()).unwrap_or(0);
            problems.push(Diagnostic::error(&read.file, line, format!("not a TimelineJS file ({err}); skipped: it needs an `events` list")));
            return;
        }
    };
    // Each slide is borrowed from the text, so its offset gives its line.
    let line_at = |slide: &RawValue| line_of(text.as_bytes(), (slide.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize));
    if let Some(title) = raw.title {
        if let Ok(slide) = serde_json::from_str::<RawSlide>(title.get()) {
            read.title = slide.text.headline.as_deref().map(html_to_text).filter(|t| !t.is_empty());
        }
    }
    for (index, value) in raw.events.into_iter().enumerate() {
        let (line, row) = (line_at(value), index + 1);
        let mut fail = |message: String| problems.push(Diagnostic::error(&read.file, line, format!("event {row} skipped: {message}")));
        let slide: RawSlide = match serde_json::from_str(value.get()) {
            Ok(slide) => slide,
            Err(err) => {
                fail(format!("{err}"));
                continue;
            }
        };
        let parts = |date: &Option<RawDate>| {
            date.as_ref().map(|d| DateParts {
                year: d.year.as_ref().map(NumberOrText::as_text).unwrap_or_default(),
                month: d.month.as_ref().map(NumberOrText::as_text).unwrap_or_default(),
                day: d.day.as_ref().map(NumberOrText::as_text).unwrap_or_default(),
            })
        };
        let media = slide.media.map(|m| (m.url.unwrap_or_default(), m.caption, m.credit));
        let fields = SlideFields {
            start: parts(&slide.start_date),
            end: parts(&slide.end_date),
            headline: slide.text.headline.unwrap_or_default(),
            text: slide.text.text.unwrap_or_default(),
            group: slide.group,
            media,
        };
        match to_event(fields, line, row) {
            Ok(event) => read.events.push(event),
            Err(message) => fail(message),
        }
    }
}

// ---- CSV -------------------------------------------------------------------

fn read_csv(text: &str, read: &mut TimelineJsFile, problems: &mut Vec<Diagnostic>) {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|h| h.trim().to_ascii_lowercase()).collect(),
        Err(err) => {
            problems.push(Diagnostic::error(&read.file, 1, format!("cannot read the spreadsheet's header ({err}); skipped")));
            return;
        }
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let columns = CsvColumns {
        year: column("year"),
        month: column("month"),
        day: column("day"),
        end_year: column("end year"),
        end_month: column("end month"),
        end_day: column("end day"),
        headline: column("headline"),
        text: column("text"),
        media: column("media"),
        credit: column("media credit"),
        caption: column("media caption"),
        kind: column("type"),
        group: column("group"),
    };
    let mut row = 0;
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map_or(0, |p| line_at_byte(text, p.byte()));
                problems.push(Diagnostic::error(&read.file, line, format!("a row could not be read ({err}); skipped")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_at_byte(text, p.byte()));
        let cell = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or_default().trim().to_owned();
        let kind = cell(columns.kind).to_ascii_lowercase();
        if kind == "title" {
            read.title = Some(html_to_text(&cell(columns.headline))).filter(|t| !t.is_empty());
            continue;
        }
        if kind == "era" || record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        row += 1;
        let end = DateParts { year: cell(columns.end_year), month: cell(columns.end_month), day: cell(columns.end_day) };
        let media = cell(columns.media);
        let optional = |text: String| Some(text).filter(|t| !t.is_empty());
        let fields = SlideFields {
            start: Some(DateParts { year: cell(columns.year), month: cell(columns.month), day: cell(columns.day) }),
            end: (!end.year.is_empty()).then_some(end),
            headline: cell(columns.headline),
            text: cell(columns.text),
            group: optional(cell(columns.group)),
            media: (!media.is_empty()).then(|| (media, optional(cell(columns.caption)), optional(cell(columns.credit)))),
        };
        match to_event(fields, line, row) {
            Ok(event) => read.events.push(event),
            Err(message) => problems.push(Diagnostic::error(&read.file, line, format!("event {row} skipped: {message}"))),
        }
    }
}

/// The line a record starting at byte `at` is on. The csv crate's own line
/// count is one short after `\r\n` (a spreadsheet's usual line end): the
/// record's position is taken between the `\r` and the `\n`.
fn line_at_byte(text: &str, at: u64) -> u32 {
    let at = usize::try_from(at).unwrap_or(usize::MAX);
    let at = if text.as_bytes().get(at) == Some(&b'\n') { at + 1 } else { at };
    line_of(text.as_bytes(), at)
}

struct CsvColumns {
    year: Option<usize>,
    month: Option<usize>,
    day: Option<usize>,
    end_year: Option<usize>,
    end_month: Option<usize>,
    end_day: Option<usize>,
    headline: Option<usize>,
    text: Option<usize>,
    media: Option<usize>,
    credit: Option<usize>,
    caption: Option<usize>,
    kind: Option<usize>,
    group: Option<usize>,
}

// ---- shared ----------------------------------------------------------------

/// A date's parts as written (possibly empty).
struct DateParts {
    year: String,
    month: String,
    day: String,
}

/// One slide's fields as written, whichever format they came from.
struct SlideFields {
    start: Option<DateParts>,
    end: Option<DateParts>,
    headline: String,
    text: String,
    group: Option<String>,
    media: Option<(String, Option<String>, Option<String>)>,
}

fn to_event(fields: SlideFields, line: u32, row: usize) -> Result<TimelineJsEvent, String> {
    let start = fields.start.ok_or("it has no `start_date`")?;
    let date = parse_date(&start).map_err(|why| format!("start date: {why}"))?;
    let end = match fields.end {
        Some(parts) => {
            let end = parse_date(&parts).map_err(|why| format!("end date: {why}"))?;
            if end.last_day() < date.start() {
                return Err(format!("it ends ({end}) before it starts ({date})"));
            }
            Some(end)
        }
        None => None,
    };
    let headline = html_to_text(&fields.headline);
    let text = html_to_text(&fields.text);
    if headline.is_empty() && text.is_empty() {
        return Err("it has neither a headline nor a text".to_owned());
    }
    let clean = |t: Option<String>| t.map(|t| html_to_text(&t)).filter(|t| !t.is_empty());
    let media = fields.media.filter(|(url, _, _)| !url.trim().is_empty()).map(|(url, caption, credit)| Media {
        url: url.trim().to_owned(),
        caption: clean(caption),
        credit: clean(credit),
    });
    let group = fields.group.map(|g| g.trim().to_owned()).filter(|g| !g.is_empty());
    Ok(TimelineJsEvent { line, row, date, end, headline, text, group, media })
}

/// A TimelineJS date at the precision its parts give: year, month or day.
fn parse_date(parts: &DateParts) -> Result<EventDate, String> {
    let number = |what: &str, text: &str| -> Result<Option<i64>, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        // Spreadsheets often hold "2023.0"; a whole number written so is fine.
        let whole = text.strip_suffix(".0").unwrap_or(text);
        whole.parse::<i64>().map(Some).map_err(|_| format!("{what} `{text}` is not a whole number"))
    };
    let year = number("year", &parts.year)?.ok_or("the year is missing")?;
    let year =
        i32::try_from(year).ok().filter(|y| (1..=9999).contains(y)).ok_or(format!("year {year} is outside 1–9999, the years Tideline can show"))?;
    let month = number("month", &parts.month)?;
    let day = number("day", &parts.day)?;
    let small = |n: i64| u32::try_from(n).unwrap_or(0);
    let date = match (month, day) {
        (None, _) => EventDate::year(year),
        (Some(month), None) => EventDate::month(year, small(month)),
        (Some(month), Some(day)) => tideline_model::CivilDate::new(year, small(month), small(day)).map(EventDate::day),
    };
    date.map_err(|err| format!("{err}"))
}

/// The text of an HTML fragment, whitespace collapsed (TimelineJS's fields
/// hold HTML: links, paragraphs, entities).
pub(crate) fn html_to_text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return html.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let fragment = scraper::Html::parse_fragment(html);
    let text: String = fragment.root_element().text().collect::<Vec<_>>().join(" ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_timeline_reads_its_title_events_dates_groups_and_media() {
        let json = r#"{"title": {"text": {"headline": "The <b>space</b> race"}},
          "events": [
            {"start_date": {"year": 1957, "month": "10", "day": 4}, "text": {"headline": "Sputnik 1", "text": "<p>The first &amp; smallest.</p>"},
             "group": "Launches", "media": {"url": "https://example.org/sputnik.jpg", "caption": "Sputnik", "credit": "NASA"}},
            {"start_date": {"year": "1969", "month": "7"}, "end_date": {"year": "1972"}, "text": {"headline": "Apollo"}}
          ]}"#;
        let (file, problems) = read_timelinejs("space.json", json.as_bytes());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(file.title.as_deref(), Some("The space race"));
        assert_eq!(file.events.len(), 2);
        let sputnik = &file.events[0];
        assert_eq!((sputnik.date.to_string().as_str(), sputnik.line, sputnik.row), ("1957-10-04", 3, 1));
        assert_eq!(sputnik.text, "The first & smallest.");
        assert_eq!(sputnik.group.as_deref(), Some("Launches"));
        assert_eq!(sputnik.media.as_ref().map(|m| m.url.as_str()), Some("https://example.org/sputnik.jpg"));
        assert_eq!(file.events[1].date.to_string(), "1969-07");
        assert_eq!(file.events[1].end.map(|e| e.to_string()).as_deref(), Some("1972"));
    }

    #[test]
    fn a_bad_json_event_is_named_by_file_line_and_row_and_the_rest_is_read() {
        let json = "{\"events\": [\n{\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \"Good\"}},\n{\"start_date\": {\"year\": \"-13800000000\"}, \"text\": {\"headline\": \"Big Bang\"}},\n{\"text\": {\"headline\": \"No date\"}},\n{\"start_date\": {\"year\": 2002, \"month\": 13}, \"text\": {\"headline\": \"Bad month\"}},\n{\"start_date\": {\"year\": 2003}}\n]}";
        let (file, problems) = read_timelinejs("t.json", json.as_bytes());
        assert_eq!(file.events.len(), 1);
        let found: Vec<(u32, bool)> = problems.iter().map(|p| (p.line, p.file == "t.json")).collect();
        assert_eq!(found, [(3, true), (4, true), (5, true), (6, true)], "{problems:?}");
        assert!(problems[0].message.starts_with("event 2 skipped: start date: year -13800000000"), "{problems:?}");
        assert!(problems[3].message.contains("neither a headline nor a text"));
    }

    #[test]
    fn a_file_that_is_not_a_timeline_is_one_error_with_its_line() {
        let (file, problems) = read_timelinejs("t.json", b"{\"events\": [\n{,}]}");
        assert!(file.events.is_empty());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
        let (_, problems) = read_timelinejs("u.json", b"{\"title\": 3}");
        assert!(problems[0].message.contains("events"), "{problems:?}");
    }

    #[test]
    fn a_spreadsheet_reads_its_title_row_and_names_a_bad_row_by_line() {
        let csv = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n\
,,,,,,,,,My title,Intro,,,,,title,,\n\
1815,12,10,,1852,11,27,,,Ada Lovelace,\"<p>First, \"\"programmer\"\"</p>\",https://example.org/ada.jpg,Wikimedia,Portrait,,,People,\n\
abc,,,,,,,,,Broken,,,,,,,,\n\
1948,3,,,,,,,,Edith Clarke,,,,,,,,\n";
        let (file, problems) = read_timelinejs("sheet.csv", csv.as_bytes());
        assert_eq!(file.title.as_deref(), Some("My title"));
        assert_eq!(file.events.len(), 2);
        assert_eq!(file.events[0].text, "First, \"programmer\"");
        assert_eq!(file.events[0].end.map(|e| e.to_string()).as_deref(), Some("1852-11-27"));
        assert_eq!(file.events[1].date.to_string(), "1948-03");
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].file.as_str(), problems[0].line), ("sheet.csv", 4));
        assert!(problems[0].message.starts_with("event 2 skipped: start date: year `abc`"), "{problems:?}");
    }

    #[test]
    fn rows_of_a_spreadsheet_saved_with_crlf_are_named_by_their_own_line() {
        let csv = "Year,Headline\r\n2001,One\r\nabc,Two\r\n";
        let (file, problems) = read_timelinejs("s.csv", csv.as_bytes());
        assert_eq!(file.events[0].line, 2);
        assert_eq!(problems[0].line, 3, "{problems:?}");
    }

    #[test]
    fn only_json_and_the_templates_csv_are_taken_as_timelinejs() {
        assert!(is_timelinejs_file("a/t.JSON", b"{}"));
        assert!(is_timelinejs_file("s.csv", b"\"Year\",Month,Headline\n"));
        assert!(!is_timelinejs_file("prices.csv", b"date,price\n"));
        assert!(!is_timelinejs_file("article.txt", b"Year,Headline\n"));
    }
}
