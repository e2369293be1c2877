/// A policy weaker than the floor this crate enforces. The floors exist because an NGO under
/// pressure ("just show us the numbers for our one site") must not be able to lower them by
/// configuration; the reasons are in `docs/reliability.md`, section 6.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// `k` below [`crate::MIN_K`]: HR survey tools already refuse groups under 5, and the
    /// retaliation a worker risks here is worse.
    #[error("k of {0} is below the floor of 5 workers per cell")]
    KTooLow(u32),
    /// Fewer than [`crate::MIN_EMPLOYERS`] employers required in a cross-employer cell, which
    /// would let one of two or three employers learn about its own workers by subtraction.
    #[error("a cross-employer cell needs at least 5 employers, not {0}")]
    TooFewEmployers(u32),
    /// A dominance limit above 50% (or of 0%): an employer with most of a cell's workers can
    /// read its own workers' answers from it.
    #[error("the largest employer's share must be between 1% and 50%, not {0}%")]
    ShareOutOfRange(u32),
    /// A window shorter than [`crate::MIN_WINDOW_DAYS`]: short or live windows let a reader
    /// compare releases before and after one more response.
    #[error("windows must be at least 30 days long, not {0}")]
    WindowTooShort(u32),
}

/// Why a release was refused. Nothing is released on error: a half-checked report is worse
/// than none. Messages name items, values and employers (which the NGO registered), never a
/// worker or an answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AggregateError {
    /// The policy is below a floor.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// The window was made for a policy with another length; mixing lengths would let
    /// overlapping windows be subtracted from each other.
    #[error("the window is {window} days long but the policy says {policy}")]
    WindowMismatch {
        /// The window's length in days.
        window: u32,
        /// The policy's window length in days.
        policy: u32,
    },
    /// The window has not ended, or ended less than the policy's settling time ago, so
    /// submissions that phones have not synced yet could still change it.
    #[error("the window is not closed and settled yet")]
    WindowOpen,
    /// The window would reach past the dates `mirai_core::Date` supports.
    #[error("the window lies outside the supported dates")]
    OutOfRange,
    /// No employer is registered, so there is nothing that could be released.
    #[error("no employer is registered")]
    NoEmployers,
    /// Two items share an id.
    #[error("item {0:?} is listed twice")]
    DuplicateItem(String),
    /// An item lists no values, so no cell could ever be shown for it.
    #[error("item {0:?} lists no values")]
    NoValues(String),
    /// An item lists the same value twice.
    #[error("item {item:?} lists the value {value:?} twice")]
    DuplicateValue {
        /// The item's id.
        item: String,
        /// The repeated value.
        value: String,
    },
    /// A submission in the window names an employer the survey did not register. Employers are
    /// registered beforehand so that a report's rows never reveal who answered.
    #[error("employer {0:?} is not registered")]
    UnknownEmployer(String),
    /// A submission's segment differs from its employer's registered segment.
    #[error("a submission for employer {0:?} names another segment than the registered one")]
    SegmentMismatch(String),
    /// An answer is not one of its item's values, so it cannot be counted in any cell.
    #[error("an answer to item {item:?} is {value:?}, which the item does not list")]
    UnknownValue {
        /// The item's id.
        item: String,
        /// The unlisted value.
        value: String,
    },
    /// A single-choice item was answered with several values.
    #[error("item {0:?} takes one value but an answer has several")]
    NotSingle(String),
}
