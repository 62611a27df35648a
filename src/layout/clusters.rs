//! Dense stretches of point markers gathered into one counted badge; the
//! badge splits again as the reader zooms in and the points move apart.

use std::ops::Range;

/// Neighbouring point markers drawn as one, or a single marker alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// Left-most position, per-mille of the width.
    pub left: u32,
    /// Right-most position, per-mille of the width.
    pub right: u32,
    /// What is inside, as a range of the positions gathered: a cluster is a
    /// run of neighbours, so it names them by where they lie rather than
    /// copying them (at 100,000 events the axis gathers tens of thousands
    /// of points a render, and copying each into its cluster, then each
    /// crowded cluster into its bucket, was a tenth of a filter change).
    pub events: Range<usize>,
}

/// Groups points, whose positions `positions` are sorted, into runs whose
/// neighbours are less than `gap` per-mille apart. Runs of at least
/// `min_size` become one cluster; shorter runs stay single markers.
pub fn cluster_points(positions: &[u32], gap: u32, min_size: usize) -> Vec<Cluster> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in 1..=positions.len() {
        if positions.get(end).is_some_and(|&at| at.saturating_sub(positions[end - 1]) < gap) {
            continue;
        }
        if end - start >= min_size.max(2) {
            out.push(Cluster { left: positions[start], right: positions[end - 1], events: start..end });
        } else {
            out.extend((start..end).map(|at| Cluster { left: positions[at], right: positions[at], events: at..at + 1 }));
        }
        start = end;
    }
    out
}

/// Gathers marks that found no row on a crowded axis, whose positions
/// `lefts` are sorted, into one cluster per `bucket` per-mille, so the
/// number of marks drawn stays bounded however many events there are.
pub fn bucket_overflow(lefts: &[u32], bucket: u32) -> Vec<Cluster> {
    let bucket = bucket.max(1);
    let mut out: Vec<Cluster> = Vec::new();
    for (at, &left) in lefts.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.left / bucket == left / bucket => {
                last.right = last.right.max(left);
                last.events.end = at + 1;
            }
            _ => out.push(Cluster { left, right: left, events: at..at + 1 }),
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

    /// Clusters `points` (event, position) as the axis does, each as its
    /// left, right and events.
    fn clustered(points: &[(usize, u32)], gap: u32, min_size: usize) -> Vec<(u32, u32, Vec<usize>)> {
        let positions: Vec<u32> = points.iter().map(|p| p.1).collect();
        cluster_points(&positions, gap, min_size).into_iter().map(|c| (c.left, c.right, points[c.events].iter().map(|p| p.0).collect())).collect()
    }

    #[test]
    fn close_points_become_one_counted_cluster() {
        let points = [(0, 100), (1, 104), (2, 107), (3, 400)];
        let clusters = clustered(&points, 10, 3);
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0], (100, 107, vec![0, 1, 2]));
        assert_eq!(clusters[1], (400, 400, vec![3]));
    }

    #[test]
    fn a_cluster_names_its_points_by_where_they_lie() {
        let clusters = cluster_points(&[5, 100, 104, 107, 400], 10, 3);
        assert_eq!(clusters.iter().map(|c| c.events.clone()).collect::<Vec<_>>(), [0..1, 1..4, 4..5]);
    }

    #[test]
    fn short_runs_stay_single_markers() {
        let clusters = clustered(&[(0, 100), (1, 104), (2, 300)], 10, 3);
        assert_eq!(clusters, [(100, 100, vec![0]), (104, 104, vec![1]), (300, 300, vec![2])]);
    }

    #[test]
    fn zooming_in_splits_a_cluster() {
        // The same three events, twice as far apart after zooming in.
        assert_eq!(clustered(&[(0, 100), (1, 106), (2, 112)], 10, 3).len(), 1);
        assert_eq!(clustered(&[(0, 200), (1, 212), (2, 224)], 10, 3).len(), 3);
    }

    #[test]
    fn overflow_gathers_per_bucket_whatever_the_count() {
        let items = (0..10_000).map(|i| (i % 1000, vec![i as usize]));
        let mut sorted: Vec<_> = items.collect();
        sorted.sort_by_key(|item| item.0);
        let lefts: Vec<u32> = sorted.iter().map(|item| item.0).collect();
        let clusters = bucket_overflow(&lefts, 40);
        assert_eq!(clusters.len(), 25, "1000 per-mille in buckets of 40");
        let events: usize = clusters.iter().flat_map(|c| &sorted[c.events.clone()]).map(|item| item.1.len()).sum();
        assert_eq!(events, 10_000, "nothing lost");
        assert_eq!((clusters[1].left, clusters[1].right), (40, 79));
        assert_eq!(clusters[1].events, 400..800, "a bucket is a run of the marks given");
    }

    #[test]
    fn no_points_no_clusters() {
        assert!(cluster_points(&[], 10, 3).is_empty());
    }
}
