//! Opening one sealed submission with the organisation's key, for the questionnaire it says it
//! belongs to; anything that does not open, or does not read as a submission, is refused whole.

use mirai_seal::SecretKey;
use mirai_selfcheck::Submission;

/// Why a sealed submission was not opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenedError {
    /// Not sealed to this key, for this questionnaire, or altered.
    #[error(transparent)]
    Seal(#[from] mirai_seal::OpenError),
    /// It opened but is not a submission this tool reads.
    #[error(transparent)]
    Submission(#[from] mirai_selfcheck::SubmissionError),
    /// It opened, but says it answers another questionnaire than the one it was sealed for.
    #[error("sealed for {sealed} but answers {answered}")]
    Mismatch {
        /// The questionnaire bound when sealing.
        sealed: String,
        /// The one in the submission.
        answered: String,
    },
}

/// Opens `sealed`, made for `questionnaire`, with `key`.
pub fn open_submission(key: &SecretKey, questionnaire: &str, sealed: &[u8]) -> Result<Submission, OpenedError> {
    let plaintext = zeroize::Zeroizing::new(mirai_seal::open(key, questionnaire, sealed)?);
    let submission = Submission::from_json(&plaintext)?;
    if submission.questionnaire != questionnaire {
        return Err(OpenedError::Mismatch { sealed: questionnaire.to_owned(), answered: submission.questionnaire });
    }
    Ok(submission)
}
