//! Money and percentages: `RMB 7.123 billion`, `US$1 billion`, `$1.1 trillion`,
//! `34.42亿元`, `2.2%`, normalised to a value and an ISO currency code while
//! keeping the words of the text.

use crate::word_boundary::BoundaryRegex;
use std::sync::LazyLock;
use tideline_model::Amount;

static AMOUNT: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    BoundaryRegex::new(concat!(
        // 1: currency before the number
        r"(?:(?P<pre>RMB|CNY|USD|EUR|GBP|HKD|US\$|HK\$|S\$|A\$|\$|€|£|¥)\s?",
        r"(?P<n1>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<s1>trillion|billion|million|thousand|bn|mn|tn)\b)?)",
        // 2: currency words after the number
        r"|(?:(?P<n2>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<s2>trillion|billion|million|thousand))?\s(?P<post>yuan|renminbi|dollars|US dollars|euros|pounds)\b)",
        // 3: Chinese 万/亿 with 元
        r"|(?:(?P<n3>\d+(?:\.\d+)?)(?P<s3>万亿|亿|万)?(?:元|人民币))",
        // 4: percentages
        r"|(?:(?P<n4>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b))",
    ))
    .expect("valid amount pattern")
});

fn scale(word: &str) -> f64 {
    match word {
        "trillion" | "tn" | "万亿" => 1e12,
        "billion" | "bn" => 1e9,
        "亿" => 1e8,
        "million" | "mn" => 1e6,
        "thousand" => 1e3,
        "万" => 1e4,
        _ => 1.0,
    }
}

fn currency_code(symbol: &str) -> &'static str {
    match symbol {
        "RMB" | "CNY" | "¥" | "yuan" | "renminbi" => "CNY",
        "US$" | "$" | "USD" | "dollars" | "US dollars" => "USD",
        "HK$" | "HKD" => "HKD",
        "S$" => "SGD",
        "A$" => "AUD",
        "€" | "EUR" | "euros" => "EUR",
        "£" | "GBP" | "pounds" => "GBP",
        _ => "",
    }
}

/// The amounts in `sentence`, in order.
pub fn find_amounts(sentence: &str) -> Vec<Amount> {
    let regex = AMOUNT.for_text(sentence);
    let groups = &*GROUPS;
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(from) = search_start(sentence, at) {
        let Some(c) = regex.captures_at(sentence, from) else { break };
        let Some(whole) = c.get(0) else { break };
        found.extend(amount_of(&c, groups));
        // Every match holds a digit, so none is empty and the next starts after it.
        at = whole.end().max(from + 1);
    }
    found
}

/// The index of each named group of [`AMOUNT`] (the same in both its
/// twins): `Captures::name` hashes the name for every look-up.
struct Groups {
    pre: usize,
    post: usize,
    numbers: [usize; 4],
    scales: [usize; 3],
}

static GROUPS: LazyLock<Groups> = LazyLock::new(|| {
    let names: Vec<Option<&str>> = AMOUNT.for_text("").capture_names().collect();
    // The names are the pattern's own, so each is there.
    let index = |name: &str| names.iter().position(|n| *n == Some(name)).unwrap_or(usize::MAX);
    Groups {
        pre: index("pre"),
        post: index("post"),
        numbers: ["n1", "n2", "n3", "n4"].map(index),
        scales: ["s1", "s2", "s3"].map(index),
    }
});

/// Where a search for the next amount from byte `at` may start: in ASCII
/// text every match holds an ASCII digit and starts at most four bytes
/// before its first one ("US$ 5"), so the search starts there, and none is
/// needed without a digit. Other text is searched from `at`.
fn search_start(sentence: &str, at: usize) -> Option<usize> {
    if at > sentence.len() {
        return None;
    }
    if !sentence.is_ascii() {
        return Some(at);
    }
    let digit = sentence.as_bytes()[at..].iter().position(u8::is_ascii_digit)? + at;
    Some(digit.saturating_sub(4).max(at))
}

/// The amount one match of [`AMOUNT`] states, if its number parses.
fn amount_of(c: &regex::Captures<'_>, groups: &Groups) -> Option<Amount> {
    let text = c.get(0)?.as_str().trim().to_owned();
    let group = |index: usize| c.get(index).map_or("", |m| m.as_str());
    let [n1, n2, n3, n4] = groups.numbers.map(|i| c.get(i));
    let (number, multiplier, currency) = if let Some(n) = n1 {
        (n.as_str(), group(groups.scales[0]), currency_code(group(groups.pre)))
    } else if let Some(n) = n2 {
        (n.as_str(), group(groups.scales[1]), currency_code(group(groups.post)))
    } else if let Some(n) = n3 {
        (n.as_str(), group(groups.scales[2]), "CNY")
    } else {
        (n4?.as_str(), "", "%")
    };
    let value: f64 = number.replace(',', "").parse().ok()?;
    Some(Amount { text, value: value * scale(multiplier), currency: currency.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<(String, f64, String)> {
        find_amounts(s).into_iter().map(|a| (a.text, a.value, a.currency)).collect()
    }

    #[test]
    fn currency_before_the_number_with_a_scale_word() {
        assert_eq!(
            found("a fine of approximately RMB 7.123 billion (about US$1 billion) on Ant Group"),
            vec![("RMB 7.123 billion".into(), 7.123e9, "CNY".into()), ("US$1 billion".into(), 1e9, "USD".into())]
        );
        assert_eq!(found("wiped $1.1 trillion off")[0].1, 1.1e12);
    }

    #[test]
    fn chinese_amounts_use_yi_and_wan() {
        assert_eq!(found("罚款34.42亿元"), vec![("34.42亿元".into(), 3.442e9, "CNY".into())]);
    }

    #[test]
    fn currency_words_after_the_number() {
        assert_eq!(found("sales hit 9 trillion yuan")[0], ("9 trillion yuan".into(), 9e12, "CNY".into()));
    }

    #[test]
    fn percentages_are_kept_with_a_percent_unit() {
        assert_eq!(found("gaining 2.2% and rising 2.7 percent"), vec![
            ("2.2%".into(), 2.2, "%".into()),
            ("2.7 percent".into(), 2.7, "%".into()),
        ]);
    }

    #[test]
    fn a_search_starts_near_the_next_digit_of_ascii_text() {
        assert_eq!(search_start("fined US$ 5 million", 0), Some(6), "four bytes before the digit");
        assert_eq!(search_start("fined US$ 5 million", 11), None, "no digit left");
        assert_eq!(search_start("up 5%", 1), Some(1));
        assert_eq!(search_start("罚款34亿元", 0), Some(0), "other text is searched throughout");
        assert_eq!(search_start("5%", 3), None);
        assert_eq!(found("HK$ 12 and 3 percent, 2021"), vec![("HK$ 12".into(), 12.0, "HKD".into()), ("3 percent".into(), 3.0, "%".into())]);
    }

    #[test]
    fn plain_numbers_and_years_are_not_amounts() {
        assert!(found("more than 50,000 patents in 2021").is_empty());
    }
}
