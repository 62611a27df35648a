//! Human-readable dates and counts, written without float formatting so the
//! wasm stays small.

use tideline_model::{EventDate, Precision};

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// The full English name of `month` (1..=12).
pub fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("")
}

/// A date at its precision, as a reader says it: "12 July 2023",
/// "July 2023", "Q3 2023", "2023".
pub fn human_date(date: EventDate) -> String {
    let start = date.start();
    match date.precision() {
        Precision::Day => format!("{} {} {}", start.day(), month_name(start.month()), start.year()),
        Precision::Month => format!("{} {}", month_name(start.month()), start.year()),
        Precision::Quarter => format!("Q{} {}", date.quarter_number(), start.year()),
        Precision::Year => start.year().to_string(),
    }
}

/// A date or span: "2020 – 2022" for spans, otherwise [`human_date`].
pub fn human_span(date: EventDate, end: Option<EventDate>) -> String {
    match end {
        Some(end) if end != date => format!("{} – {}", human_date(date), human_date(end)),
        _ => human_date(date),
    }
}

/// "1 event", "12 events".
pub fn count_events(count: usize) -> String {
    if count == 1 {
        "1 event".to_owned()
    } else {
        format!("{count} events")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tideline_model::CivilDate;

    #[test]
    fn dates_read_at_their_precision() {
        let day = EventDate::day(CivilDate::new(2023, 7, 12).unwrap());
        assert_eq!(human_date(day), "12 July 2023");
        assert_eq!(human_date(EventDate::month(2021, 10).unwrap()), "October 2021");
        assert_eq!(human_date(EventDate::quarter(2020, 4).unwrap()), "Q4 2020");
        assert_eq!(human_date(EventDate::year(2049).unwrap()), "2049");
    }

    #[test]
    fn spans_show_both_ends() {
        let from = EventDate::year(2020).unwrap();
        let to = EventDate::year(2022).unwrap();
        assert_eq!(human_span(from, Some(to)), "2020 – 2022");
        assert_eq!(human_span(from, None), "2020");
    }

    #[test]
    fn counts_read_as_words() {
        assert_eq!(count_events(1), "1 event");
        assert_eq!(count_events(37), "37 events");
    }
}
