//! What the reader has chosen: the filter, kept apart from the DOM so it can
//! be tested and (later) written to and read from the URL.

use tideline_model::{Filter, Stance};

/// The reader's choices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The active filter.
    pub filter: Filter,
}

impl ViewState {
    /// Shows or hides events of `stance`: an empty stance list means all, so
    /// turning one on from "all" shows only that one.
    pub fn toggle_stance(&mut self, stance: Stance) {
        let stances = &mut self.filter.stances;
        match stances.iter().position(|s| *s == stance) {
            Some(at) => {
                stances.remove(at);
            }
            None => {
                stances.push(stance);
                stances.sort();
                if stances.len() == Stance::ALL.len() {
                    stances.clear();
                }
            }
        }
    }

    /// Sets the search text.
    pub fn set_search(&mut self, text: &str) {
        self.filter.text = text.trim().to_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_every_stance_is_the_same_as_choosing_none() {
        let mut state = ViewState::default();
        state.toggle_stance(Stance::Easing);
        assert_eq!(state.filter.stances, vec![Stance::Easing]);
        state.toggle_stance(Stance::Tightening);
        state.toggle_stance(Stance::Neutral);
        assert!(state.filter.stances.is_empty());
    }

    #[test]
    fn toggling_twice_restores_the_filter() {
        let mut state = ViewState::default();
        state.toggle_stance(Stance::Neutral);
        state.toggle_stance(Stance::Neutral);
        assert_eq!(state, ViewState::default());
    }

    #[test]
    fn search_text_is_trimmed() {
        let mut state = ViewState::default();
        state.set_search("  Ant Group ");
        assert_eq!(state.filter.text, "Ant Group");
    }
}
