//! Parts of periods: "late 2020", "towards the end of October", "the end of
//! last year", "mid-December", quarters ("Q3 2022", "the third quarter of
//! 2021") and halves ("the first half of 2022").
//!
//! Documented choices: early/beginning/start of a year → its first quarter;
//! late/end/close → its fourth quarter; mid/middle → the whole year (it
//! straddles two quarters). Any part of a month is that month. A half is a
//! span of two quarters. "by the end of 2024" is a deadline: the whole year.

use tideline_model::{EventDate, Precision};

use super::calendar::{shift_month, year_for_month};
use super::lexicon::{month_number, ordinal_value};
use super::rules::{Found, Hit, Outcome, RuleSpec};

/// The fuzzy family.
pub(super) const RULES: &[RuleSpec] = &[
    RuleSpec {
        name: "part_of_year",
        pattern: r"(?i)\b(?:(?:towards?|at|near|around|until|before)\s+)?(?:the\s+)?(?P<part>end|close|beginning|start|middle)\s+of\s+(?:the\s+year\s+)?(?P<y>[0-9]{4})\b",
        resolve: part_of_year,
    },
    RuleSpec { name: "early_late_year", pattern: r"(?i)\b(?P<part>early|late|mid)(?:-|\s+)(?P<y>[0-9]{4})\b", resolve: part_of_year },
    RuleSpec {
        name: "part_of_relative_year",
        pattern: r"(?i)\b(?:(?:(?:towards?|at|near|around|until|before)\s+)?(?:the\s+)?(?P<part>end|close|beginning|start|middle)\s+of\s+|(?P<part2>early|late|mid)(?:-|\s+))(?P<rel>last|this|next|the)\s+(?P<unit>year|month)\b",
        resolve: part_of_year,
    },
    RuleSpec {
        name: "part_of_month",
        pattern: r"\b(?:(?i:(?:towards?|at|near|around|until|before)\s+)?(?i:the\s+)?(?i:end|close|beginning|start|middle)\s+(?i:of)\s+|(?i:early|late|mid)(?:-|\s+))(?P<m>{MONTH_FULL})(?:,?\s+(?P<y>[0-9]{4})\b)?",
        resolve: part_of_month,
    },
    RuleSpec {
        name: "ordinal_quarter",
        pattern: r"(?i)\b(?:the\s+)?(?P<q>{ORDINAL})\s+quarter\b(?:\s+of\s+(?:(?P<y>[0-9]{4})\b|(?P<rel>last|this|next|the)\s+year\b))?",
        resolve: quarter,
    },
    RuleSpec { name: "quarter_code", pattern: r"\bQ(?P<q>[1-4])\b(?:\s*(?:of\s+)?(?P<y>[0-9]{4})\b)?", resolve: quarter },
    RuleSpec { name: "year_quarter_code", pattern: r"\b(?P<y>[0-9]{4})\s*Q(?P<q>[1-4])\b", resolve: quarter },
    RuleSpec {
        name: "ordinal_half",
        pattern: r"(?i)\b(?:the\s+)?(?P<h>first|second|1st|2nd)\s+half\s+of\s+(?:(?P<y>[0-9]{4})\b|(?P<rel>last|this|next|the)\s+year\b)",
        resolve: half,
    },
    RuleSpec { name: "half_code", pattern: r"\bH(?P<h>[12])\s*(?P<y>[0-9]{4})\b", resolve: half },
];

/// The year a fuzzy expression names: stated, relative ("last year"), or
/// inferred by `infer` from the publication and tense. `None` when it needs a
/// publication date we lack. The flag says whether it came from publication.
fn anchored_year(hit: &Hit<'_>, infer: impl Fn(EventDate, bool) -> i32) -> Option<(i32, bool)> {
    if let Some(year) = hit.number("y") {
        return Some((year as i32, false));
    }
    let published = hit.published()?;
    let offset = match hit.text("rel").map(str::to_ascii_lowercase).as_deref() {
        Some("last") => Some(-1),
        Some("this" | "the") => Some(0),
        Some("next") => Some(1),
        _ => None,
    };
    let year = match offset {
        Some(offset) => published.start().year() + offset,
        None => infer(published, hit.speaks_of_future()),
    };
    Some((year, true))
}

/// True when the expression follows "by": a deadline, so a year is named
/// whole ("by the end of 2024" → 2024). `compose` marks it as a plan.
fn after_by(hit: &Hit<'_>) -> bool {
    let before = hit.sentence[..hit.span().start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.eq_ignore_ascii_case("by")
}

/// Wraps a date as absolute or publication-relative.
fn found(date: EventDate, relative: bool) -> Found {
    if relative {
        Found::from_publication(date)
    } else {
        Found::absolute(date)
    }
}

/// "late 2020", "the end of last year", "early this month", "by the end of 2024".
fn part_of_year(hit: &Hit<'_>) -> Outcome {
    let part = hit.text("part").or(hit.text("part2")).unwrap_or("").to_ascii_lowercase();
    let by = after_by(hit);
    if hit.text("unit").is_some_and(|u| u.eq_ignore_ascii_case("month")) {
        return part_of_relative_month(hit);
    }
    let Some((year, relative)) = anchored_year(hit, |p, _| p.start().year()) else {
        return Outcome::Vague;
    };
    let quarter = match part.as_str() {
        _ if by => None,
        "end" | "close" | "late" => Some(4),
        "beginning" | "start" | "early" => Some(1),
        _ => None,
    };
    let date = match quarter {
        Some(q) => EventDate::quarter(year, q),
        None => EventDate::year(year),
    };
    date.map_or(Outcome::NotADate, |d| found(d, relative).into())
}

/// "the end of last month": that month, whatever the part.
fn part_of_relative_month(hit: &Hit<'_>) -> Outcome {
    let Some(published) = hit.published().filter(|p| p.precision() <= Precision::Month) else {
        return Outcome::Vague;
    };
    let offset = match hit.text("rel").map(str::to_ascii_lowercase).as_deref() {
        Some("last") => -1,
        Some("next") => 1,
        _ => 0,
    };
    let start = published.start();
    let (year, month) = shift_month(start.year(), start.month(), offset);
    EventDate::month(year, month).map_or(Outcome::NotADate, |d| Found::from_publication(d).into())
}

/// "towards the end of October", "mid-December 2022": the month.
fn part_of_month(hit: &Hit<'_>) -> Outcome {
    let Some(month) = hit.text("m").and_then(month_number) else {
        return Outcome::NotADate;
    };
    let Some((year, relative)) = anchored_year(hit, |p, future| year_for_month(month, p, future)) else {
        return Outcome::Vague;
    };
    EventDate::month(year, month).map_or(Outcome::NotADate, |d| found(d, relative).into())
}

/// "Q3 2022", "the third quarter of 2021", "the third quarter".
fn quarter(hit: &Hit<'_>) -> Outcome {
    let q = hit.text("q").and_then(|q| q.parse().ok().or_else(|| ordinal_value(q)));
    let Some(q) = q.filter(|q| (1..=4).contains(q)) else {
        return Outcome::NotADate;
    };
    // A yearless quarter is the latest one begun by publication (or the first
    // not yet over, for the future): judged by its first or last month.
    let infer = |p: EventDate, future: bool| {
        let month = if future { q * 3 } else { q * 3 - 2 };
        year_for_month(month, p, future)
    };
    let Some((year, relative)) = anchored_year(hit, infer) else {
        return Outcome::Vague;
    };
    EventDate::quarter(year, q).map_or(Outcome::NotADate, |d| found(d, relative).into())
}

/// "the first half of 2022", "H2 2021": a span of two quarters.
fn half(hit: &Hit<'_>) -> Outcome {
    let h = hit.text("h").and_then(|h| h.parse().ok().or_else(|| ordinal_value(h)));
    let Some(h) = h.filter(|h| (1..=2).contains(h)) else {
        return Outcome::NotADate;
    };
    let Some((year, relative)) = anchored_year(hit, |p, _| p.start().year()) else {
        return Outcome::Vague;
    };
    match (EventDate::quarter(year, h * 2 - 1), EventDate::quarter(year, h * 2)) {
        (Ok(first), Ok(second)) => found(first, relative).until(second).into(),
        _ => Outcome::NotADate,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn late_year_is_its_fourth_quarter() {
        let s = "A crackdown that began in late 2020 had ended.";
        assert_eq!(dates_in(s, &published("2023-07-12")), ["2020-Q4"]);
    }

    #[test]
    fn early_year_is_its_first_quarter() {
        assert_eq!(dates_in("Rules came in early 2021.", &nothing()), ["2021-Q1"]);
        assert_eq!(dates_in("Since the beginning of 2021 firms adapted.", &nothing()), ["2021-Q1"]);
    }

    #[test]
    fn mid_year_is_the_whole_year() {
        assert_eq!(dates_in("In mid-2021 the mood changed.", &nothing()), ["2021"]);
    }

    #[test]
    fn by_the_end_of_a_year_is_a_plan_for_that_year() {
        assert_eq!(dates_in("The rules are due by the end of 2024.", &nothing()), ["2024 plan"]);
    }

    #[test]
    fn towards_the_end_of_last_year_is_the_fourth_quarter_before_publication() {
        let s = "Towards the end of last year, the Zhejiang government began overtures.";
        assert_eq!(dates_in(s, &published("2023-01")), ["2022-Q4"]);
        assert_eq!(dates_in(s, &nothing()), Vec::<String>::new());
    }

    #[test]
    fn late_last_month_is_last_month() {
        assert_eq!(dates_in("Late last month, WeChat opened links.", &published("2021-10")), ["2021-09"]);
    }

    #[test]
    fn towards_the_end_of_a_yearless_month_is_that_month_before_publication() {
        let s = "Shandong issued the Opinions towards the end of October.";
        assert_eq!(dates_in(s, &published("2023-01")), ["2022-10"]);
    }

    #[test]
    fn mid_month_is_the_month() {
        assert_eq!(dates_in("Talks resumed in mid-December 2022.", &nothing()), ["2022-12"]);
        assert_eq!(dates_in("Talks resumed in mid-December.", &published("2023-01")), ["2022-12"]);
    }

    #[test]
    fn quarters_with_a_year_are_quarters() {
        assert_eq!(dates_in("Revenue fell in Q3 2022.", &nothing()), ["2022-Q3"]);
        assert_eq!(dates_in("Revenue fell in the third quarter of 2021.", &nothing()), ["2021-Q3"]);
        assert_eq!(dates_in("Revenue fell in 2021 Q4.", &nothing()), ["2021-Q4"]);
    }

    #[test]
    fn a_yearless_quarter_is_the_latest_begun_by_publication() {
        let s = "Growth slowed in the third quarter.";
        assert_eq!(dates_in(s, &published("2023-07-12")), ["2023-Q3"]);
        assert_eq!(dates_in(s, &published("2023-05")), ["2022-Q3"]);
    }

    #[test]
    fn hyphenated_quarter_adjectives_are_not_dates() {
        assert_eq!(dates_in("Its third-quarter results beat forecasts.", &published("2023-07")), Vec::<String>::new());
    }

    #[test]
    fn the_first_half_of_a_year_is_a_span_of_two_quarters() {
        assert_eq!(dates_in("In the first half of 2022, sales fell.", &nothing()), ["2022-Q1..2022-Q2"]);
        assert_eq!(dates_in("Sales fell in H2 2021.", &nothing()), ["2021-Q3..2021-Q4"]);
    }
}
