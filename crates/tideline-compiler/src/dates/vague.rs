//! Vague expressions that must yield no date even though a part of them looks
//! like one: "over the last year" (not "last year"), "the past three years",
//! "in the next few months". Each claims its span so no sub-part matches.
//! Words with no date inside ("recently", "quarterly", "years-long") need no
//! rule: nothing else would match them.

use super::rules::{Hit, Outcome, RuleSpec};

/// The vague family; listed first so they win ties.
pub(super) const RULES: &[RuleSpec] = &[
    RuleSpec {
        name: "over_the_last_period",
        pattern: r"(?i)\b(?:over|in|during|within|throughout|for)\s+the\s+(?:last|past|next|coming|previous)\s+(?:(?:few|several|{NUMBER})\s+)?(?:years?|months?|weeks?|days?|decades?)\b",
        resolve: vague,
    },
    RuleSpec {
        name: "the_past_period",
        pattern: r"(?i)\bthe\s+(?:last|past)\s+(?:(?:few|several|{NUMBER})\s+)?(?:years?|months?|weeks?|days?|decades?)\b",
        resolve: vague,
    },
    RuleSpec { name: "in_recent_period", pattern: r"(?i)\bin\s+recent\s+(?:years|months|weeks|days)\b", resolve: vague },
];

/// Claims the span and yields nothing.
fn vague(_: &Hit<'_>) -> Outcome {
    Outcome::Vague
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn over_the_last_year_is_not_last_year() {
        let s = "Scrutiny has grown over the last year, hitting social media.";
        assert!(dates_in(s, &published("2021-10")).is_empty());
    }

    #[test]
    fn the_past_three_years_is_vague() {
        assert!(dates_in("Over the past three years, firms grew.", &published("2023-07")).is_empty());
        assert!(dates_in("Firms shrank in the past year.", &published("2023-07")).is_empty());
    }

    #[test]
    fn recent_and_generic_periods_are_vague() {
        for s in [
            "Tencent recently disclosed a fine.",
            "In recent weeks, regulators eased.",
            "Its third-quarter results and quarterly and annual reports.",
            "A years-long crackdown on its tech industry is over.",
            "In the next few months, rules will change.",
        ] {
            assert!(dates_in(s, &published("2023-07-12")).is_empty(), "{s}");
        }
    }
}
