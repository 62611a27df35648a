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
    // Asked once: each search start depends on it.
    let ascii = sentence.is_ascii();
    while let Some(from) = search_start(sentence, at, ascii) {
        // The lazy DFA finds the match; only a match the ASCII reading
        // cannot take runs the capture engine, which costs far more.
        let Some(whole) = regex.find_at(sentence, from) else { break };
        let amount = match parts_of_ascii_match(whole.as_str()) {
            Some(parts) => amount_from(whole.as_str(), parts),
            None => regex.captures_at(sentence, whole.start()).and_then(|c| amount_of(&c, groups)),
        };
        found.extend(amount);
        // Every match holds a digit, so none is empty and the next starts after it.
        at = whole.end().max(from + 1);
    }
    found
}

/// What a match of [`AMOUNT`] states: its number, scale word and currency.
#[derive(Debug, PartialEq)]
struct Parts<'t> {
    number: &'t str,
    multiplier: &'t str,
    currency: &'static str,
}

/// The parts of `text`, a whole match of [`AMOUNT`], read without the
/// capture engine; `None` for text that is not ASCII (where `\d` and `\s`
/// take more than ASCII) or a shape this reading does not expect. Which
/// branch matched shows in the text: a currency before the number opens
/// branch 1, a percent sign or word ends branch 4, and any other ASCII
/// match is branch 2 (branch 3 needs 元 or 人民币). Each number group is
/// greedy and what follows it cannot start with a digit, a comma or ".5",
/// so the number is the longest one the text opens with.
fn parts_of_ascii_match(text: &str) -> Option<Parts<'_>> {
    if !text.is_ascii() {
        return None;
    }
    if !text.as_bytes().first()?.is_ascii_digit() {
        return currency_first(text);
    }
    if let Some(rest) = ["%", "percent", "per cent"].iter().find_map(|unit| text.strip_suffix(unit)) {
        let number = rest.strip_suffix(is_space).unwrap_or(rest);
        return (number_prefix(number, false) == number).then_some(Parts { number, multiplier: "", currency: "%" });
    }
    currency_after(text)
}

/// Branch 1: `US$ 5 billion`.
fn currency_first(text: &str) -> Option<Parts<'_>> {
    let pre = ["RMB", "CNY", "USD", "EUR", "GBP", "HKD", "US$", "HK$", "S$", "A$", "$"].into_iter().find(|p| text.starts_with(p))?;
    let rest = &text[pre.len()..];
    let rest = rest.strip_prefix(is_space).unwrap_or(rest);
    let number = number_prefix(rest, true);
    let rest = &rest[number.len()..];
    let multiplier = rest.strip_prefix(is_space).unwrap_or(rest);
    let known = ["trillion", "billion", "million", "thousand", "bn", "mn", "tn", ""].contains(&multiplier);
    (known && !number.is_empty()).then_some(Parts { number, multiplier, currency: currency_code(pre) })
}

/// Branch 2: `9 trillion yuan`, `5 US dollars`.
fn currency_after(text: &str) -> Option<Parts<'_>> {
    // "dollars" and "US dollars" both give USD.
    let post = ["yuan", "renminbi", "dollars", "euros", "pounds"].into_iter().find(|p| text.ends_with(p))?;
    let number = number_prefix(text, true);
    let rest = &text[number.len()..];
    let rest = rest.strip_prefix(is_space).unwrap_or(rest);
    let multiplier = ["trillion", "billion", "million", "thousand"]
        .into_iter()
        .find(|s| rest.strip_prefix(s).is_some_and(|after| after.starts_with(is_space)))
        .unwrap_or("");
    (!number.is_empty()).then_some(Parts { number, multiplier, currency: currency_code(post) })
}

/// True for the ASCII characters `\s` matches.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r')
}

/// The longest ASCII number `text` opens with, as the pattern's
/// `\d[\d,]*(?:\.\d+)?` (`\d+(?:\.\d+)?` without `commas`) takes it.
fn number_prefix(text: &str, commas: bool) -> &str {
    let bytes = text.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_digit) {
        return "";
    }
    let digits_from = |at: usize| bytes[at..].iter().position(|&b| !(b.is_ascii_digit() || (commas && b == b','))).map_or(bytes.len(), |n| at + n);
    let mut end = digits_from(0);
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end = bytes[end + 1..].iter().position(|b| !b.is_ascii_digit()).map_or(bytes.len(), |n| end + 1 + n);
    }
    &text[..end]
}

/// The amount `text`, a whole match, states, if its number parses.
fn amount_from(text: &str, parts: Parts<'_>) -> Option<Amount> {
    let value: f64 = parts.number.replace(',', "").parse().ok()?;
    Some(Amount { text: text.trim().to_owned(), value: value * scale(parts.multiplier), currency: parts.currency.to_owned() })
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
    Groups { pre: index("pre"), post: index("post"), numbers: ["n1", "n2", "n3", "n4"].map(index), scales: ["s1", "s2", "s3"].map(index) }
});

/// Where a search for the next amount from byte `at` may start: in ASCII
/// text every match holds an ASCII digit and starts at most four bytes
/// before its first one ("US$ 5"), so the search starts there, and none is
/// needed without a digit. Other text (`ascii` false) is searched from `at`.
fn search_start(sentence: &str, at: usize, ascii: bool) -> Option<usize> {
    if at > sentence.len() {
        return None;
    }
    if !ascii {
        return Some(at);
    }
    let digit = sentence.as_bytes()[at..].iter().position(u8::is_ascii_digit)? + at;
    Some(digit.saturating_sub(4).max(at))
}

/// The parts one match of [`AMOUNT`] states, from its capture groups.
fn parts_of_captures<'t>(c: &regex::Captures<'t>, groups: &Groups) -> Option<Parts<'t>> {
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
    Some(Parts { number, multiplier, currency })
}

/// The amount one match of [`AMOUNT`] states, if its number parses.
fn amount_of(c: &regex::Captures<'_>, groups: &Groups) -> Option<Amount> {
    amount_from(c.get(0)?.as_str(), parts_of_captures(c, groups)?)
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
        assert_eq!(found("gaining 2.2% and rising 2.7 percent"), vec![("2.2%".into(), 2.2, "%".into()), ("2.7 percent".into(), 2.7, "%".into()),]);
    }

    #[test]
    fn a_search_starts_near_the_next_digit_of_ascii_text() {
        let search_start = |sentence: &str, at: usize| search_start(sentence, at, sentence.is_ascii());
        assert_eq!(search_start("fined US$ 5 million", 0), Some(6), "four bytes before the digit");
        assert_eq!(search_start("fined US$ 5 million", 11), None, "no digit left");
        assert_eq!(search_start("up 5%", 1), Some(1));
        assert_eq!(search_start("罚款34亿元", 0), Some(0), "other text is searched throughout");
        assert_eq!(search_start("5%", 3), None);
        assert_eq!(found("HK$ 12 and 3 percent, 2021"), vec![("HK$ 12".into(), 12.0, "HKD".into()), ("3 percent".into(), 3.0, "%".into())]);
    }

    #[test]
    fn the_ascii_reading_agrees_with_the_capture_groups() {
        let text = "RMB 7.123 billion, US$1 billion, $1.1 trillion, HK$ 12, S$5bn, A$3 mn, USD 4,500, CNY 1,000,000.50, \
            EUR 9tn, GBP 7, $5,000, billion, 9 trillion yuan, 5 US dollars, 7 million US dollars, 3 euros, 2 pounds, \
            8 renminbi, 6million dollars, 2.2% and 2.7 percent, 3 per cent, 4 %, 1,5%, 12.5.6 percent, 3.x dollars";
        let regex = AMOUNT.for_text(text);
        let mut seen = 0;
        for c in regex.captures_iter(text) {
            let whole = c.get(0).map_or("", |m| m.as_str());
            assert_eq!(parts_of_ascii_match(whole), parts_of_captures(&c, &GROUPS), "{whole}");
            seen += 1;
        }
        assert_eq!(seen, 24);
        assert_eq!(parts_of_ascii_match("34.42亿元"), None, "other text goes to the capture engine");
    }

    #[test]
    fn plain_numbers_and_years_are_not_amounts() {
        assert!(found("more than 50,000 patents in 2021").is_empty());
    }
}
