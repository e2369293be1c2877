//! What an organisation does with self-checks its workers chose to share, on its own computer:
//! make the key pair whose public half workers add as a code, open the sealed submissions, and
//! release k-anonymous reports (CSV and SVG) that can leave the organisation
//! (`mirai-aggregate` decides what may be shown).
//!
//! The secret key never leaves this machine, and an opened submission is written only where
//! the operator asks. Its staff on the sync server (invitations, joining, what workers shared,
//! assignments) are managed with [`team`].

mod key_file;
mod opened;
mod survey;
pub mod team;

pub use key_file::{KeyFileError, read_key, read_secret, write_new_key, write_new_secret};
pub use opened::{OpenedError, open_submission};
pub use survey::{SurveyError, labels, read_employers, submissions_for_report, survey_of};
