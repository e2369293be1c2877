//! [`Secrets`] kept in this process's memory: right for one server (`--data`), where every
//! device reaches the same process. A restart forgets them; devices ask again.

use std::collections::HashMap;
use std::future::ready;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::{
    CODE_LIFETIME, Grant, GrantKind, MAX_CODES, MAX_FAILURES_PER_MINUTE, MAX_NONCES, NONCE_LIFETIME, Redemption,
    Secrets, normalize,
};
use crate::storage::StorageFuture;

/// Nonces and codes handed out and not yet used, and the failure budget.
#[derive(Default)]
pub struct MemorySecrets {
    nonces: Mutex<HashMap<[u8; 32], Instant>>,
    codes: Mutex<Codes>,
}

#[derive(Default)]
struct Codes {
    pending: HashMap<String, (Grant, Instant)>,
    /// When the current minute of failures began, and how many it has seen.
    failures: Option<(Instant, u32)>,
}

impl MemorySecrets {
    fn nonces(&self) -> std::sync::MutexGuard<'_, HashMap<[u8; 32], Instant>> {
        self.nonces.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn codes(&self) -> std::sync::MutexGuard<'_, Codes> {
        self.codes.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn answer<T: Send + 'static>(value: T) -> StorageFuture<'static, T> {
    Box::pin(ready(Ok(value)))
}

impl Secrets for MemorySecrets {
    fn keep_nonce(&self, nonce: [u8; 32]) -> StorageFuture<'_, bool> {
        let now = Instant::now();
        let mut nonces = self.nonces();
        if nonces.len() >= MAX_NONCES {
            nonces.retain(|_, issued| now.duration_since(*issued) < NONCE_LIFETIME);
        }
        let kept = nonces.len() < MAX_NONCES;
        if kept {
            nonces.insert(nonce, now);
        }
        answer(kept)
    }

    fn take_nonce(&self, nonce: [u8; 32]) -> StorageFuture<'_, bool> {
        answer(self.nonces().remove(&nonce).is_some_and(|issued| issued.elapsed() < NONCE_LIFETIME))
    }

    fn keep_code(&self, code: String, grant: Grant) -> StorageFuture<'_, bool> {
        let now = Instant::now();
        let mut codes = self.codes();
        codes.pending.retain(|_, (_, issued)| now.duration_since(*issued) < CODE_LIFETIME);
        let kept = codes.pending.len() < MAX_CODES && !codes.pending.contains_key(&code);
        if kept {
            codes.pending.insert(code, (grant, now));
        }
        answer(kept)
    }

    fn take_code(&self, code: String, kind: GrantKind) -> StorageFuture<'_, Redemption> {
        let now = Instant::now();
        let mut codes = self.codes();
        let (since, count) = match codes.failures {
            Some((since, count)) if now.duration_since(since) < Duration::from_secs(60) => (since, count),
            _ => (now, 0),
        };
        if count >= MAX_FAILURES_PER_MINUTE {
            return answer(Redemption::TooManyFailures);
        }
        let code = normalize(&code);
        let good = codes
            .pending
            .get(&code)
            .is_some_and(|(grant, issued)| grant.kind() == kind && now.duration_since(*issued) < CODE_LIFETIME);
        let redemption = match good.then(|| codes.pending.remove(&code)).flatten() {
            Some((grant, _)) => Redemption::Granted(grant),
            None => Redemption::Unknown,
        };
        let failed = u32::from(redemption == Redemption::Unknown);
        codes.failures = Some((since, count + failed));
        answer(redemption)
    }
}
