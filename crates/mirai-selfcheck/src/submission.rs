//! What a worker sends an organisation when they choose to share a finished check: the answers
//! and findings, the month (not the day: a day and a time could be matched against who was off
//! work), a random name for the worker that only this organisation sees, and, if the worker
//! wants, their employer's name and a note. The app seals it to the organisation's key
//! (`mirai-seal`); the organisation's tool opens it and reads it with [`Submission::from_json`].

use crate::{Answers, Phase};

/// The format's version.
pub const SUBMISSION_FORMAT: u32 = 1;
/// The longest employer name, in characters.
pub const MAX_EMPLOYER: usize = 120;
/// The longest note, in characters.
pub const MAX_NOTE: usize = 2_000;
/// The largest submission read, in bytes.
const MAX_BYTES: usize = 256 * 1024;

/// One shared self-check.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// [`SUBMISSION_FORMAT`].
    pub format: u32,
    /// The questionnaire answered.
    pub questionnaire: String,
    /// Its version.
    pub version: u32,
    /// Which questions the check asked.
    pub phase: Phase,
    /// When it was finished, as `YYYY-MM`.
    pub month: String,
    /// A random name for the worker, the same in every submission to this organisation and
    /// different for every other one, so reports count workers, not submissions.
    pub worker: String,
    /// The employer as the worker named it, if they chose to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    /// The answers to the questions asked.
    pub answers: Answers,
    /// The ids of the rules that held, most serious first.
    pub findings: Vec<String>,
    /// A note to the organisation, if the worker wrote one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why a submission was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SubmissionError {
    /// Not a submission in a format this build reads.
    #[error("not a submission: {0}")]
    Format(String),
    /// An employer name or note longer than allowed (`employer` or `note`).
    #[error("the {0} is too long")]
    TooLong(&'static str),
}

impl Submission {
    /// Checks the free-text parts against their limits; the app calls it before sealing and the
    /// organisation's tool after opening.
    pub fn check(&self) -> Result<(), SubmissionError> {
        let long = |text: &Option<String>, max: usize| text.as_ref().is_some_and(|t| t.chars().count() > max);
        if long(&self.employer, MAX_EMPLOYER) {
            return Err(SubmissionError::TooLong("employer"));
        }
        if long(&self.note, MAX_NOTE) {
            return Err(SubmissionError::TooLong("note"));
        }
        Ok(())
    }

    /// The bytes that are sealed.
    pub fn to_json(&self) -> Vec<u8> {
        // A struct of strings, numbers and maps with string keys always serialises.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Reads an opened submission.
    pub fn from_json(bytes: &[u8]) -> Result<Submission, SubmissionError> {
        if bytes.len() > MAX_BYTES {
            return Err(SubmissionError::Format("too large".into()));
        }
        let submission: Submission =
            serde_json::from_slice(bytes).map_err(|e| SubmissionError::Format(e.to_string()))?;
        if submission.format != SUBMISSION_FORMAT {
            return Err(SubmissionError::Format(format!("format {}", submission.format)));
        }
        submission.check()?;
        Ok(submission)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Answer;

    fn submission() -> Submission {
        Submission {
            format: SUBMISSION_FORMAT,
            questionnaire: "worker-self-check".into(),
            version: 3,
            phase: Phase::Arrival,
            month: "2026-12".into(),
            worker: "k3j5".into(),
            employer: Some("Sakura Foods".into()),
            answers: [("passport-kept".to_owned(), Answer::Choice("yes".into()))].into(),
            findings: vec!["passport-kept-by-employer".into()],
            note: None,
        }
    }

    #[test]
    fn a_submission_reads_back_as_sent() {
        let sent = submission();
        assert_eq!(Submission::from_json(&sent.to_json()), Ok(sent));
    }

    #[test]
    fn unknown_formats_fields_and_long_texts_are_refused() {
        let mut future = submission();
        future.format = 2;
        assert!(matches!(Submission::from_json(&future.to_json()), Err(SubmissionError::Format(_))));
        let extra = String::from_utf8(submission().to_json()).expect("test").replacen('{', "{\"name\":\"Ana\",", 1);
        assert!(matches!(Submission::from_json(extra.as_bytes()), Err(SubmissionError::Format(_))));
        let mut long = submission();
        long.note = Some("あ".repeat(MAX_NOTE + 1));
        assert_eq!(long.check(), Err(SubmissionError::TooLong("note")));
        assert_eq!(Submission::from_json(&long.to_json()), Err(SubmissionError::TooLong("note")));
    }
}
