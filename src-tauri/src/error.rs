//! The shell's one error type: everything a command can fail with, turned into an
//! [`ErrorDto`] whose message is in the user's language.

use mirai_core::Language;
use mirai_i18n::Localizer;
use mirai_store::StoreError;

use crate::dto::ErrorDto;

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A language code that is not one of the nine.
    #[error("unknown language code")]
    UnknownLanguage(String),
    /// A malformed IPC argument; the field is named, its value is not repeated.
    #[error("invalid {0}")]
    InvalidInput(&'static str),
    /// The command needs the open store, and it is locked or failed.
    #[error("the store is not open")]
    Locked,
    /// A background task died; nothing was committed.
    #[error("background task failed")]
    Internal,
    /// Checking for or downloading an update failed.
    #[error(transparent)]
    Update(#[from] mirai_update::UpdateError),
    /// No update server is set.
    #[error("no update server")]
    NoUpdateServer,
    /// "Wi-Fi only" is on and the connection is metered.
    #[error("waiting for wi-fi")]
    NeedsWifi,
    /// "Wi-Fi only" is on and the connection's kind is unknown.
    #[error("connection kind unknown")]
    NetworkUnknown,
    /// The pack is no longer on offer (the list is out of date).
    #[error("update no longer offered")]
    OfferGone,
    /// Another update is downloading.
    #[error("another update is running")]
    UpdateBusy,
    /// An organisation code that is not one, or was damaged on the way.
    #[error(transparent)]
    OrgCode(#[from] mirai_seal::CodeError),
    /// A submission could not be sealed; nothing was queued, in clear or otherwise.
    #[error("sealing failed")]
    Seal,
    /// A self-check answer that does not fit its question.
    #[error(transparent)]
    Answer(#[from] mirai_selfcheck::AnswerError),
    /// The system refused or could not show a notification.
    #[error("notification failed")]
    Notify,
    /// The page could not be printed to a PDF file.
    #[error("printing failed")]
    Print,
    /// A sync server address that is not `wss://` (or `ws://`) with a host.
    #[error("not a sync server address")]
    SyncServerUrl,
    /// Sync could not start on this device (its storage or network stack failed).
    #[error("sync unavailable")]
    SyncUnavailable,
    /// Pairing needs a sync server, and none is set.
    #[error("no sync server")]
    SyncNoServer,
    /// Pairing another device failed: offline, refused, or a wrong code.
    #[error(transparent)]
    Pairing(#[from] mirai_sync::pairing::PairingError),
}

impl AppError {
    /// The stable code the UI may match on.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Store(error) => error.code(),
            AppError::UnknownLanguage(_) => "unknown-language",
            AppError::InvalidInput(_) => "invalid-input",
            AppError::Locked => "locked",
            AppError::Internal => "internal",
            AppError::Update(error) => error.code(),
            AppError::NoUpdateServer => "update-no-server",
            AppError::NeedsWifi => "update-needs-wifi",
            AppError::NetworkUnknown => "update-network-unknown",
            AppError::OfferGone => "update-gone",
            AppError::UpdateBusy => "update-busy",
            AppError::OrgCode(mirai_seal::CodeError::NotACode) => "org-code-unknown",
            AppError::OrgCode(mirai_seal::CodeError::Damaged) => "org-code-damaged",
            AppError::OrgCode(mirai_seal::CodeError::Name) => "org-code-name",
            AppError::Answer(mirai_selfcheck::AnswerError::OutOfRange { .. }) => "answer-out-of-range",
            AppError::Answer(mirai_selfcheck::AnswerError::FutureDate) => "answer-future-date",
            AppError::Answer(mirai_selfcheck::AnswerError::NotADate) => "answer-not-a-date",
            AppError::Answer(_) => "invalid-input",
            AppError::Seal => "seal-failed",
            AppError::Print => "print-failed",
            AppError::Notify => "notify-failed",
            AppError::SyncServerUrl => "sync-server-url",
            AppError::SyncUnavailable => "sync-unavailable",
            AppError::SyncNoServer => "sync-no-server",
            AppError::Pairing(error) => error.code(),
        }
    }

    /// The error as the UI shows it, in `lang`.
    pub fn localize(&self, l10n: &Localizer, lang: Language) -> ErrorDto {
        let id = format!("error-{}", self.code());
        let (message, issues) = match self {
            AppError::Store(error) => return store_error_dto(error, l10n, lang),
            // Only the first characters of a bad code are echoed, never a whole argument.
            AppError::UnknownLanguage(code) => {
                let shown: String = code.chars().take(16).collect();
                (l10n.format(lang, &id, &[("code", &shown)]), Vec::new())
            }
            AppError::InvalidInput(field) => (l10n.format(lang, &id, &[("field", field)]), vec![(*field).to_owned()]),
            AppError::Answer(mirai_selfcheck::AnswerError::OutOfRange { min, max }) => {
                (l10n.format(lang, &id, &[("min", &min.to_string()), ("max", &max.to_string())]), Vec::new())
            }
            AppError::Answer(_) if self.code() == "invalid-input" => {
                (l10n.format(lang, &id, &[("field", "answer")]), vec!["answer".to_owned()])
            }
            _ => (l10n.format(lang, &id, &[]), Vec::new()),
        };
        ErrorDto { code: self.code().to_owned(), message, issues }
    }
}

/// A store error as the UI shows it, in `lang`; form errors carry the rules that failed.
pub fn store_error_dto(error: &StoreError, l10n: &Localizer, lang: Language) -> ErrorDto {
    let issues = match error {
        StoreError::InvalidProfile(issues) => issues.iter().map(|i| i.code().to_owned()).collect(),
        _ => Vec::new(),
    };
    let id = format!("error-{}", error.code());
    let message = match error {
        StoreError::InvalidInput(field) => l10n.format(lang, &id, &[("field", field)]),
        _ => l10n.format(lang, &id, &[]),
    };
    ErrorDto { code: error.code().to_owned(), message, issues }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mirai_core::ProfileIssue;

    #[test]
    fn errors_are_localized_with_their_issues() {
        let l10n = Localizer::embedded().expect("messages");
        let dto = AppError::Store(StoreError::InvalidProfile(vec![ProfileIssue::ArrivalInFuture]))
            .localize(&l10n, Language::En);
        assert_eq!(dto.code, "invalid-profile");
        assert_eq!(dto.issues, vec!["arrival-in-future"]);
        assert!(!dto.message.starts_with("error-"), "message id leaked: {}", dto.message);

        let dto = AppError::UnknownLanguage("klingon-and-much-more-text".into()).localize(&l10n, Language::En);
        assert!(dto.message.contains("klingon-and-much"), "{}", dto.message);
        assert!(!dto.message.contains("more-text"), "{}", dto.message);
    }

    #[test]
    fn an_answer_out_of_range_says_the_range_in_the_readers_language() {
        let l10n = Localizer::embedded().expect("messages");
        let out = AppError::Answer(mirai_selfcheck::AnswerError::OutOfRange { min: 0, max: 400 });
        for lang in Language::ALL {
            let dto = out.localize(&l10n, lang);
            assert_eq!(dto.code, "answer-out-of-range");
            assert!(dto.message.contains("400") && !dto.message.starts_with("error-"), "{lang}: {}", dto.message);
        }
        let future = AppError::Answer(mirai_selfcheck::AnswerError::FutureDate).localize(&l10n, Language::Vi);
        assert_eq!(future.code, "answer-future-date");
    }

    #[test]
    fn every_code_has_a_message_in_every_language() {
        let l10n = Localizer::embedded().expect("messages");
        let shell_codes = [
            "unknown-language",
            "invalid-input",
            "locked",
            "internal",
            "update-no-server",
            "update-needs-wifi",
            "update-network-unknown",
            "update-gone",
            "update-busy",
            "org-code-unknown",
            "org-code-damaged",
            "org-code-name",
            "seal-failed",
            "print-failed",
            "notify-failed",
            "answer-out-of-range",
            "answer-future-date",
            "answer-not-a-date",
            "sync-server-url",
            "sync-unavailable",
            "sync-no-server",
        ];
        for lang in Language::ALL {
            for code in StoreError::ALL_CODES
                .iter()
                .chain(mirai_pack::PackError::ALL_CODES.iter())
                .chain(mirai_update::UpdateError::ALL_CODES.iter())
                .chain(mirai_sync::pairing::PairingError::ALL_CODES.iter())
                .chain(shell_codes.iter())
            {
                assert!(l10n.has(lang, &format!("error-{code}")), "{lang}: error-{code}");
            }
        }
    }
}
