//! Short-lived secrets the server hands out and takes back once: challenge nonces (a device
//! proves its key by signing one, see [`crate::challenge`]) and short codes that grant
//! something (pairing a device to an account, joining an organisation's staff).
//!
//! They sit behind the [`Secrets`] trait because they must be shared by every server a
//! device may reach: behind a load balancer that is not sticky, a nonce handed out by one
//! server is answered on a connection to another, and a code shown on the phone through one
//! server is typed on the laptop through another. One server keeps them in memory
//! ([`MemorySecrets`]); servers sharing PostgreSQL keep them in its tables
//! ([`PostgresStorage`](crate::PostgresStorage)).
//!
//! Codes are 8 characters from an alphabet without look-alikes (about 40 bits), good once, for
//! ten minutes; failed redemptions are limited across all servers, so guessing one is hopeless.

mod memory;

use std::time::Duration;

use mirai_access::Role;

pub use memory::MemorySecrets;

use crate::storage::StorageFuture;

/// How long a nonce may wait for its answer.
pub const NONCE_LIFETIME: Duration = Duration::from_secs(60);
/// How many nonces may wait at once; beyond, new ones are refused until old ones expire, so a
/// client asking in a loop cannot grow the server's memory or table.
pub const MAX_NONCES: usize = 10_000;
/// How long a code stays good.
pub const CODE_LIFETIME: Duration = Duration::from_secs(600);
/// How many codes may wait at once.
pub const MAX_CODES: usize = 1_000;
/// Failed redemptions allowed per minute, across all servers.
pub const MAX_FAILURES_PER_MINUTE: u32 = 30;

/// Characters a code is made of: no 0/O, 1/I/L.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Characters in a code.
const CODE_LENGTH: usize = 8;

/// What a code grants when redeemed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    /// The redeeming device acts for this account.
    Pair {
        /// The account the code was asked for.
        account: String,
    },
    /// The redeeming device joins this organisation's staff in this role.
    Join {
        /// The organisation whose admin asked for the code.
        org: String,
        /// The role the new member gets.
        role: Role,
    },
}

impl Grant {
    /// Which kind of code this is.
    pub fn kind(&self) -> GrantKind {
        match self {
            Grant::Pair { .. } => GrantKind::Pair,
            Grant::Join { .. } => GrantKind::Join,
        }
    }
}

/// The kinds of code, so a code typed where another kind is asked for (a pairing code in the
/// team screen) is not used up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantKind {
    /// [`Grant::Pair`].
    Pair,
    /// [`Grant::Join`].
    Join,
}

/// What redeeming a code came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redemption {
    /// The code was good and is now used up.
    Granted(Grant),
    /// No such code of that kind, or it expired; counts as a failure.
    Unknown,
    /// Too many redemptions failed in the last minute: nothing was looked up.
    TooManyFailures,
}

/// Where short-lived secrets are kept, shared by every server devices may reach.
///
/// Contract for implementers: a nonce or code is good at most once, whichever server takes it
/// (two servers taking the same one at the same time: one wins); never after its lifetime; the
/// failure budget counts failures on every server. As with [`Storage`](crate::Storage), calls
/// must not block the executor.
pub trait Secrets: Send + Sync + 'static {
    /// Keeps `nonce` for [`NONCE_LIFETIME`]; `false`, keeping nothing, while [`MAX_NONCES`]
    /// are waiting.
    fn keep_nonce(&self, nonce: [u8; 32]) -> StorageFuture<'_, bool>;

    /// Uses `nonce` up: `true` if it was kept less than [`NONCE_LIFETIME`] ago and never used.
    fn take_nonce(&self, nonce: [u8; 32]) -> StorageFuture<'_, bool>;

    /// Keeps `code` for [`CODE_LIFETIME`] as granting `grant`; `false`, keeping nothing, while
    /// [`MAX_CODES`] are waiting or `code` is already waiting.
    fn keep_code(&self, code: String, grant: Grant) -> StorageFuture<'_, bool>;

    /// Uses `code` up if it grants a `kind` and is still good. `code` is as typed: case and
    /// surrounding spaces do not matter.
    fn take_code(&self, code: String, kind: GrantKind) -> StorageFuture<'_, Redemption>;
}

/// A nonce from the operating system's random source.
pub(crate) fn fresh_nonce() -> Option<[u8; 32]> {
    let mut nonce = [0; 32];
    getrandom::fill(&mut nonce).ok()?;
    Some(nonce)
}

/// A code from the operating system's random source, every character equally likely.
pub(crate) fn fresh_code() -> Option<String> {
    let mut code = String::with_capacity(CODE_LENGTH);
    while code.len() < CODE_LENGTH {
        let mut byte = [0];
        getrandom::fill(&mut byte).ok()?;
        // Rejection sampling: 248 = 8 × 31 keeps every character equally likely.
        if byte[0] < 248 {
            code.push(char::from(ALPHABET[usize::from(byte[0]) % ALPHABET.len()]));
        }
    }
    Some(code)
}

/// A code as stored: what the person typed, trimmed and in upper case.
pub(crate) fn normalize(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_the_alphabet_and_differ() {
        let (a, b) = (fresh_code().expect("a code"), fresh_code().expect("another"));
        for code in [&a, &b] {
            assert_eq!(code.len(), CODE_LENGTH);
            assert!(code.bytes().all(|byte| ALPHABET.contains(&byte)), "{code}");
        }
        assert_ne!(a, b);
        assert_eq!(normalize(&format!("  {}\n", a.to_lowercase())), a);
    }
}
