//! The date tagger on arbitrary UTF-8 with arbitrary publication and previous
//! dates. It must never panic, and every span it reports must be a slice of
//! the sentence (the compiler cuts evidence and clauses with them).
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use tideline_compiler::dates::{find_absolute_dates, tag_dates, DateContext};
use tideline_model::{CivilDate, EventDate};

/// A date as the fuzzer gives it: any numbers, most of them impossible.
#[derive(Arbitrary, Debug)]
struct RawDate {
    year: i32,
    month: u32,
    day: u32,
    precision: u8,
}

impl RawDate {
    fn event_date(&self) -> Option<EventDate> {
        // Mostly years the corpus could hold, sometimes any year.
        let year = if self.precision & 0x80 == 0 { 1900 + self.year.rem_euclid(200) } else { self.year };
        match self.precision % 4 {
            0 => CivilDate::new(year, self.month % 13, self.day % 32).ok().map(EventDate::day),
            1 => EventDate::month(year, self.month % 13).ok(),
            2 => EventDate::quarter(year, self.month % 5).ok(),
            _ => EventDate::year(year).ok(),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    published: Option<RawDate>,
    previous: Option<RawDate>,
    previous_day: Option<RawDate>,
    /// A chronology's year: the compiler gives four digits, the fuzzer any
    /// year a `u16` holds.
    section_year: Option<u16>,
    sentence: &'a str,
}

fuzz_target!(|input: Input| {
    let context = DateContext {
        published: input.published.as_ref().and_then(RawDate::event_date),
        previous: input.previous.as_ref().and_then(RawDate::event_date),
        previous_day: input.previous_day.as_ref().and_then(RawDate::event_date),
        section_year: input.section_year.map(i32::from),
    };
    let sentence = input.sentence;
    let tagged = tag_dates(sentence, &context);
    for mention in &tagged.mentions {
        assert!(sentence.get(mention.span.clone()).is_some(), "mention span {:?} in {sentence:?}", mention.span);
    }
    for warning in &tagged.warnings {
        assert!(sentence.get(warning.span.clone()).is_some(), "warning span {:?} in {sentence:?}", warning.span);
    }
    for (span, _) in find_absolute_dates(sentence) {
        assert!(sentence.get(span.clone()).is_some(), "absolute span {span:?} in {sentence:?}");
    }
});
