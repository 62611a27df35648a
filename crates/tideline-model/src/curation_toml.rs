//! The `tideline.toml` lines that say what the review panel changed: one
//! `[[curation.correct]]` table per event, keyed by its stable id. Only
//! array-of-tables entries are written, so the lines can be appended to any
//! `tideline.toml`, whatever `[curation]` it has already. The compiler's
//! config parser reads them back (its tests round-trip this output).

use crate::date::EventDate;
use crate::event::{Category, EventId, Stance};
use core::fmt::Write;

/// Longest headline a correction may set (characters): the JSON contract's
/// limit for an event's `summary`.
pub const MAX_SUMMARY_CHARS: usize = 60;

/// Whether the review hides an event, shows a hidden one again, or neither.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Visibility {
    /// Left as the compile has it.
    #[default]
    Unchanged,
    /// Hidden from the timeline (`hide = true`).
    Hide,
    /// Hidden by an earlier entry, to be shown again: only deleting that
    /// entry does it, so the lines say so in a comment.
    ShowAgain,
}

/// The fields a correction replaces; `None` keeps the compiled value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CorrectedFields {
    /// The date, at its precision.
    pub date: Option<EventDate>,
    /// The stance.
    pub stance: Option<Stance>,
    /// The category.
    pub category: Option<Category>,
    /// The headline (the event's `summary`).
    pub summary: Option<String>,
    /// The actors' names, replacing all of the event's actors.
    pub actors: Option<Vec<String>>,
}

impl CorrectedFields {
    /// True when no field is replaced.
    pub fn is_empty(&self) -> bool {
        *self == CorrectedFields::default()
    }
}

/// What the review changed about one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventCorrection {
    /// The event's stable id.
    pub id: EventId,
    /// Hidden, shown again or neither.
    pub visibility: Visibility,
    /// Replaced fields (ignored when the event is hidden).
    pub fields: CorrectedFields,
}

impl EventCorrection {
    /// True when it changes nothing, so it writes no lines.
    pub fn is_empty(&self) -> bool {
        self.visibility == Visibility::Unchanged && self.fields.is_empty()
    }
}

/// The lines to append to `tideline.toml` for `corrections`, in their order;
/// empty when none changes anything.
pub fn curation_toml(corrections: &[EventCorrection]) -> String {
    let mut out = String::new();
    for correction in corrections.iter().filter(|c| !c.is_empty()) {
        let id = correction.id.to_hex();
        if correction.visibility == Visibility::ShowAgain {
            let _ = writeln!(out, "# {id} is hidden by an earlier entry: delete its id from [curation] hide (or its hide = true) to show it again");
        }
        let fields = &correction.fields;
        let hidden = correction.visibility == Visibility::Hide;
        if !hidden && fields.is_empty() {
            out.push('\n');
            continue;
        }
        let _ = writeln!(out, "[[curation.correct]]\nid = \"{id}\"");
        if hidden {
            out.push_str("hide = true\n\n");
            continue;
        }
        if let Some(date) = fields.date {
            let _ = writeln!(out, "date = \"{date}\"");
        }
        if let Some(stance) = fields.stance {
            let _ = writeln!(out, "stance = \"{}\"", stance.as_str());
        }
        if let Some(category) = fields.category {
            let _ = writeln!(out, "category = \"{}\"", category.as_str());
        }
        if let Some(summary) = &fields.summary {
            let _ = writeln!(out, "summary = {}", toml_string(summary));
        }
        if let Some(actors) = &fields.actors {
            let names: Vec<String> = actors.iter().map(|name| toml_string(name)).collect();
            let _ = writeln!(out, "actors = [{}]", names.join(", "));
        }
        out.push('\n');
    }
    out
}

/// `text` as a TOML basic string: quotes, backslashes and control characters
/// escaped, so any headline, file or actor name reads back as written (the
/// review panel's lines and `tideline init`'s starter file use it).
pub fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn correction(id: u64, visibility: Visibility, fields: CorrectedFields) -> EventCorrection {
        EventCorrection { id: EventId(id), visibility, fields }
    }

    #[test]
    fn a_hidden_event_is_one_appendable_table_with_hide_true() {
        let hidden = correction(0xab, Visibility::Hide, CorrectedFields { stance: Some(Stance::Easing), ..CorrectedFields::default() });
        assert_eq!(curation_toml(&[hidden]), "[[curation.correct]]\nid = \"0000000000ab\"\nhide = true\n\n");
    }

    #[test]
    fn each_corrected_field_is_one_line_in_the_config_names() {
        let fields = CorrectedFields {
            date: EventDate::quarter(2021, 3).ok(),
            stance: Some(Stance::Tightening),
            category: Some(Category::PolicySupport),
            summary: Some("Regulator fines \"Ant\"".into()),
            actors: Some(vec!["Ant Group".into(), "蚂蚁集团".into()]),
        };
        let text = curation_toml(&[correction(1, Visibility::Unchanged, fields)]);
        assert_eq!(
            text,
            "[[curation.correct]]\nid = \"000000000001\"\ndate = \"2021-Q3\"\nstance = \"tightening\"\ncategory = \"policy_support\"\n\
             summary = \"Regulator fines \\\"Ant\\\"\"\nactors = [\"Ant Group\", \"蚂蚁集团\"]\n\n"
        );
    }

    #[test]
    fn unchanged_events_write_nothing_and_showing_again_is_a_comment() {
        let unchanged = correction(1, Visibility::Unchanged, CorrectedFields::default());
        assert_eq!(curation_toml(&[unchanged]), "");
        let shown = curation_toml(&[correction(2, Visibility::ShowAgain, CorrectedFields::default())]);
        assert!(shown.starts_with("# 000000000002 is hidden"), "{shown}");
        assert!(shown.lines().all(|line| line.is_empty() || line.starts_with('#')), "{shown}");
    }

    #[test]
    fn strings_escape_quotes_backslashes_and_control_characters() {
        assert_eq!(toml_string("a\"b\\c\nd\u{7f}e\u{1b}"), "\"a\\\"b\\\\c\\nd\\u007Fe\\u001B\"");
        assert_eq!(toml_string("平台"), "\"平台\"");
    }
}
