//! Device proof: `GET /sync/challenge` hands out a nonce, good once and for a minute; a request
//! that carries `device`, `nonce` and `sig` proves the device holds its key if `sig` is its
//! Ed25519 signature over [`Challenge`] for this server's authority (the `Host` the client
//! dialed) and that nonce. Nonces are kept in [`crate::secrets`], so the answer may reach
//! another server than the one that asked.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use mirai_access::{Challenge, DeviceKey};
use serde::Deserialize;
use serde_json::json;

use crate::gate_call::Refused;
use crate::secrets::fresh_nonce;
use crate::state::AppState;

/// `GET /sync/challenge`.
pub(crate) async fn challenge(State(state): State<AppState>) -> Response {
    let Some(sync) = state.sync() else { return StatusCode::NOT_FOUND.into_response() };
    let Some(nonce) = fresh_nonce() else { return StatusCode::SERVICE_UNAVAILABLE.into_response() };
    match sync.secrets.keep_nonce(nonce).await {
        // `Connection: close`: the answer is used on a new connection (the WebSocket, or a
        // pairing call), and an idle keep-alive connection held about 15 KiB of the server's
        // memory (hyper's buffers and a copy of the router) for as long as the client's pool
        // kept it, with 10,000 devices online (BENCHMARKS.md).
        Ok(true) => (
            [(header::CACHE_CONTROL, "no-store"), (header::CONNECTION, "close")],
            Json(json!({ "nonce": hex::encode(nonce) })),
        )
            .into_response(),
        Ok(false) => (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "5")]).into_response(),
        Err(error) => {
            tracing::error!(error.kind = error.kind(), "nonce not kept");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
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
    /// The device key this proof is good for, or the answer to send: 401 for a bad proof, 503
    /// when the nonce could not be looked up. The nonce is used up either way.
    pub(crate) async fn device(&self, state: &AppState, headers: &HeaderMap) -> Result<DeviceKey, Refused> {
        let refused = || Refused::new(StatusCode::UNAUTHORIZED, "device proof refused");
        let sync = state.sync().ok_or_else(refused)?;
        let mut nonce = [0; 32];
        hex::decode_to_slice(&self.nonce, &mut nonce).map_err(|_| refused())?;
        match sync.secrets.take_nonce(nonce).await {
            Ok(true) => {}
            Ok(false) => return Err(refused()),
            Err(error) => {
                tracing::error!(error.kind = error.kind(), "nonce not looked up");
                return Err(Refused::new(StatusCode::SERVICE_UNAVAILABLE, "storage failed"));
            }
        }
        self.signed(headers, nonce).ok_or_else(refused)
    }

    /// The device key, if the signature is its signature over `nonce` for the authority the
    /// client dialed.
    fn signed(&self, headers: &HeaderMap, nonce: [u8; 32]) -> Option<DeviceKey> {
        let mut device = [0; 32];
        hex::decode_to_slice(&self.device, &mut device).ok()?;
        let mut sig = [0; 64];
        hex::decode_to_slice(&self.sig, &mut sig).ok()?;
        let server = headers.get(header::HOST)?.to_str().ok()?.to_owned();
        Challenge { server, nonce }.verify(&device, &sig).ok()?;
        Some(device)
    }
}
