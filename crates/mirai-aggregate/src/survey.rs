use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use mirai_core::Date;

use crate::AggregateError;

/// One decrypted self-check, as the NGO holds it after decryption.
#[derive(Clone, PartialEq, Eq)]
pub struct Submission {
    /// A pseudonymous id, stable across a worker's submissions, so that a worker who
    /// submitted twice in a window counts once.
    pub worker: String,
    /// The employer the worker named.
    pub employer: String,
    /// The pre-registered cross-employer group (sector and region, e.g. "construction/aichi").
    pub segment: String,
    /// The day the self-check was made.
    pub day: Date,
    /// Item id → chosen values: one value for a single-choice item, any number for a
    /// multiple-choice one; no entry or no value means not answered.
    pub answers: BTreeMap<String, Vec<String>>,
}

/// Redacted: a submission's worker and answers must not reach a log by way of `{:?}`.
impl fmt::Debug for Submission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Submission")
            .field("employer", &self.employer)
            .field("segment", &self.segment)
            .field("day", &self.day)
            .field("answers", &self.answers.len())
            .finish_non_exhaustive()
    }
}

/// Whether an item takes one value or several; it decides which cells add up to what, and so
/// what a reader could subtract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// One value (yes/no questions included): a group's workers split into the values and
    /// "no answer", so the cells add up to the group's total.
    Single,
    /// Any number of values ("select all that apply"): each value is its own yes/no question
    /// about the group's workers, and the values do not add up to anything.
    Multiple,
}

/// An item that reports include, with every value it can take. Values are listed beforehand
/// because a value left out of a report because nobody chose it would tell the reader that
/// nobody chose it; a listed value is always shown, released or suppressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The item's id, as in the submissions' answers.
    pub id: String,
    /// Single or multiple choice.
    pub kind: ItemKind,
    /// Every value the item can take, in the order reports show them.
    pub values: Vec<String>,
    /// Whether an answer could get a worker punished (passport kept, unpaid overtime). On a
    /// sensitive item a group whose answers are (nearly) all the same is suppressed: k
    /// workers who all said "yes" protect none of them.
    pub sensitive: bool,
}

/// What a programme reports on, registered before any data is seen: the items, and every
/// employer with its segment. Groups come from this registration, never from the data, so the
/// rows of a report are the same whether an employer's one worker answered or not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Survey {
    /// The items reported, in report order. Answers to other items are ignored.
    pub items: Vec<Item>,
    /// Employer → its segment. Every employer named in a window's submissions must be here.
    pub employers: BTreeMap<String, String>,
}

impl Survey {
    /// Refuses an item list that reports could not show faithfully.
    pub fn validate(&self) -> Result<(), AggregateError> {
        if self.employers.is_empty() {
            return Err(AggregateError::NoEmployers);
        }
        let mut ids = BTreeSet::new();
        for item in &self.items {
            if !ids.insert(item.id.as_str()) {
                return Err(AggregateError::DuplicateItem(item.id.clone()));
            }
            if item.values.is_empty() {
                return Err(AggregateError::NoValues(item.id.clone()));
            }
            let mut values = BTreeSet::new();
            for value in &item.values {
                if !values.insert(value.as_str()) {
                    return Err(AggregateError::DuplicateValue { item: item.id.clone(), value: value.clone() });
                }
            }
        }
        Ok(())
    }
}
