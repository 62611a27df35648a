//! Splitting the filtered events into the lanes the reader chose: one lane,
//! one per category, or one per kind of the event's first actor.

use crate::state::Lanes;
use tideline_model::{ActorKind, Category, Timeline};

/// One horizontal lane of the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    /// The lane's name as shown ("fine", "regulator"); empty for the single lane.
    pub label: &'static str,
    /// Events in the lane, in chronological order.
    pub events: Vec<usize>,
}

/// The non-empty lanes for `matches`, in the fixed order of their keys.
pub fn split_into_lanes(timeline: &Timeline, matches: &[usize], lanes: Lanes) -> Vec<Lane> {
    // Key 0..n per lane, with its label; actor kinds get one more for "no actor".
    let labels: Vec<&'static str> = match lanes {
        Lanes::One => vec![""],
        Lanes::Category => Category::ALL.iter().map(|c| c.as_str()).collect(),
        Lanes::ActorKind => ActorKind::ALL.iter().map(|k| k.as_str()).chain(["no actor"]).collect(),
    };
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); labels.len()];
    for &index in matches {
        let Some(event) = timeline.events.get(index) else { continue };
        let key = match lanes {
            Lanes::One => 0,
            Lanes::Category => event.category.index(),
            Lanes::ActorKind => event.actors.first().and_then(|a| timeline.actor(*a)).map_or(ActorKind::ALL.len(), |a| a.kind.index()),
        };
        buckets[key].push(index);
    }
    labels.into_iter().zip(buckets).filter(|(_, events)| !events.is_empty()).map(|(label, events)| Lane { label, events }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_timeline;

    #[test]
    fn one_lane_holds_everything() {
        let lanes = split_into_lanes(&sample_timeline(), &[0, 1, 2, 3], Lanes::One);
        assert_eq!(lanes, vec![Lane { label: "", events: vec![0, 1, 2, 3] }]);
    }

    #[test]
    fn category_lanes_follow_category_order_and_skip_empty_ones() {
        let lanes = split_into_lanes(&sample_timeline(), &[0, 1, 2, 3], Lanes::Category);
        let labels: Vec<_> = lanes.iter().map(|l| l.label).collect();
        assert_eq!(labels, ["fine", "investigation", "meeting", "plan"]);
    }

    #[test]
    fn actor_kind_lanes_use_the_first_actor_and_gather_the_rest() {
        let lanes = split_into_lanes(&sample_timeline(), &[0, 1, 2, 3], Lanes::ActorKind);
        assert_eq!(lanes[0], Lane { label: "company", events: vec![1, 2] });
        assert_eq!(lanes[1], Lane { label: "no actor", events: vec![0, 3] });
    }
}
