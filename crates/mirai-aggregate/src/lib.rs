//! Aggregate reports of worker self-checks that an NGO has decrypted, released so that no
//! reader (an employer, a brand, the public) can learn who answered what. Pure: submissions,
//! a registration and a policy in; a report, CSV text or SVG text out. No IO, no clock (the
//! caller passes "today"), no randomness.
//!
//! Why so many rules: an employer knows its headcount and can guess who uses the app, and a
//! worker identified from a report can lose their job, visa or passport. The rules are those of
//! `docs/reliability.md`, section 6:
//!
//! - **k**: every shown count has at least `k` distinct workers (default 10, never below 5).
//!   A zero is a count too ("nobody said no"), so it is suppressed like any small count.
//! - **Employers and dominance**: a cross-employer count (a segment, all segments) has at
//!   least 5 employers and none with more than 50% of its workers.
//! - **Homogeneity**: on sensitive items, a group where fewer than 2 of those who answered
//!   differ from the majority shows none of the item's value counts: "all 10 said the passport
//!   is kept" protects none of the 10.
//! - **Complement**: nothing shown lets a reader compute a suppressed count, by subtraction or
//!   any other combination of sums, across every group and item of the report; and what a
//!   shown total leaves unexplained (the suppressed cells taken together) passes the rules
//!   above as if it were a cell. For multiple-choice items, where one worker counts in several
//!   cells, each value is its own yes/no split of the group ("did not choose" is a hidden cell
//!   guarded like a shown one), and a group hides none or at least two of an item's values,
//!   since "answered minus the other values" bounds a lone hidden one from below. One
//!   allowance: a cross-employer count that is the sum of its employers' shown counts (a
//!   segment of one employer) stays marked suppressed when it fails the cross-employer rules,
//!   though a reader can add it up; it holds nothing the employers' counts do not.
//! - **Windows**: counts cover fixed windows of at least 30 days counted from a fixed origin,
//!   released only once closed and settled, each worker counted once (latest submission).
//!
//! Every registered group, item and value appears in a report, suppressed or not, so the shape
//! of a report says nothing about the data. What it does not defend against: a reader who
//! already knows all but one worker's answers (that needs noise, not suppression), two
//! releases of the same window from different data, and bounds (rather than exact values) that
//! only follow from combining several sums with the fact that counts are not negative.

mod csv;
mod error;
mod policy;
mod release;
mod report;
mod span;
mod suppress;
mod survey;
mod svg;

pub use csv::to_csv;
pub use error::{AggregateError, PolicyError};
pub use policy::{MAX_EMPLOYER_SHARE_PERCENT, MIN_EMPLOYERS, MIN_K, MIN_WINDOW_DAYS, Policy, Window};
pub use release::release;
pub use report::{Answer, Cell, Count, Group, GroupReport, ItemReport, Report};
pub use survey::{Item, ItemKind, Submission, Survey};
pub use svg::{Labels, to_svg};
