//! Device proof: `GET /sync/challenge` hands out a nonce, good once and for a minute; a request
//! that carries `device`, `nonce` and `sig` proves the device holds its key if `sig` is its
//! Ed25519 signature over [`Challenge`] for this server's authority (the `Host` the client
//! dialed) and that nonce.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use mirai_access::{Challenge, DeviceKey};
use serde::Deserialize;
use serde_json::json;

use crate::gate_call::Refused;
use crate::state::AppState;

/// How long a nonce may wait for its answer.
const NONCE_LIFETIME: Duration = Duration::from_secs(60);
/// How many nonces may wait at once; beyond, new ones are refused until old ones expire, so a
/// client asking in a loop cannot grow the server's memory.
const MAX_OUTSTANDING: usize = 10_000;

/// Nonces handed out and not yet used.
#[derive(Default)]
pub(crate) struct Nonces {
    outstanding: Mutex<HashMap<[u8; 32], Instant>>,
}

impl Nonces {
    /// A fresh nonce, or `None` while too many are outstanding.
    fn issue(&self) -> Option<[u8; 32]> {
        let mut nonce = [0; 32];
        getrandom::fill(&mut nonce).ok()?;
        let now = Instant::now();
        let mut outstanding = self.outstanding.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if outstanding.len() >= MAX_OUTSTANDING {
            outstanding.retain(|_, issued| now.duration_since(*issued) < NONCE_LIFETIME);
            if outstanding.len() >= MAX_OUTSTANDING {
                return None;
            }
        }
        outstanding.insert(nonce, now);
        Some(nonce)
    }

    /// Uses up `nonce`: `true` if it was handed out less than a minute ago and never used.
    fn redeem(&self, nonce: &[u8; 32]) -> bool {
        let mut outstanding = self.outstanding.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        outstanding.remove(nonce).is_some_and(|issued| issued.elapsed() < NONCE_LIFETIME)
    }
}

/// `GET /sync/challenge`.
pub(crate) async fn challenge(State(state): State<AppState>) -> Response {
    let Some(sync) = state.sync() else { return StatusCode::NOT_FOUND.into_response() };
    match sync.nonces.issue() {
        // `Connection: close`: the answer is used on a new connection (the WebSocket, or a
        // pairing call), and an idle keep-alive connection held about 15 KiB of the server's
        // memory (hyper's buffers and a copy of the router) for as long as the client's pool
        // kept it, with 10,000 devices online (BENCHMARKS.md).
        Some(nonce) => (
            [(header::CACHE_CONTROL, "no-store"), (header::CONNECTION, "close")],
            Json(json!({ "nonce": hex::encode(nonce) })),
        )
            .into_response(),
        None => (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "5")]).into_response(),
    }
}

/// What a device sends to prove itself: in the query of `/sync`, in the body of pairing calls.
#[derive(Debug, Deserialize)]
pub(crate) struct Proof {
    device: String,
    nonce: String,
    sig: String,
}

impl Proof {
    /// The device key this proof is good for, or the 401 to answer (the nonce is used up either
    /// way).
    pub(crate) fn device(&self, state: &AppState, headers: &HeaderMap) -> Result<DeviceKey, Refused> {
        self.verify(state, headers).ok_or_else(|| Refused::new(StatusCode::UNAUTHORIZED, "device proof refused"))
    }

    /// The device key this proof is good for, or `None` (and the nonce is used up either way).
    pub(crate) fn verify(&self, state: &AppState, headers: &HeaderMap) -> Option<DeviceKey> {
        let sync = state.sync()?;
        let mut nonce = [0; 32];
        hex::decode_to_slice(&self.nonce, &mut nonce).ok()?;
        if !sync.nonces.redeem(&nonce) {
            return None;
        }
        let mut device = [0; 32];
        hex::decode_to_slice(&self.device, &mut device).ok()?;
        let mut sig = [0; 64];
        hex::decode_to_slice(&self.sig, &mut sig).ok()?;
        let server = headers.get(header::HOST)?.to_str().ok()?.to_owned();
        Challenge { server, nonce }.verify(&device, &sig).ok()?;
        Some(device)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nonce_is_good_once() {
        let nonces = Nonces::default();
        let nonce = nonces.issue().expect("a nonce");
        assert!(nonces.redeem(&nonce));
        assert!(!nonces.redeem(&nonce), "replayed");
        assert!(!nonces.redeem(&[0; 32]), "never issued");
    }
}
