//! The filtered events as files to take away: CSV for spreadsheets and JSON
//! in the compiler's contract shape (README "The JSON contract"). Written by
//! hand, not with serde_json, to keep the wasm small.

use tideline_model::{Document, Event, EventDate, Timeline};

/// The events `matches` as CSV with a header row. Cells that a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@`, or a leading TAB or CR, which
/// some spreadsheets skip before looking for one) are prefixed with `'`.
pub fn events_csv(timeline: &Timeline, matches: &[usize]) -> String {
    let mut out = String::from("id,date,precision,end,kind,stance,category,summary,actors,amounts,sources,evidence\r\n");
    for event in matches.iter().filter_map(|&i| timeline.events.get(i)) {
        // Owned, as every other list the widget joins is: one `join` in the wasm.
        let actors: Vec<String> = event.actors.iter().filter_map(|a| timeline.actor(*a)).map(|a| a.name.clone()).collect();
        let amounts: Vec<String> = event.amounts.iter().map(|a| a.text.clone()).collect();
        let files: Vec<String> = sources_of(timeline, event).map(|d| d.file.clone()).collect();
        let cells = [
            event.id.to_hex(),
            event.date.to_string(),
            event.date.precision().as_str().to_owned(),
            event.end.map(|d| d.to_string()).unwrap_or_default(),
            event.kind.as_str().to_owned(),
            event.stance.as_str().to_owned(),
            event.category.as_str().to_owned(),
            event.summary.clone(),
            actors.join("; "),
            amounts.join("; "),
            files.join("; "),
            event.sources.first().map(|s| s.evidence.clone()).unwrap_or_default(),
        ];
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_cell(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

fn sources_of<'t>(timeline: &'t Timeline, event: &'t Event) -> impl Iterator<Item = &'t Document> {
    event.sources.iter().filter_map(|s| timeline.document(s.document))
}

fn csv_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula || cell.contains([',', '"', '\n', '\r']) {
        out.push('"');
        if formula {
            out.push('\'');
        }
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// The events `matches` and the documents they cite, as the compiler's JSON.
pub fn events_json(timeline: &Timeline, matches: &[usize]) -> String {
    let events: Vec<&Event> = matches.iter().filter_map(|&i| timeline.events.get(i)).collect();
    let mut cited: Vec<u16> = Vec::new();
    for source in events.iter().flat_map(|e| &e.sources) {
        tideline_model::insert_sorted(&mut cited, source.document.0);
    }
    let mut j = Json::default();
    j.raw("{\"version\":1,\"title\":");
    j.string(&timeline.title);
    j.raw(",\"documents\":[");
    for (n, doc) in cited.iter().filter_map(|&d| timeline.documents.get(usize::from(d))).enumerate() {
        j.comma(n);
        j.key_string("{\"file\":", &doc.file);
        j.key_opt(",\"title\":", doc.title.as_deref());
        j.key_opt(",\"publisher\":", doc.publisher.as_deref());
        j.raw(",\"authors\":");
        j.strings(doc.authors.iter().map(String::as_str));
        j.key_opt(",\"published\":", doc.published.map(|d| d.to_string()).as_deref());
        j.key_opt(",\"published_precision\":", doc.published.map(|d| d.precision().as_str()));
        j.key_string(",\"published_basis\":", doc.published_basis.as_str());
        j.key_opt(",\"url\":", doc.url.as_deref());
        j.key_string(",\"format\":", file_format(&doc.file));
        j.raw("}");
    }
    j.raw("],\"events\":[");
    for (n, event) in events.iter().enumerate() {
        j.comma(n);
        event_json(&mut j, timeline, event);
    }
    j.raw("],\"diagnostics\":[]}\n");
    j.out
}

fn event_json(j: &mut Json, timeline: &Timeline, event: &Event) {
    j.key_string("{\"id\":", &event.id.to_hex());
    j.key_string(",\"kind\":", event.kind.as_str());
    j.key_string(",\"date\":", &event.date.to_string());
    j.key_string(",\"precision\":", event.date.precision().as_str());
    j.key_opt(",\"end\":", event.end.map(|d: EventDate| d.to_string()).as_deref());
    j.key_string(",\"stance\":", event.stance.as_str());
    j.key_string(",\"category\":", event.category.as_str());
    j.key_string(",\"summary\":", &event.summary);
    j.raw(",\"actors\":[");
    for (n, actor) in event.actors.iter().filter_map(|a| timeline.actor(*a)).enumerate() {
        j.comma(n);
        j.key_string("{\"name\":", &actor.name);
        j.key_string(",\"kind\":", actor.kind.as_str());
        j.raw("}");
    }
    j.raw("],\"amounts\":[");
    for (n, amount) in event.amounts.iter().enumerate() {
        j.comma(n);
        j.key_string("{\"text\":", &amount.text);
        j.raw(",\"value\":");
        j.number(amount.value);
        j.key_string(",\"currency\":", &amount.currency);
        j.raw("}");
    }
    j.raw("],\"sources\":[");
    for (n, source) in event.sources.iter().enumerate() {
        j.comma(n);
        j.key_string("{\"file\":", timeline.document(source.document).map_or("", |d| d.file.as_str()));
        j.raw(",\"line\":");
        j.raw(&source.line.to_string());
        j.key_string(",\"evidence\":", &source.evidence);
        j.raw("}");
    }
    j.raw("],\"cues\":");
    j.strings(event.cues.iter().map(String::as_str));
    j.key_string(",\"origin\":", event.origin.as_str());
    j.raw("}");
}

/// The contract's `format` of a document, from its file name.
fn file_format(file: &str) -> &'static str {
    let lower = file.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        "markdown"
    } else if lower.ends_with(".html") || lower.ends_with(".htm") {
        "html"
    } else {
        "text"
    }
}

#[derive(Default)]
struct Json {
    out: String,
}

impl Json {
    fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }
    fn comma(&mut self, n: usize) {
        if n > 0 {
            self.out.push(',');
        }
    }
    fn key_string(&mut self, key: &str, value: &str) {
        self.raw(key);
        self.string(value);
    }
    fn key_opt(&mut self, key: &str, value: Option<&str>) {
        self.raw(key);
        match value {
            Some(text) => self.string(text),
            None => self.raw("null"),
        }
    }
    fn strings<'a>(&mut self, values: impl Iterator<Item = &'a str>) {
        self.out.push('[');
        for (n, value) in values.enumerate() {
            self.comma(n);
            self.string(value);
        }
        self.out.push(']');
    }
    /// A JSON string: quotes, backslashes and control characters escaped.
    fn string(&mut self, text: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push('"');
        for c in text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if u32::from(c) < 0x20 => {
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[(u32::from(c) >> 4) as usize]));
                    self.out.push(char::from(HEX[(u32::from(c) & 15) as usize]));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
    /// A number with up to six decimals, without float formatting code:
    /// whole values print as `7123000000.0`; non-finite values as `null`.
    fn number(&mut self, value: f64) {
        if !value.is_finite() {
            return self.raw("null");
        }
        // Micro-units are exact below 9e12; larger amounts are whole anyway,
        // written from a u64 (an i64 of micro-units would overflow near 9.2e12,
        // "RMB 10 trillion"); past u64 there is no honest integer to write.
        if value.abs() >= 9e12 {
            if value.abs() >= 1.8e19 {
                return self.raw("null");
            }
            if value < 0.0 {
                self.out.push('-');
            }
            self.raw(&(value.abs() as u64).to_string());
            return self.raw(".0");
        }
        let micros = (value * 1e6).round() as i64;
        if micros < 0 {
            self.out.push('-');
        }
        let micros = micros.unsigned_abs();
        self.raw(&(micros / 1_000_000).to_string());
        let fraction = format!(".{:06}", micros % 1_000_000);
        let trimmed = fraction.trim_end_matches('0');
        self.raw(if trimmed == "." { ".0" } else { trimmed });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;

    #[test]
    fn csv_has_a_header_and_one_quoted_row_per_event() {
        let csv = events_csv(&sample_timeline(), &[1, 3]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 4, "header, two events, trailing empty");
        assert!(lines[0].starts_with("id,date,precision,end,"));
        assert!(lines[1].starts_with("0abcdef01234,2021-04-10,day,,event,tightening,fine,Event "), "{}", lines[1]);
        assert!(lines[1].contains(",\"Ant Group; A, B & Co\",RMB 18.2 billion,a.txt; b.md,\"Regulators fined Ant Group, citing \"\"abuse\"\".\""));
        assert!(lines[2].starts_with("000000000003,2025,year,2027,plan,"));
    }

    #[test]
    fn csv_cells_that_look_like_formulas_are_defused() {
        let mut out = String::new();
        csv_cell(&mut out, "=HYPERLINK(1)");
        assert_eq!(out, "\"'=HYPERLINK(1)\"");
    }

    #[test]
    fn csv_cells_opening_with_a_tab_or_carriage_return_are_defused() {
        for cell in ["\t=1+1", "\r=1+1"] {
            let mut out = String::new();
            csv_cell(&mut out, cell);
            assert_eq!(out, format!("\"'{cell}\""));
        }
    }

    #[test]
    fn amounts_of_trillions_are_written_whole_without_overflow() {
        let mut j = Json::default();
        for value in [1e13, 1.26e14, -2.5e15, 1.8e19, f64::MAX] {
            j.number(value);
            j.raw(" ");
        }
        assert_eq!(j.out, "10000000000000.0 126000000000000.0 -2500000000000000.0 null null ");
    }

    #[test]
    fn json_follows_the_contract_and_escapes_strings() {
        let json = events_json(&sample_timeline(), &[1]);
        assert!(json.starts_with("{\"version\":1,\"title\":\"Sample\",\"documents\":[{\"file\":\"a.txt\",\"title\":\"Title \\\"a.txt\\\"\""));
        assert!(json.contains("\"published\":\"2023-07\",\"published_precision\":\"month\",\"published_basis\":\"config\",\"url\":\"https://example.com/a\",\"format\":\"text\""));
        assert!(json.contains("{\"file\":\"b.md\""), "every cited document is listed");
        assert!(json.contains("\"amounts\":[{\"text\":\"RMB 18.2 billion\",\"value\":18200000000.0,\"currency\":\"CNY\"}]"));
        assert!(json.contains("\"evidence\":\"Regulators fined Ant Group, citing \\\"abuse\\\".\""));
        assert!(json.contains("\"end\":null"));
        assert!(json.ends_with("],\"diagnostics\":[]}\n"));
    }

    #[test]
    fn control_characters_and_fractions_are_written_as_json_allows() {
        let mut j = Json::default();
        j.string("a\nb\u{1}\\");
        j.raw(" ");
        j.number(2.5);
        j.raw(" ");
        j.number(-0.125);
        j.raw(" ");
        j.number(f64::NAN);
        assert_eq!(j.out, "\"a\\nb\\u0001\\\\\" 2.5 -0.125 null");
    }
}
