//! The overview's density histogram: filtered events counted per month (or
//! per quarter for long ranges), stacked by stance.

use tideline_model::{CivilDate, Stance};

/// One bar of the histogram.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bin {
    /// First day of the bin.
    pub start_day: i32,
    /// Day after the bin.
    pub end_day: i32,
    /// Events starting in the bin, indexed by [`Stance::index`].
    pub counts: [u32; 3],
}

/// Ranges longer than this many days are binned by quarter, not month.
const MONTHLY_UP_TO_DAYS: i32 = 6 * 366;

/// Bins covering `start_day..end_day`, counting each event, given by its
/// first day and stance, in the bin where it starts.
pub fn density_bins(starts: impl IntoIterator<Item = (i32, Stance)>, start_day: i32, end_day: i32) -> Vec<Bin> {
    let step = if end_day - start_day > MONTHLY_UP_TO_DAYS { 3 } else { 1 };
    let first = CivilDate::from_day_number(start_day);
    let mut month_index = first.year() * 12 + first.month() as i32 - 1;
    month_index -= month_index.rem_euclid(step);
    let mut bins = Vec::new();
    loop {
        let day_of = |index: i32| CivilDate::new(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1).map(|d| d.day_number());
        let (Ok(start), Ok(end)) = (day_of(month_index), day_of(month_index + step)) else { break };
        if start >= end_day {
            break;
        }
        bins.push(Bin { start_day: start, end_day: end, counts: [0; Stance::ALL.len()] });
        month_index += step;
    }
    // Bins are contiguous and in order, and so, nearly always, are the days
    // (the filtered events in date order): the bin holding `day` is the
    // last one's, or one further on, found by walking forward (at 100,000
    // events a binary search per event took most of the histogram's time);
    // a day before the last one's bin, or after the last bin, starts the
    // walk again from the first bin.
    let mut at = 0;
    for (day, stance) in starts {
        if bins.get(at).is_none_or(|b| day < b.start_day) {
            at = 0;
        }
        while bins.get(at).is_some_and(|b| day >= b.end_day) {
            at += 1;
        }
        if let Some(bin) = bins.get_mut(at).filter(|b| day >= b.start_day) {
            bin.counts[stance.index()] += 1;
        }
    }
    bins
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::first_day;
    use crate::testing::sample_timeline;

    /// First day and stance of the sample timeline's events `matches`.
    fn starts(matches: &[usize]) -> Vec<(i32, Stance)> {
        let t = sample_timeline();
        matches.iter().map(|&i| (first_day(t.events[i].date), t.events[i].stance)).collect()
    }

    fn day(y: i32, m: u32, d: u32) -> i32 {
        CivilDate::new(y, m, d).unwrap().day_number()
    }

    #[test]
    fn short_ranges_are_binned_by_month_and_stacked_by_stance() {
        let bins = density_bins(starts(&[1, 2]), day(2021, 3, 20), day(2023, 8, 1));
        assert_eq!(bins.len(), 29, "March 2021 to July 2023");
        assert_eq!(bins[0].start_day, day(2021, 3, 1));
        assert_eq!(bins[1].counts, [1, 0, 0], "the April 2021 fine is tightening");
        assert_eq!(bins[28].counts, [0, 1, 0], "the July 2023 meeting is easing");
    }

    #[test]
    fn long_ranges_are_binned_by_quarter() {
        let bins = density_bins(starts(&[0, 1, 2, 3]), day(2020, 11, 1), day(2028, 1, 1));
        assert_eq!(bins[0].start_day, day(2020, 10, 1));
        assert_eq!(bins[0].counts, [1, 0, 0], "Q4 2020 investigation");
        assert_eq!(bins.len(), 29);
        let total: u32 = bins.iter().flat_map(|b| b.counts).sum();
        assert_eq!(total, 4);
    }

    #[test]
    fn events_outside_the_range_are_not_counted() {
        let bins = density_bins(starts(&[0, 1, 2, 3]), day(2021, 1, 1), day(2021, 12, 31));
        let total: u32 = bins.iter().flat_map(|b| b.counts).sum();
        assert_eq!(total, 1);
    }

    #[test]
    fn events_out_of_date_order_are_counted_in_their_bins() {
        let in_order = density_bins(starts(&[0, 1, 2, 3]), day(2020, 11, 1), day(2028, 1, 1));
        let shuffled = density_bins(starts(&[2, 0, 3, 1]), day(2020, 11, 1), day(2028, 1, 1));
        assert_eq!(shuffled, in_order);
        let outside = density_bins(
            [(day(2019, 1, 1), Stance::Easing), (day(2021, 5, 1), Stance::Easing), (day(2030, 1, 1), Stance::Easing)],
            day(2021, 1, 1),
            day(2021, 12, 31),
        );
        assert_eq!(outside.iter().flat_map(|b| b.counts).sum::<u32>(), 1);
        let after_then_inside = density_bins(
            [(day(2030, 1, 1), Stance::Easing), (day(2021, 5, 1), Stance::Easing), (day(2021, 6, 1), Stance::Easing)],
            day(2021, 1, 1),
            day(2021, 12, 31),
        );
        assert_eq!(after_then_inside.iter().flat_map(|b| b.counts).sum::<u32>(), 2);
    }
}
