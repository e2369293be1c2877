//! Pairing a second device as the app does it: this device asks its server for a short code
//! (it must be known there, that is, have synced once), the person reads the code aloud, types
//! it on the other device or scans its QR code, and the other device redeems it and from then on
//! acts for the same account. The server's side is `sync-server/src/pairing.rs`.
//!
//! What a QR code carries is a [`Invitation`]: `mirai-pair:<CODE>?server=<sync URL>`. The server
//! is in it because a code exists only on the server that issued it; a device that redeems an
//! invitation uses that server, whatever it had set. A bare code is redeemed at the device's own
//! server.
//!
//! Every call gives up after [`TIMEOUT`], so the person waiting for it is never left with a
//! spinner; and the errors say what the person can do (wait, sync once, ask for a new code).

use std::time::Duration;

use ed25519_dalek::SigningKey;
use reqwest::StatusCode;

use crate::client::{self, DialError};

/// How long a pairing call may take before it counts as offline.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// How long a code is good for, when the server does not say (the server's `LIFETIME`).
const DEFAULT_LIFETIME: u32 = 600;

/// The URI scheme of an [`Invitation`] as text.
const SCHEME: &str = "mirai-pair";

/// How many characters a code has (the server's `LENGTH`).
const CODE_LENGTH: usize = 8;

/// Why pairing failed, each with something different for the person to do.
#[derive(Debug, thiserror::Error)]
pub enum PairingError {
    /// What was typed is not a code (nor an invitation holding one).
    #[error("not a pairing code")]
    NotACode,
    /// The server did not answer: no connection, or it is down.
    #[error("the server cannot be reached")]
    Offline(#[source] Option<DialError>),
    /// The server does not know this device yet: it has to sync once before it may hand out codes.
    #[error("the server does not know this device")]
    UnknownDevice,
    /// No such code on the server, or it expired, or it was used.
    #[error("wrong or expired code")]
    WrongCode,
    /// Too many wrong codes were tried on the server lately.
    #[error("too many wrong codes")]
    TooManyTries,
    /// The server refused for another reason, or answered something unreadable.
    #[error("the server refused")]
    Refused(#[source] DialError),
}

impl PairingError {
    /// Every stable code [`PairingError::code`] answers, for tests that each has a message.
    pub const ALL_CODES: &[&str] = &[
        "pairing-not-a-code",
        "pairing-offline",
        "pairing-unknown-device",
        "pairing-wrong-code",
        "pairing-too-many",
        "pairing-refused",
    ];

    /// The stable code the app shows a message for.
    pub fn code(&self) -> &'static str {
        match self {
            PairingError::NotACode => "pairing-not-a-code",
            PairingError::Offline(_) => "pairing-offline",
            PairingError::UnknownDevice => "pairing-unknown-device",
            PairingError::WrongCode => "pairing-wrong-code",
            PairingError::TooManyTries => "pairing-too-many",
            PairingError::Refused(_) => "pairing-refused",
        }
    }

    /// What a failed call means for pairing: a refusal by its HTTP status, no status as offline.
    /// The URL is dropped from the cause: a redeemed code is part of its path.
    fn of(error: DialError) -> PairingError {
        let (error, status) = match error {
            DialError::Challenge(cause) => {
                let status = cause.status();
                (DialError::Challenge(cause.without_url()), status)
            }
            other => return PairingError::Refused(other),
        };
        match status {
            None => PairingError::Offline(Some(error)),
            Some(StatusCode::FORBIDDEN) => PairingError::UnknownDevice,
            Some(StatusCode::NOT_FOUND) => PairingError::WrongCode,
            Some(StatusCode::TOO_MANY_REQUESTS) => PairingError::TooManyTries,
            Some(_) => PairingError::Refused(error),
        }
    }
}

/// A code and the server it is good at: what the QR code shows and the other device redeems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// The code, upper case, without spaces.
    pub code: String,
    /// The sync server that issued it, when known.
    pub server: Option<url::Url>,
}

impl Invitation {
    /// Reads what the person typed or pasted: a code in any case with spaces or dashes
    /// (`abcd efgh`), or an invitation's text (`mirai-pair:ABCDEFGH?server=...`).
    pub fn parse(typed: &str) -> Result<Invitation, PairingError> {
        let typed = typed.trim();
        let (code, server) = match typed.get(..SCHEME.len() + 1) {
            Some(prefix) if prefix.eq_ignore_ascii_case(&format!("{SCHEME}:")) => {
                let uri = url::Url::parse(typed).map_err(|_| PairingError::NotACode)?;
                let server = uri.query_pairs().find(|(name, _)| name == "server").map(|(_, value)| value.into_owned());
                let server =
                    server.map(|text| url::Url::parse(&text).map_err(|_| PairingError::NotACode)).transpose()?;
                (uri.path().to_owned(), server)
            }
            _ => (typed.to_owned(), None),
        };
        let code: String =
            code.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        if code.len() != CODE_LENGTH || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(PairingError::NotACode);
        }
        Ok(Invitation { code, server })
    }

    /// The invitation as one line of text, for a QR code.
    pub fn to_text(&self) -> String {
        let mut text = format!("{SCHEME}:{}", self.code);
        if let Some(server) = &self.server {
            text.push('?');
            text.push_str(
                &url::form_urlencoded::Serializer::new(String::new()).append_pair("server", server.as_str()).finish(),
            );
        }
        text
    }
}

/// A fresh code for this device's account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// The code and the server that issued it.
    pub invitation: Invitation,
    /// Seconds until the code expires.
    pub expires_in: u32,
}

/// Asks the server at `server` for a code the other device can redeem for `device`'s account.
pub async fn offer(device: &SigningKey, server: &url::Url) -> Result<Offer, PairingError> {
    let answer = within(async {
        let http = client::http_client()?;
        client::signed_post(&http, device, server, "/v1/pairing", serde_json::json!({})).await
    })
    .await?;
    let code =
        answer.get("code").and_then(serde_json::Value::as_str).ok_or(PairingError::Refused(DialError::BadAnswer))?;
    let invitation = Invitation::parse(code).map_err(|_| PairingError::Refused(DialError::BadAnswer))?;
    let expires_in = answer
        .get("expires_in")
        .and_then(serde_json::Value::as_u64)
        .and_then(|seconds| u32::try_from(seconds).ok())
        .unwrap_or(DEFAULT_LIFETIME);
    Ok(Offer { invitation: Invitation { server: Some(server.clone()), ..invitation }, expires_in })
}

/// Redeems `code` at `server`: from now on `device` acts for the account that offered it, whose
/// id this answers (keep it private: it names the person's account on the server).
pub async fn redeem(device: &SigningKey, server: &url::Url, code: &str) -> Result<String, PairingError> {
    within(async {
        let http = client::http_client()?;
        client::redeem_pairing_code(&http, device, server, code).await
    })
    .await
}

/// Runs a call with the [`TIMEOUT`], as a [`PairingError`].
async fn within<T>(call: impl Future<Output = Result<T, DialError>>) -> Result<T, PairingError> {
    match tokio::time::timeout(TIMEOUT, call).await {
        Ok(answer) => answer.map_err(PairingError::of),
        Err(_) => Err(PairingError::Offline(None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_in_any_case_with_spaces_and_dashes() {
        for typed in ["ABCDEFGH", "abcd efgh", " AbCd-EfGh\n", "ab cd ef gh"] {
            assert_eq!(Invitation::parse(typed).expect(typed), Invitation { code: "ABCDEFGH".into(), server: None });
        }
        for typed in ["", "ABCDEFG", "ABCDEFGHJ", "ABCD/EFG", "ÄBCDEFGH", "mirai-pair:", "mirai-pair:ABC"] {
            assert!(matches!(Invitation::parse(typed), Err(PairingError::NotACode)), "{typed:?}");
        }
    }

    #[test]
    fn an_invitation_carries_the_server_and_reads_back() {
        let server = url::Url::parse("wss://sync.example.org/mirai/sync").expect("url");
        let invitation = Invitation { code: "ABCDEFGH".into(), server: Some(server) };
        let text = invitation.to_text();
        assert_eq!(text, "mirai-pair:ABCDEFGH?server=wss%3A%2F%2Fsync.example.org%2Fmirai%2Fsync");
        assert_eq!(Invitation::parse(&text).expect("reads back"), invitation);
        assert_eq!(Invitation::parse("MIRAI-PAIR:abcdefgh").expect("any case").code, "ABCDEFGH");
        let bare = Invitation { code: "ABCDEFGH".into(), server: None };
        assert_eq!(Invitation::parse(&bare.to_text()).expect("bare"), bare);
        assert!(matches!(Invitation::parse("mirai-pair:ABCDEFGH?server=nowhere"), Err(PairingError::NotACode)));
    }

    #[test]
    fn every_error_has_its_listed_code() {
        let errors = [
            PairingError::NotACode,
            PairingError::Offline(None),
            PairingError::UnknownDevice,
            PairingError::WrongCode,
            PairingError::TooManyTries,
            PairingError::Refused(DialError::BadAnswer),
        ];
        let codes: Vec<_> = errors.iter().map(PairingError::code).collect();
        assert_eq!(codes, PairingError::ALL_CODES);
        assert!(matches!(PairingError::of(DialError::Url), PairingError::Refused(_)));
    }
}
