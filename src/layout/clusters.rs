//! Dense stretches of point markers gathered into one counted badge; the
//! badge splits again as the reader zooms in and the points move apart.

/// Neighbouring point markers drawn as one, or a single marker alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// Left-most position, per-mille of the width.
    pub left: u32,
    /// Right-most position, per-mille of the width.
    pub right: u32,
    /// The events inside, as indexes into the timeline's events.
    pub events: Vec<usize>,
}

/// Groups `points` (event, position), sorted by position, into runs whose
/// neighbours are less than `gap` per-mille apart. Runs of at least
/// `min_size` become one cluster; shorter runs stay single markers.
pub fn cluster_points(points: &[(usize, u32)], gap: u32, min_size: usize) -> Vec<Cluster> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, u32)> = Vec::new();
    let flush = |run: &mut Vec<(usize, u32)>, out: &mut Vec<Cluster>| {
        if run.len() >= min_size.max(2) {
            let (left, right) = (run[0].1, run[run.len() - 1].1);
            out.push(Cluster { left, right, events: run.iter().map(|p| p.0).collect() });
        } else {
            out.extend(run.iter().map(|&(event, at)| Cluster { left: at, right: at, events: vec![event] }));
        }
        run.clear();
    };
    for &point in points {
        if run.last().is_some_and(|last| point.1.saturating_sub(last.1) >= gap) {
            flush(&mut run, &mut out);
        }
        run.push(point);
    }
    flush(&mut run, &mut out);
    out
}

/// Gathers `items` (left position, events), sorted by position, that found
/// no row on a crowded axis into one cluster per `bucket` per-mille, so the
/// number of marks drawn stays bounded however many events there are.
pub fn bucket_overflow(items: impl IntoIterator<Item = (u32, Vec<usize>)>, bucket: u32) -> Vec<Cluster> {
    let bucket = bucket.max(1);
    let mut out: Vec<Cluster> = Vec::new();
    for (left, events) in items {
        match out.last_mut() {
            Some(last) if last.left / bucket == left / bucket => {
                last.right = last.right.max(left);
                last.events.extend(events);
            }
            _ => out.push(Cluster { left, right: left, events }),
        }
    }
    out
}

/// The event that names a cluster: the one with the greatest `weight` (the
/// axis uses how many sources report it), the earliest of equals.
pub fn headline_event(events: &[usize], weight: impl Fn(usize) -> usize) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for &event in events {
        let w = weight(event);
        if best.is_none_or(|(_, top)| w > top) {
            best = Some((event, w));
        }
    }
    best.map(|(event, _)| event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cluster_is_named_by_its_most_reported_event_the_first_of_equals() {
        let sources = [1, 3, 2, 3];
        assert_eq!(headline_event(&[0, 1, 2, 3], |i| sources[i]), Some(1));
        assert_eq!(headline_event(&[0, 2], |i| sources[i]), Some(2));
        assert_eq!(headline_event(&[], |i| sources[i]), None);
    }

    #[test]
    fn close_points_become_one_counted_cluster() {
        let points = [(0, 100), (1, 104), (2, 107), (3, 400)];
        let clusters = cluster_points(&points, 10, 3);
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0], Cluster { left: 100, right: 107, events: vec![0, 1, 2] });
        assert_eq!(clusters[1].events, vec![3]);
    }

    #[test]
    fn short_runs_stay_single_markers() {
        let clusters = cluster_points(&[(0, 100), (1, 104), (2, 300)], 10, 3);
        assert!(clusters.iter().all(|c| c.events.len() == 1));
        assert_eq!(clusters.len(), 3);
    }

    #[test]
    fn zooming_in_splits_a_cluster() {
        // The same three events, twice as far apart after zooming in.
        assert_eq!(cluster_points(&[(0, 100), (1, 106), (2, 112)], 10, 3).len(), 1);
        assert_eq!(cluster_points(&[(0, 200), (1, 212), (2, 224)], 10, 3).len(), 3);
    }

    #[test]
    fn overflow_gathers_per_bucket_whatever_the_count() {
        let items = (0..10_000).map(|i| (i % 1000, vec![i as usize]));
        let mut sorted: Vec<_> = items.collect();
        sorted.sort_by_key(|item| item.0);
        let clusters = bucket_overflow(sorted, 40);
        assert_eq!(clusters.len(), 25, "1000 per-mille in buckets of 40");
        assert_eq!(clusters.iter().map(|c| c.events.len()).sum::<usize>(), 10_000, "nothing lost");
        assert_eq!((clusters[1].left, clusters[1].right), (40, 79));
    }

    #[test]
    fn no_points_no_clusters() {
        assert!(cluster_points(&[], 10, 3).is_empty());
    }
}
