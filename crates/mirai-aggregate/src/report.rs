use crate::{ItemKind, Window};

/// A count as released: the number, or a mark that it was suppressed. There is deliberately no
/// reason attached: "suppressed because nearly everyone said yes" would say what suppression
/// hides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Count {
    /// Distinct workers; never below the policy's `k`.
    Released(u32),
    /// Withheld, to protect this cell or another that could be derived from it.
    Suppressed,
}

impl Count {
    /// The number, when released.
    pub fn released(self) -> Option<u32> {
        match self {
            Count::Released(n) => Some(n),
            Count::Suppressed => None,
        }
    }
}

/// Which workers a row counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// Every registered segment together.
    AllSegments,
    /// One registered segment, all its employers together.
    Segment(String),
    /// One registered employer.
    Employer {
        /// The employer.
        employer: String,
        /// Its registered segment.
        segment: String,
    },
}

impl Group {
    /// Whether the group pools several employers, so the employer-count and dominance rules
    /// apply to it.
    pub fn is_cross_employer(&self) -> bool {
        !matches!(self, Group::Employer { .. })
    }
}

/// What a cell counts: the workers who chose a value, or those who gave no answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// Workers who chose this value (among others, for a multiple-choice item).
    Value(String),
    /// Workers in the group who did not answer the item.
    NoAnswer,
}

/// One cell: an answer and how many distinct workers gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub(crate) answer: Answer,
    pub(crate) workers: Count,
}

impl Cell {
    /// The answer counted.
    pub fn answer(&self) -> &Answer {
        &self.answer
    }

    /// Distinct workers who gave it.
    pub fn workers(&self) -> Count {
        self.workers
    }
}

/// One item in one group: a cell for every listed value, then one for "no answer", always all
/// of them, so that a missing row never stands in for a zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemReport {
    pub(crate) item: String,
    pub(crate) kind: ItemKind,
    pub(crate) cells: Vec<Cell>,
}

impl ItemReport {
    /// The item's id.
    pub fn item(&self) -> &str {
        &self.item
    }

    /// Single or multiple choice, which a reader needs to know whether the cells add up.
    pub fn kind(&self) -> ItemKind {
        self.kind
    }

    /// The cells: the item's values in order, then "no answer".
    pub fn cells(&self) -> &[Cell] {
        &self.cells
    }
}

/// One group's part of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupReport {
    pub(crate) group: Group,
    pub(crate) workers: Count,
    pub(crate) items: Vec<ItemReport>,
}

impl GroupReport {
    /// Whose answers these are.
    pub fn group(&self) -> &Group {
        &self.group
    }

    /// Distinct workers in the group in this window (each counted once, by their latest
    /// submission).
    pub fn workers(&self) -> Count {
        self.workers
    }

    /// The items, in survey order.
    pub fn items(&self) -> &[ItemReport] {
        &self.items
    }
}

/// A released report for one window. Only [`crate::release`] makes one, so every count in it
/// has passed the rules; the cells of all groups were checked together, so handing a reader
/// several views of the same report ([`Report::for_employer`], [`Report::cross_employer`])
/// gives them nothing they could subtract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub(crate) window: Window,
    pub(crate) groups: Vec<GroupReport>,
}

impl Report {
    /// The window the report covers.
    pub fn window(&self) -> &Window {
        &self.window
    }

    /// The groups: all segments, each segment, then each employer.
    pub fn groups(&self) -> &[GroupReport] {
        &self.groups
    }

    /// The part for one employer's due-diligence report; empty when it is not registered.
    pub fn for_employer(&self, employer: &str) -> Report {
        self.keep(|group| matches!(group, Group::Employer { employer: e, .. } if e == employer))
    }

    /// The cross-employer part: all segments and each segment.
    pub fn cross_employer(&self) -> Report {
        self.keep(Group::is_cross_employer)
    }

    fn keep(&self, wanted: impl Fn(&Group) -> bool) -> Report {
        Report { window: self.window, groups: self.groups.iter().filter(|g| wanted(&g.group)).cloned().collect() }
    }
}
