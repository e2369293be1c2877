//! [`Secrets`] in PostgreSQL's `sync_nonces`, `sync_codes` and `sync_code_failures` (migration
//! 2 in the parent module), so that every server on the database knows every nonce and code
//! and counts every failure. Taking one is a `DELETE … RETURNING`: of two servers taking the
//! same nonce at once, one gets the row. Times are PostgreSQL's `now()`, one clock for all.
//!
//! Every device's challenge and connection costs a keep and a take here, so those run as typed
//! statements (`execute_typed`, `query_typed_opt`): one round trip each, where a statement
//! from text is prepared, run and closed in three.

use std::sync::LazyLock;

use mirai_access::Role;
use postgres::Client;
use postgres::types::{ToSql, Type};

use super::PostgresStorage;
use crate::secrets::{
    CODE_LIFETIME, Grant, GrantKind, MAX_CODES, MAX_FAILURES_PER_MINUTE, MAX_NONCES, NONCE_LIFETIME, Redemption,
    Secrets, normalize,
};
use crate::storage::StorageFuture;

/// The failure budget's minute, as a number (minutes since 1970 by PostgreSQL's clock).
const THIS_MINUTE: &str = "floor(extract(epoch FROM now()) / 60)::bigint";

/// A lifetime as the seconds `make_interval` takes.
fn seconds(lifetime: std::time::Duration) -> f64 {
    lifetime.as_secs_f64()
}

/// A cap as the `bigint` `count(*)` is compared with.
fn cap(count: usize) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// Deletes the expired rows of `table` and inserts one (`$1` first, `$2` lifetime in seconds,
/// `$3` the cap, then the table's own columns) unless `$3` rows are still good or the key is
/// taken. One statement, so the sweep costs no round trip.
fn keep_statement(table: &str, columns: &str, values: &str) -> String {
    format!(
        "WITH swept AS (DELETE FROM {table} WHERE expires <= now()) \
         INSERT INTO {table} ({columns}, expires) \
         SELECT {values}, now() + make_interval(secs => $2) \
         WHERE (SELECT count(*) FROM {table} WHERE expires > now()) < $3 \
         ON CONFLICT DO NOTHING"
    )
}

/// [`keep_statement`] for nonces, written once.
static KEEP_NONCE: LazyLock<String> = LazyLock::new(|| keep_statement("sync_nonces", "nonce", "$1"));

/// [`keep_statement`] for codes, written once.
static KEEP_CODE: LazyLock<String> =
    LazyLock::new(|| keep_statement("sync_codes", "code, kind, subject, role", "$1, $4, $5, $6"));

fn kind_name(kind: GrantKind) -> &'static str {
    match kind {
        GrantKind::Pair => "pair",
        GrantKind::Join => "join",
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Worker => "worker",
        Role::Caseworker => "caseworker",
        Role::Moderator => "moderator",
        Role::OrgAdmin => "org-admin",
    }
}

fn role_named(name: &str) -> Option<Role> {
    [Role::Worker, Role::Caseworker, Role::Moderator, Role::OrgAdmin].into_iter().find(|role| role_name(*role) == name)
}

/// Looks `code` up under the failure budget, in one transaction.
fn take_code(client: &mut Client, code: &str, kind: GrantKind) -> Result<Redemption, postgres::Error> {
    let mut tx = client.transaction()?;
    let failures: i32 = tx
        .query_opt(&format!("SELECT failures FROM sync_code_failures WHERE minute = {THIS_MINUTE}"), &[])?
        .map_or(0, |row| row.get(0));
    if i64::from(failures) >= i64::from(MAX_FAILURES_PER_MINUTE) {
        return Ok(Redemption::TooManyFailures);
    }
    let found = tx.query_opt(
        "DELETE FROM sync_codes WHERE code = $1 AND kind = $2 AND expires > now() RETURNING subject, role",
        &[&code, &kind_name(kind)],
    )?;
    let grant = found.and_then(|row| {
        let subject: String = row.get(0);
        match kind {
            GrantKind::Pair => Some(Grant::Pair { account: subject }),
            GrantKind::Join => Some(Grant::Join { org: subject, role: role_named(row.get::<_, Option<&str>>(1)?)? }),
        }
    });
    let redemption = match grant {
        Some(grant) => Redemption::Granted(grant),
        None => {
            tx.execute(
                &format!(
                    "WITH swept AS (DELETE FROM sync_code_failures WHERE minute < {THIS_MINUTE}) \
                     INSERT INTO sync_code_failures (minute, failures) VALUES ({THIS_MINUTE}, 1) \
                     ON CONFLICT (minute) DO UPDATE SET failures = sync_code_failures.failures + 1"
                ),
                &[],
            )?;
            Redemption::Unknown
        }
    };
    tx.commit()?;
    Ok(redemption)
}

impl Secrets for PostgresStorage {
    fn keep_nonce(&self, nonce: [u8; 32]) -> StorageFuture<'_, bool> {
        self.query(move |client| {
            let (lifetime, cap) = (seconds(NONCE_LIFETIME), cap(MAX_NONCES));
            let params: [(&(dyn ToSql + Sync), Type); 3] =
                [(&nonce.as_slice(), Type::BYTEA), (&lifetime, Type::FLOAT8), (&cap, Type::INT8)];
            Ok(client.execute_typed(&KEEP_NONCE, &params)? == 1)
        })
    }

    fn take_nonce(&self, nonce: [u8; 32]) -> StorageFuture<'_, bool> {
        self.query(move |client| {
            let row = client.query_typed_opt(
                "DELETE FROM sync_nonces WHERE nonce = $1 RETURNING expires > now()",
                &[(&nonce.as_slice(), Type::BYTEA)],
            )?;
            Ok(row.is_some_and(|row| row.get(0)))
        })
    }

    fn keep_code(&self, code: String, grant: Grant) -> StorageFuture<'_, bool> {
        self.query(move |client| {
            let (lifetime, cap, kind) = (seconds(CODE_LIFETIME), cap(MAX_CODES), kind_name(grant.kind()));
            let (subject, role) = match &grant {
                Grant::Pair { account } => (account, None),
                Grant::Join { org, role } => (org, Some(role_name(*role))),
            };
            let params: [(&(dyn ToSql + Sync), Type); 6] = [
                (&code, Type::TEXT),
                (&lifetime, Type::FLOAT8),
                (&cap, Type::INT8),
                (&kind, Type::TEXT),
                (subject, Type::TEXT),
                (&role, Type::TEXT),
            ];
            Ok(client.execute_typed(&KEEP_CODE, &params)? == 1)
        })
    }

    fn take_code(&self, code: String, kind: GrantKind) -> StorageFuture<'_, Redemption> {
        self.query(move |client| take_code(client, &normalize(&code), kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_a_name_that_reads_back() {
        for role in [Role::Worker, Role::Caseworker, Role::Moderator, Role::OrgAdmin] {
            assert_eq!(role_named(role_name(role)), Some(role));
        }
        assert_eq!(role_named("owner"), None);
    }
}
