//! The client's transport: prove the device's key to the server, open the WebSocket, and pump
//! it. The engine's dialer decides when (at once, then with exponential backoff and jitter
//! after each failure); this only knows how.
//!
//! The handshake, also what a JavaScript client does (see `tests/sync-interop`):
//! 1. `GET <base>/sync/challenge` answers `{"nonce": "<64 hex>"}`, good once, for a minute.
//! 2. The device signs [`mirai_access::Challenge`] for the server's authority (`host:port` as
//!    in the URL it dials, so an answer made for one server is useless at another) and nonce.
//! 3. `GET <base>/sync?device=<hex key>&nonce=<hex>&sig=<hex>` upgrades to the automerge-repo
//!    WebSocket, where the device's peer id must be [`crate::gate::peer_of`] its key.

use std::sync::Arc;

use ed25519_dalek::SigningKey;
use futures_util::StreamExt;
use mirai_access::Challenge;
use samod_core::{DialRequest, DialerId};
use tokio::sync::watch;
use tokio_tungstenite::tungstenite::Message;

use crate::connection::{Ended, Framed, Limits, pump, stopping};
use crate::engine::{Dialer, EngineHandle};
use crate::outbound;

/// Why a dial failed; the dialer backs off and tries again.
#[derive(Debug, thiserror::Error)]
pub enum DialError {
    /// The URL is not `ws://host[:port]/path`.
    #[error("not a sync URL")]
    Url,
    /// Asking for a challenge failed.
    #[error("challenge request failed")]
    Challenge(#[source] reqwest::Error),
    /// The challenge answer was not `{"nonce": "<64 hex>"}`.
    #[error("the server's challenge is unreadable")]
    BadChallenge,
    /// The server's answer to a call was not what the call expects.
    #[error("the server's answer is unreadable")]
    BadAnswer,
    /// The HTTP client could not be built.
    #[error("http client")]
    Client(#[source] reqwest::Error),
    /// The WebSocket could not be opened (refused, unreachable, or the proof was rejected).
    #[error("websocket failed")]
    WebSocket(#[from] tokio_tungstenite::tungstenite::Error),
}

/// Dials the server as `device` on the given tokio runtime.
pub struct WsDialer {
    device: Arc<SigningKey>,
    runtime: tokio::runtime::Handle,
    http: reqwest::Client,
    shutdown: watch::Sender<bool>,
}

impl WsDialer {
    /// A dialer that proves `device` and runs its connections on `runtime`.
    pub fn new(device: SigningKey, runtime: tokio::runtime::Handle) -> Result<Self, DialError> {
        Ok(WsDialer { device: Arc::new(device), runtime, http: http_client()?, shutdown: watch::channel(false).0 })
    }
}

/// The HTTP client for challenges and pairing: rustls with the ring provider.
pub fn http_client() -> Result<reqwest::Client, DialError> {
    // reqwest is built without a default provider; installing fails only when one is already
    // installed (by the app or an earlier client), and that one is then used.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .connect_timeout(std::time::Duration::from_secs(15))
        .user_agent(concat!("mirai-sync/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(DialError::Client)
}

impl From<reqwest::Error> for DialError {
    fn from(error: reqwest::Error) -> Self {
        DialError::Challenge(error)
    }
}

impl Drop for WsDialer {
    fn drop(&mut self) {
        self.shutdown.send_replace(true);
    }
}

impl Dialer for WsDialer {
    fn dial(&self, request: DialRequest, engine: EngineHandle) {
        let (device, http, shutdown) = (Arc::clone(&self.device), self.http.clone(), self.shutdown.subscribe());
        self.runtime.spawn(async move {
            let socket = match open(&http, &device, &request.url).await {
                Ok(socket) => socket,
                Err(error) => {
                    tracing::debug!(%error, "dial failed");
                    engine.dial_failed(request.dialer_id, error.to_string()).await;
                    return;
                }
            };
            let finished = drive(engine, request.dialer_id, socket, shutdown).await;
            tracing::debug!(?finished, "sync connection ended");
        });
    }
}

/// A client's open WebSocket.
pub type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// How a client connection ended: the pump's reason, and the server's close frame if it sent one
/// (`"<code> <reason>"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finished {
    /// Why the pump stopped.
    pub ended: Ended,
    /// What the server's close frame said, if it sent one.
    pub server_close: Option<String>,
}

/// Runs an open `socket` as `dialer`'s connection until either side ends it; `None` if the engine
/// would not take it. A client does not rate-limit its own server.
pub async fn drive(
    engine: EngineHandle,
    dialer: DialerId,
    socket: Socket,
    shutdown: watch::Receiver<bool>,
) -> Option<Finished> {
    let (outbound_tx, outbound_rx) = outbound::queue();
    let connection = engine.dialed(dialer, outbound_tx).await.ok()?;
    let mut server_close = None;
    let socket = socket.inspect(|received| {
        if let Ok(Message::Close(frame)) = received {
            server_close =
                Some(frame.as_ref().map_or_else(
                    || "no code".to_owned(),
                    |frame| format!("{} {}", u16::from(frame.code), frame.reason),
                ));
        }
    });
    let mut socket = Framed(socket);
    let limits = Limits { frames_per_second: u32::MAX / 2, burst: u32::MAX / 2, ..Limits::default() };
    let ended = pump(&engine, connection, &mut socket, outbound_rx, stopping(shutdown), limits).await;
    drop(socket);
    Some(Finished { ended, server_close })
}

/// `ws://host:port/path` → (`http://host:port/path/challenge`, `host:port`).
fn challenge_target(url: &url::Url) -> Result<(url::Url, String), DialError> {
    let scheme = match url.scheme() {
        "ws" => "http",
        "wss" => "https",
        _ => return Err(DialError::Url),
    };
    let host = url.host_str().ok_or(DialError::Url)?;
    let authority = match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    };
    let mut challenge = url.clone();
    challenge.set_scheme(scheme).map_err(|()| DialError::Url)?;
    challenge.set_query(None);
    let path = format!("{}/challenge", url.path().trim_end_matches('/'));
    challenge.set_path(&path);
    Ok((challenge, authority))
}

#[derive(serde::Deserialize)]
struct ChallengeBody {
    nonce: String,
}

/// A device's answer to a fresh challenge from the server at `sync_url`: the `device`, `nonce`
/// and `sig` fields every authenticated call carries.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Proof {
    /// The device's public key, hex.
    pub device: String,
    /// The server's nonce, hex.
    pub nonce: String,
    /// The device's signature, hex.
    pub sig: String,
}

/// Asks the server at `sync_url` (`ws://host:port/sync`) for a challenge and answers it.
pub async fn prove(http: &reqwest::Client, device: &SigningKey, sync_url: &url::Url) -> Result<Proof, DialError> {
    let (challenge_url, server) = challenge_target(sync_url)?;
    let body = http.get(challenge_url).send().await?.error_for_status()?.bytes().await?;
    let body: ChallengeBody = serde_json::from_slice(&body).map_err(|_| DialError::BadChallenge)?;
    let mut nonce = [0; 32];
    hex::decode_to_slice(&body.nonce, &mut nonce).map_err(|_| DialError::BadChallenge)?;
    let signature = Challenge { server, nonce }.answer(device);
    Ok(Proof { device: hex::encode(device.verifying_key().to_bytes()), nonce: body.nonce, sig: hex::encode(signature) })
}

/// Posts `fields` with a fresh proof of `device` to `path` (`/v1/...`, beside the sync path,
/// so a server under a path prefix works)
/// and reads the JSON answer; an empty answer (204) reads as `null`.
pub async fn signed_post(
    http: &reqwest::Client,
    device: &SigningKey,
    sync_url: &url::Url,
    path: &str,
    fields: serde_json::Value,
) -> Result<serde_json::Value, DialError> {
    let proof = prove(http, device, sync_url).await?;
    let mut body = serde_json::to_value(&proof).map_err(|_| DialError::BadAnswer)?;
    if let (Some(body), serde_json::Value::Object(fields)) = (body.as_object_mut(), fields) {
        body.extend(fields);
    }
    let answer = http
        .post(http_url(sync_url, &format!("..{path}"))?)
        .json(&body)
        .send()
        .await?
        .error_for_status()?
        .bytes()
        .await?;
    if answer.is_empty() {
        return Ok(serde_json::Value::Null);
    }
    serde_json::from_slice(&answer).map_err(|_| DialError::BadAnswer)
}

/// One string field of a JSON answer.
fn field(answer: &serde_json::Value, name: &str) -> Result<String, DialError> {
    answer.get(name).and_then(serde_json::Value::as_str).map(str::to_owned).ok_or(DialError::BadAnswer)
}

/// A pairing code for this device's account (shown to the person, typed on the new device).
pub async fn pairing_code(
    http: &reqwest::Client,
    device: &SigningKey,
    sync_url: &url::Url,
) -> Result<String, DialError> {
    field(&signed_post(http, device, sync_url, "/v1/pairing", serde_json::json!({})).await?, "code")
}

/// Joins this device to the account that showed `code`; answers that account's id.
pub async fn redeem_pairing_code(
    http: &reqwest::Client,
    device: &SigningKey,
    sync_url: &url::Url,
    code: &str,
) -> Result<String, DialError> {
    let answer = signed_post(http, device, sync_url, &format!("/v1/pairing/{code}"), serde_json::json!({})).await?;
    field(&answer, "account")
}

/// An organisation admin's invitation code for a staff `role` (`caseworker`, `moderator`,
/// `org-admin`).
pub async fn team_invitation(
    http: &reqwest::Client,
    device: &SigningKey,
    sync_url: &url::Url,
    org: &str,
    role: &str,
) -> Result<String, DialError> {
    let answer = signed_post(
        http,
        device,
        sync_url,
        &format!("/v1/teams/{org}/invitations"),
        serde_json::json!({ "role": role }),
    )
    .await?;
    field(&answer, "code")
}

/// Joins this device to an organisation's staff with an invitation code; answers the account.
pub async fn join_team(
    http: &reqwest::Client,
    device: &SigningKey,
    sync_url: &url::Url,
    code: &str,
) -> Result<String, DialError> {
    field(
        &signed_post(http, device, sync_url, &format!("/v1/teams/join/{code}"), serde_json::json!({})).await?,
        "account",
    )
}

/// Sets a document's class: `private`, `feed`, or `shared`/`team` with an organisation.
pub async fn set_document_class(
    http: &reqwest::Client,
    device: &SigningKey,
    sync_url: &url::Url,
    document: &str,
    class: &str,
    org: Option<&str>,
) -> Result<(), DialError> {
    let path = format!("/v1/documents/{document}/class");
    signed_post(http, device, sync_url, &path, serde_json::json!({ "class": class, "org": org })).await.map(drop)
}

/// The documents workers shared with `org`, as (document, owner account) pairs; staff only.
pub async fn shared_with(
    http: &reqwest::Client,
    device: &SigningKey,
    sync_url: &url::Url,
    org: &str,
) -> Result<Vec<(String, String)>, DialError> {
    let answer = signed_post(http, device, sync_url, &format!("/v1/teams/{org}/shared"), serde_json::json!({})).await?;
    let listed = answer.get("documents").and_then(serde_json::Value::as_array).ok_or(DialError::BadAnswer)?;
    listed.iter().map(|entry| Ok((field(entry, "document")?, field(entry, "owner")?))).collect()
}

/// An organisation admin assigns `caseworker` to `worker`.
pub async fn assign_caseworker(
    http: &reqwest::Client,
    device: &SigningKey,
    sync_url: &url::Url,
    org: &str,
    caseworker: &str,
    worker: &str,
) -> Result<(), DialError> {
    let path = format!("/v1/teams/{org}/assignments");
    signed_post(http, device, sync_url, &path, serde_json::json!({ "caseworker": caseworker, "worker": worker }))
        .await
        .map(drop)
}

/// `relative` resolved against the sync URL, over HTTP(S).
fn http_url(sync_url: &url::Url, relative: &str) -> Result<url::Url, DialError> {
    let (challenge, _) = challenge_target(sync_url)?;
    challenge.join(relative).map_err(|_| DialError::Url)
}

async fn open(http: &reqwest::Client, device: &SigningKey, url: &url::Url) -> Result<Socket, DialError> {
    let proof = prove(http, device, url).await?;
    let mut dial = url.clone();
    dial.query_pairs_mut()
        .append_pair("device", &proof.device)
        .append_pair("nonce", &proof.nonce)
        .append_pair("sig", &proof.sig);
    let (socket, _) = tokio_tungstenite::connect_async(dial.as_str()).await?;
    Ok(socket)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_is_asked_next_to_the_sync_path_and_signed_for_the_authority() {
        let (url, server) =
            challenge_target(&url::Url::parse("ws://127.0.0.1:8080/sync").expect("url")).expect("target");
        assert_eq!((url.as_str(), server.as_str()), ("http://127.0.0.1:8080/sync/challenge", "127.0.0.1:8080"));
        let (url, server) =
            challenge_target(&url::Url::parse("wss://sync.example.org/sync/").expect("url")).expect("target");
        assert_eq!((url.as_str(), server.as_str()), ("https://sync.example.org/sync/challenge", "sync.example.org"));
        assert!(challenge_target(&url::Url::parse("http://example.org/sync").expect("url")).is_err());
        let sync = url::Url::parse("ws://127.0.0.1:8080/sync").expect("url");
        assert_eq!(http_url(&sync, "../v1/pairing/ABC").expect("url").as_str(), "http://127.0.0.1:8080/v1/pairing/ABC");
        let prefixed = url::Url::parse("wss://example.org/mirai/sync").expect("url");
        assert_eq!(http_url(&prefixed, "../v1/pairing").expect("url").as_str(), "https://example.org/mirai/v1/pairing");
    }
}
