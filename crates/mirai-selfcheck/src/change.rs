//! Change over time: how a check's findings compare with those of the previous check of the
//! same phase, so the worker sees what is new, what is still there and what went away.

/// The findings of a check set against the previous one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change<'a> {
    /// Findings of this check that the previous one had too, in this check's order.
    pub repeated: Vec<&'a str>,
    /// Findings of the previous check that this one no longer has, in the previous order.
    pub resolved: Vec<&'a str>,
}

/// Compares `current` findings (rule ids) with `previous` ones.
pub fn change<'a>(previous: &'a [String], current: &'a [String]) -> Change<'a> {
    let contains = |list: &[String], id: &str| list.iter().any(|other| other == id);
    Change {
        repeated: current.iter().map(String::as_str).filter(|id| contains(previous, id)).collect(),
        resolved: previous.iter().map(String::as_str).filter(|id| !contains(current, id)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn what_stayed_and_what_went_away() {
        let previous = ids(&["passport-kept", "overtime-over-45", "no-pay-slip"]);
        let current = ids(&["overtime-100-or-more", "passport-kept"]);
        let found = change(&previous, &current);
        assert_eq!(found.repeated, ["passport-kept"]);
        assert_eq!(found.resolved, ["overtime-over-45", "no-pay-slip"]);
        assert_eq!(change(&[], &current), Change { repeated: vec![], resolved: vec![] });
    }

    proptest! {
        #[test]
        fn every_finding_is_new_repeated_or_resolved_once(
            previous in prop::collection::btree_set("[a-d]", 0..4),
            current in prop::collection::btree_set("[a-d]", 0..4),
        ) {
            let (previous, current): (Vec<String>, Vec<String>) = (previous.into_iter().collect(), current.into_iter().collect());
            let found = change(&previous, &current);
            let new = current.iter().filter(|id| !found.repeated.contains(&id.as_str())).count();
            prop_assert_eq!(new + found.repeated.len(), current.len());
            prop_assert_eq!(found.repeated.len() + found.resolved.len(), previous.len());
        }
    }
}
