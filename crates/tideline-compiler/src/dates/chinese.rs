//! Chinese dates written with Arabic digits ("2021年10月8日", "2021年4月",
//! "2021年", "10月8日") and the common relative words (去年, 今年, 明年,
//! 上个月, 昨天, 今天, 上周). Characters are matched literally.

use tideline_model::{EventDate, Precision};

use super::absolute::checked_day;
use super::calendar::{step, week_of, year_for_month};
use super::rules::{Found, Hit, Outcome, RuleSpec};

/// The Chinese family.
pub(super) const RULES: &[RuleSpec] = &[
    RuleSpec {
        name: "chinese_year_month_day",
        pattern: r"\b(?P<y>[0-9]{4})\s*年\s*(?P<mo>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]",
        resolve: year_month_day,
    },
    RuleSpec { name: "chinese_year_month", pattern: r"\b(?P<y>[0-9]{4})\s*年\s*(?P<mo>[0-9]{1,2})\s*月份?", resolve: year_month },
    RuleSpec { name: "chinese_year", pattern: r"\b(?P<y>[0-9]{4})\s*年", resolve: year },
    RuleSpec { name: "chinese_month_day", pattern: r"\b(?P<mo>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]", resolve: month_day },
    RuleSpec {
        name: "chinese_month",
        // A month alone ("10月"), not part of a full date or a month-day.
        pattern: r"(?:^|[^0-9年])(?P<mo>[0-9]{1,2})\s*月(?:份)?(?:[^0-9日号]|$)",
        resolve: month_alone,
    },
    RuleSpec { name: "chinese_relative_year", pattern: r"(?P<w>前年|去年|今年|明年)", resolve: relative_period },
    RuleSpec { name: "chinese_relative_month", pattern: r"(?P<w>上个?月|本月|这个月|下个?月)", resolve: relative_period },
    RuleSpec { name: "chinese_relative_day", pattern: r"(?P<w>前天|昨天|昨日|今天|明天)", resolve: relative_period },
    RuleSpec { name: "chinese_relative_week", pattern: r"(?P<w>上周|上星期|本周|这周|下周)", resolve: relative_week },
];

/// "2021年10月8日".
fn year_month_day(hit: &Hit<'_>) -> Outcome {
    let (Some(y), Some(m), Some(d)) = (hit.number("y"), hit.number("mo"), hit.number("d")) else {
        return Outcome::NotADate;
    };
    checked_day(y as i32, m, d)
}

/// "2021年4月".
fn year_month(hit: &Hit<'_>) -> Outcome {
    let (Some(y), Some(m)) = (hit.number("y"), hit.number("mo")) else {
        return Outcome::NotADate;
    };
    match EventDate::month(y as i32, m) {
        Ok(date) => Found::absolute(date).into(),
        Err(error) => Outcome::Warning(format!("not a real month: {error}")),
    }
}

/// "2021年".
fn year(hit: &Hit<'_>) -> Outcome {
    let Some(y) = hit.number("y") else {
        return Outcome::NotADate;
    };
    EventDate::year(y as i32).map_or(Outcome::NotADate, |d| Found::absolute(d).into())
}

/// "10月8日": that day in the year the publication suggests.
fn month_day(hit: &Hit<'_>) -> Outcome {
    let (Some(m), Some(d)) = (hit.number("mo"), hit.number("d")) else {
        return Outcome::NotADate;
    };
    super::relative::resolve_yearless_day(hit, m, d, None)
}

/// "10月": that month in the year the publication and tense suggest.
fn month_alone(hit: &Hit<'_>) -> Outcome {
    let Some(m) = hit.number("mo") else {
        return Outcome::NotADate;
    };
    let Some(published) = hit.published() else {
        return Outcome::NotADate;
    };
    let year = year_for_month(m, published, hit.speaks_of_future());
    match EventDate::month(year, m) {
        Ok(date) => Found::from_publication(date).spanning(hit.group_span("mo").map(|r| r.start..r.end + "月".len())).into(),
        Err(error) => Outcome::Warning(format!("not a real month: {error}")),
    }
}

/// 去年, 上个月, 昨天 …: a step from the publication at the word's unit.
fn relative_period(hit: &Hit<'_>) -> Outcome {
    let Some(word) = hit.text("w") else {
        return Outcome::NotADate;
    };
    let (unit, offset) = match word {
        "前年" => (Precision::Year, -2),
        "去年" => (Precision::Year, -1),
        "今年" => (Precision::Year, 0),
        "明年" => (Precision::Year, 1),
        "上月" | "上个月" => (Precision::Month, -1),
        "本月" | "这个月" => (Precision::Month, 0),
        "下月" | "下个月" => (Precision::Month, 1),
        "前天" => (Precision::Day, -2),
        "昨天" | "昨日" => (Precision::Day, -1),
        "今天" => (Precision::Day, 0),
        "明天" => (Precision::Day, 1),
        _ => return Outcome::NotADate,
    };
    let shifted = hit.published().and_then(|p| step(p, unit, offset));
    shifted.map_or(Outcome::Vague, |d| Found::from_publication(d).into())
}

/// 上周, 本周, 下周: Monday to Sunday of that week.
fn relative_week(hit: &Hit<'_>) -> Outcome {
    let offset = match hit.text("w") {
        Some("上周" | "上星期") => -1,
        Some("下周") => 1,
        _ => 0,
    };
    match hit.published().filter(|p| p.precision() == Precision::Day) {
        Some(p) => {
            let (monday, sunday) = week_of(p.start(), offset);
            Found::from_publication(monday).until(sunday).into()
        }
        None => Outcome::Vague,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn chinese_year_month_day_is_a_day() {
        assert_eq!(dates_in("发布日期：2021年10月8日", &nothing()), ["2021-10-08"]);
        assert_eq!(dates_in("2021年10月8号，会议召开。", &nothing()), ["2021-10-08"]);
    }

    #[test]
    fn a_chinese_month_alone_takes_the_publication_year() {
        let published = published("2021-10-09");
        assert_eq!(dates_in("SAMR officials met pipe makers earlier in 10月 to hear objections.", &published), ["2021-10"]);
        assert_eq!(dates_in("2021年10月8日", &published), ["2021-10-08"], "not a month alone");
    }

    #[test]
    fn chinese_year_month_is_a_month() {
        assert_eq!(dates_in("2021年4月，监管部门约谈。", &nothing()), ["2021-04"]);
    }

    #[test]
    fn chinese_year_is_a_year() {
        assert_eq!(dates_in("2021年，平台经济快速发展。", &nothing()), ["2021"]);
    }

    #[test]
    fn chinese_impossible_day_is_a_warning() {
        assert_eq!(warnings_in("2021年2月30日", &nothing()), 1);
    }

    #[test]
    fn chinese_month_day_takes_the_publication_year() {
        assert_eq!(dates_in("10月8日，会议召开。", &published("2021-10-20")), ["2021-10-08"]);
        assert_eq!(dates_in("10月8日，会议召开。", &nothing()), Vec::<String>::new());
    }

    #[test]
    fn chinese_relative_words_step_from_publication() {
        assert_eq!(dates_in("去年，监管收紧。", &published("2023-01")), ["2022"]);
        assert_eq!(dates_in("上个月，微信开放链接。", &published("2021-10")), ["2021-09"]);
        assert_eq!(dates_in("昨天，股价上涨。", &published("2023-07-12")), ["2023-07-11"]);
        assert_eq!(dates_in("昨天，股价上涨。", &published("2023-07")), Vec::<String>::new());
    }

    #[test]
    fn chinese_last_week_is_a_span_of_days() {
        assert_eq!(dates_in("上周，当局表示。", &published("2023-07-12")), ["2023-07-03..2023-07-09"]);
    }
}
