//! Short codes that grant something once: pairing a device to an account, joining an
//! organisation's staff. 8 characters from an alphabet without look-alikes (about 40 bits),
//! good once, for ten minutes; failed redemptions are limited server-wide, so guessing one is
//! hopeless.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use mirai_access::Role;

/// What a code grants when redeemed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Grant {
    /// The redeeming device acts for this account.
    Pair { account: String },
    /// The redeeming device joins this organisation's staff in this role.
    Join { org: String, role: Role },
}

/// Characters a code is made of: no 0/O, 1/I/L.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH: usize = 8;
pub(crate) const LIFETIME: Duration = Duration::from_secs(600);
const MAX_OUTSTANDING: usize = 1_000;
/// Failed redemptions allowed per minute, across the server.
const MAX_FAILURES_PER_MINUTE: u32 = 30;

/// Codes handed out and not yet redeemed, and the failure budget.
#[derive(Default)]
pub(crate) struct Codes {
    pending: Mutex<HashMap<String, (Grant, Instant)>>,
    failures: Mutex<Option<(Instant, u32)>>,
}

impl Codes {
    pub(crate) fn issue(&self, grant: Grant) -> Option<String> {
        let now = Instant::now();
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        pending.retain(|_, (_, issued)| now.duration_since(*issued) < LIFETIME);
        if pending.len() >= MAX_OUTSTANDING {
            return None;
        }
        let code = random_code()?;
        pending.insert(code.clone(), (grant, now));
        Some(code)
    }

    /// What `take` makes of the grant behind `code`, using the code up; a code that does not
    /// grant what `take` accepts (a pairing code typed where a team code is asked for) stays
    /// pending and counts as a wrong code. `Err(())` when too many redemptions failed lately.
    pub(crate) fn redeem<T>(&self, code: &str, take: impl FnOnce(&Grant) -> Option<T>) -> Result<Option<T>, ()> {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        let (since, count) = match *failures {
            Some((since, count)) if now.duration_since(since) < Duration::from_secs(60) => (since, count),
            _ => (now, 0),
        };
        if count >= MAX_FAILURES_PER_MINUTE {
            return Err(());
        }
        let normalized = code.trim().to_ascii_uppercase();
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        let found = pending
            .get(&normalized)
            .filter(|(_, issued)| now.duration_since(*issued) < LIFETIME)
            .and_then(|(grant, _)| take(grant));
        if found.is_some() {
            pending.remove(&normalized);
        }
        *failures = Some((since, if found.is_some() { count } else { count + 1 }));
        Ok(found)
    }
}

fn random_code() -> Option<String> {
    let mut code = String::with_capacity(LENGTH);
    while code.len() < LENGTH {
        let mut byte = [0];
        getrandom::fill(&mut byte).ok()?;
        // Rejection sampling: 248 = 8 × 31 keeps every character equally likely.
        if byte[0] < 248 {
            code.push(char::from(ALPHABET[usize::from(byte[0]) % ALPHABET.len()]));
        }
    }
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair() -> Grant {
        Grant::Pair { account: "w-1".into() }
    }

    fn any(grant: &Grant) -> Option<Grant> {
        Some(grant.clone())
    }

    #[test]
    fn a_code_is_good_once_and_typing_it_in_lower_case_works() {
        let codes = Codes::default();
        let code = codes.issue(pair()).expect("a code");
        assert_eq!(code.len(), LENGTH);
        assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
        assert_eq!(codes.redeem(&code.to_lowercase(), any), Ok(Some(pair())));
        assert_eq!(codes.redeem(&code, any), Ok(None), "used up");
    }

    #[test]
    fn a_code_of_another_kind_is_not_used_up() {
        let codes = Codes::default();
        let code = codes.issue(pair()).expect("a code");
        let team = |grant: &Grant| matches!(grant, Grant::Join { .. }).then_some(());
        assert_eq!(codes.redeem(&code, team), Ok(None), "a pairing code is no team code");
        assert_eq!(codes.redeem(&code, any), Ok(Some(pair())), "and it still pairs");
    }

    #[test]
    fn guessing_stops_after_the_failure_budget() {
        let codes = Codes::default();
        let code = codes.issue(pair()).expect("a code");
        for _ in 0..MAX_FAILURES_PER_MINUTE {
            assert_eq!(codes.redeem("WRONG", any), Ok(None));
        }
        assert_eq!(codes.redeem(&code, any), Err(()), "even the right code waits");
    }
}
