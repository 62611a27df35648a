//! Years written as bare numbers ("in 2020", "2021 offered …", "2020–22")
//! and how to tell them from amounts ("RMB 2023", "2,021", "2020%").
//! Used by the absolute rules; looks only at the sentence around a match.

use tideline_model::EventDate;

use super::lexicon::month_number;
use super::rules::{Found, Hit, Outcome};

/// "2020-2022", "2020–21": a span of years, when the second is later.
pub(super) fn year_range(hit: &Hit<'_>) -> Outcome {
    let (Some(first), Some(second)) = (hit.number("y"), hit.text("y2")) else {
        return Outcome::NotADate;
    };
    let Ok(second_value) = second.parse::<u32>() else {
        return Outcome::NotADate;
    };
    let last = if second.len() == 2 { first / 100 * 100 + second_value } else { second_value };
    let plausible = (1900..=2100).contains(&first) && last > first && last - first < 100;
    if !plausible || is_number_context(hit) {
        return Outcome::NotADate;
    }
    match (EventDate::year(first as i32), EventDate::year(last as i32)) {
        (Ok(start), Ok(end)) => Found::absolute(start).until(end).into(),
        _ => Outcome::NotADate,
    }
}

/// Words before a number that make it a year.
const YEAR_CUES: [&str; 25] = [
    "in",
    "since",
    "by",
    "from",
    "of",
    "during",
    "until",
    "till",
    "before",
    "after",
    "to",
    "and",
    "between",
    "through",
    "throughout",
    "early",
    "late",
    "mid",
    "end",
    "year",
    "for",
    "around",
    "circa",
    "fiscal",
    "or",
];

/// Words after a number that make it a count, not a year.
const COUNT_WORDS: [&str; 24] = [
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "yuan",
    "dollars",
    "people",
    "employees",
    "staff",
    "workers",
    "companies",
    "firms",
    "units",
    "cases",
    "patents",
    "shares",
    "stores",
    "cities",
    "users",
    "times",
    "points",
    "km",
    "tonnes",
];

/// True when the match sits inside a larger number or an amount: glued to
/// digits by "." or ",", after a currency, before "%" or a counting word.
fn is_number_context(hit: &Hit<'_>) -> bool {
    let span = hit.span();
    let before = hit.sentence[..span.start].trim_end();
    let after = &hit.sentence[span.end..];
    let glued_before =
        before.len() == span.start && before.ends_with(['.', ',']) && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit());
    let glued_after = after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit());
    let currency = before.ends_with(['$', '¥', '€', '£', '#'])
        || ["rmb", "usd", "hkd", "cny", "no.", "no", "number"].contains(&last_word(before).to_ascii_lowercase().as_str());
    let next = after.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.', ';']);
    let counted = after.trim_start().starts_with('%') || COUNT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(next));
    glued_before || glued_after || currency || counted
}

/// The last whitespace-separated word of `text`, without edge punctuation.
fn last_word(text: &str) -> &str {
    text.rsplit(|c: char| c.is_whitespace() || c == '-').next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
}

/// A four-digit number is a year when it is not part of an amount (see
/// [`is_number_context`]) and either follows a cue ("in", "since", "by",
/// "of", "early" … any year 1000–2999) or stands alone in 1900–2100 and
/// does not follow a capitalised name ("Made in China 2025", "Expo 2020").
pub(super) fn bare_year(hit: &Hit<'_>) -> Outcome {
    let Some(year) = hit.number("y") else {
        return Outcome::NotADate;
    };
    if is_number_context(hit) {
        return Outcome::NotADate;
    }
    let before = hit.sentence[..hit.span().start].trim_end();
    let previous = last_word(before);
    let cued = YEAR_CUES.iter().any(|c| c.eq_ignore_ascii_case(previous));
    let named = previous.starts_with(|c: char| c.is_uppercase()) && month_number(previous).is_none();
    let alone = (1900..=2100).contains(&year) && !named;
    if !((cued && (1000..=2999).contains(&year)) || alone) {
        return Outcome::NotADate;
    }
    EventDate::year(year as i32).map_or(Outcome::NotADate, |d| Found::absolute(d).into())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn a_year_after_a_cue_is_a_year() {
        assert_eq!(dates_in("The investigation was initiated in 2020.", &nothing()), ["2020"]);
        assert_eq!(dates_in("In 2021, sales hit 9 trillion yuan.", &nothing()), ["2021"]);
    }

    #[test]
    fn a_standalone_year_is_a_year() {
        assert_eq!(dates_in("2021 offered a relatively stable environment.", &nothing()), ["2021"]);
        assert_eq!(dates_in("It marks the 2017 implementation of the law.", &nothing()), ["2017"]);
    }

    #[test]
    fn amounts_and_counts_are_not_years() {
        for s in [
            "Alibaba gained 2.2% and PDD rose 2.7%.",
            "They secured more than 50,000 patents.",
            "They invested over RMB 500 billion.",
            "It committed 1,000 staff and 2000 employees.",
            "A fine of $2023 was paid.",
            "Prices rose 2020% in a year.",
        ] {
            assert_eq!(dates_in(s, &nothing()), Vec::<String>::new(), "{s}");
        }
    }

    #[test]
    fn a_year_after_a_name_is_part_of_the_name() {
        assert_eq!(dates_in("The Made in China 2025 plan was explained.", &nothing()), Vec::<String>::new());
    }

    #[test]
    fn year_dash_year_is_a_span() {
        assert_eq!(dates_in("The 2020-2022 period saw curbs.", &nothing()), ["2020..2022"]);
        assert_eq!(dates_in("The 2020–21 season ended.", &nothing()), ["2020..2021"]);
    }
}
