//! `mirai-org team`: an organisation's staff on the sync server, from the computer its admin and
//! caseworkers already use for `mirai-org open` and `report`. The server's first admin is set
//! with `--org-admin ORG:DEVICE` (the device key `team device` prints); the admin invites staff
//! with a short code (`team invite`), a caseworker's computer joins with it (`team join`), the
//! admin sees what workers shared with the organisation (`team shared`) and assigns a caseworker
//! to a worker (`team assign`).
//!
//! Each computer proves itself with its own Ed25519 device key, kept in a file like the
//! organisation's key (64 hex digits, owner-only, never overwritten); the organisation is named
//! on the server by its key's fingerprint, as the app names it when a worker shares.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use ed25519_dalek::SigningKey;
use mirai_sync::client::{self, DialError};
use mirai_sync::device::organisation_on_server;
use mirai_sync::pairing::Invitation;
use zeroize::Zeroizing;

use crate::key_file::{KeyFileError, read_secret, write_new_secret};

/// The staff roles an invitation can grant, as the server names them.
const ROLES: [&str; 3] = ["caseworker", "moderator", "org-admin"];

/// What `mirai-org team` does.
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Make this computer's device key (if --device does not exist yet) and print its public
    /// half, for the server's `--org-admin ORG:KEY`.
    Device {
        /// Where this computer's device key is kept (made owner-only; never overwritten).
        #[arg(long)]
        device: PathBuf,
    },
    /// As the organisation's admin: a code a staff member types in `team join`, good once for
    /// ten minutes.
    Invite {
        /// The server, this computer's device, the organisation.
        #[command(flatten)]
        org: OnServer,
        /// The role the new member gets.
        #[arg(long, value_parser = ROLES)]
        role: String,
    },
    /// Join an organisation's staff with the code its admin gave you.
    Join {
        /// The server and this computer's device.
        #[command(flatten)]
        server: Server,
        /// The code (spaces, dashes and case do not matter).
        code: String,
    },
    /// The documents workers shared with the organisation, one `DOCUMENT OWNER` per line.
    Shared {
        /// The server, this computer's device, the organisation.
        #[command(flatten)]
        org: OnServer,
    },
    /// As the organisation's admin: let a caseworker read what a worker shared.
    Assign {
        /// The server, this computer's device, the organisation.
        #[command(flatten)]
        org: OnServer,
        /// The caseworker's account (`team join` prints it).
        #[arg(long)]
        caseworker: String,
        /// The worker's account (`team shared` lists it as the owner).
        #[arg(long)]
        worker: String,
    },
}

/// Which server, as which device.
#[derive(Debug, Args)]
pub struct Server {
    /// The sync server's address, as in the app: `wss://host/sync`.
    #[arg(long)]
    server: url::Url,
    /// This computer's device key file (`mirai-org team device` makes it).
    #[arg(long)]
    device: PathBuf,
}

/// Which server, as which device, for which organisation.
#[derive(Debug, Args)]
pub struct OnServer {
    #[command(flatten)]
    server: Server,
    /// The organisation: its key's fingerprint, as `mirai-org keygen` and `code` print it
    /// (spaces do not matter).
    #[arg(long)]
    org: String,
}

/// Why a team command failed, each saying what to do.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    /// The device key file could not be made or read.
    #[error(transparent)]
    KeyFile(#[from] KeyFileError),
    /// Not an organisation fingerprint.
    #[error("{0:?} is not an organisation's fingerprint (16 hex digits)")]
    Org(String),
    /// Not a code.
    #[error("{0:?} is not an invitation code (8 letters and digits)")]
    Code(String),
    /// The server could not be reached.
    #[error("the sync server cannot be reached: {0}")]
    Offline(String),
    /// The code is unknown, used or expired.
    #[error("no such code, or it was used or expired: ask the admin for a new one")]
    WrongCode,
    /// Too many wrong codes were tried lately.
    #[error("too many wrong codes were tried: wait a minute")]
    TooManyTries,
    /// The server refused: this device may not do that for the organisation.
    #[error("the server refused: this device is not allowed to do that for the organisation")]
    NotAllowed,
    /// The server refused for another reason, or answered something unreadable.
    #[error("the server refused: {0}")]
    Refused(String),
    /// The answer could not be printed.
    #[error("cannot write the answer: {0}")]
    Output(#[from] std::io::Error),
}

impl TeamError {
    /// What a failed call means here, by its HTTP status. The URL is left out of the message: a
    /// redeemed code is part of its path.
    fn of(error: DialError) -> TeamError {
        match error {
            DialError::Challenge(cause) => match cause.status().map(|status| status.as_u16()) {
                None => TeamError::Offline(cause.without_url().to_string()),
                Some(403) => TeamError::NotAllowed,
                Some(404) => TeamError::WrongCode,
                Some(429) => TeamError::TooManyTries,
                Some(status) => TeamError::Refused(format!("HTTP {status}")),
            },
            other => TeamError::Refused(other.to_string()),
        }
    }
}

impl Server {
    fn key(&self) -> Result<SigningKey, TeamError> {
        signing_key(&self.device)
    }
}

impl OnServer {
    fn org(&self) -> Result<String, TeamError> {
        let org = organisation_on_server(&self.org).to_ascii_lowercase();
        if org.len() == 16 && org.bytes().all(|b| b.is_ascii_hexdigit()) {
            Ok(org)
        } else {
            Err(TeamError::Org(self.org.clone()))
        }
    }
}

/// The device key in `path`, made first if the file does not exist.
fn device_key(path: &Path) -> Result<SigningKey, TeamError> {
    if !path.exists() {
        let mut secret = Zeroizing::new([0u8; 32]);
        getrandom::fill(secret.as_mut()).map_err(|error| TeamError::Refused(format!("no randomness: {error}")))?;
        write_new_secret(path, &secret)?;
    }
    signing_key(path)
}

/// The device key in `path`.
fn signing_key(path: &Path) -> Result<SigningKey, TeamError> {
    let secret = read_secret(path)?;
    Ok(SigningKey::from_bytes(&secret))
}

/// Runs `command`, printing its answer to `out`.
pub async fn run(command: TeamCommand, out: &mut impl Write) -> Result<(), TeamError> {
    let http = client::http_client().map_err(|error| TeamError::Refused(error.to_string()))?;
    match command {
        TeamCommand::Device { device } => {
            let key = device_key(&device)?;
            writeln!(out, "{}", hex::encode(key.verifying_key().to_bytes()))?;
        }
        TeamCommand::Invite { org, role } => {
            let (key, org_id) = (org.server.key()?, org.org()?);
            let code = client::team_invitation(&http, &key, &org.server.server, &org_id, &role)
                .await
                .map_err(TeamError::of)?;
            let grouped = match (code.get(..4), code.get(4..)) {
                (Some(head), Some(tail)) => format!("{head} {tail}"),
                _ => code,
            };
            writeln!(out, "{grouped}")?;
        }
        TeamCommand::Join { server, code } => {
            let invitation = Invitation::parse(&code).map_err(|_| TeamError::Code(code.clone()))?;
            let account = client::join_team(&http, &server.key()?, &server.server, &invitation.code)
                .await
                .map_err(TeamError::of)?;
            writeln!(out, "{account}")?;
        }
        TeamCommand::Shared { org } => {
            let (key, org_id) = (org.server.key()?, org.org()?);
            let shared = client::shared_with(&http, &key, &org.server.server, &org_id).await.map_err(TeamError::of)?;
            for (document, owner) in shared {
                writeln!(out, "{document} {owner}")?;
            }
        }
        TeamCommand::Assign { org, caseworker, worker } => {
            let (key, org_id) = (org.server.key()?, org.org()?);
            client::assign_caseworker(&http, &key, &org.server.server, &org_id, &caseworker, &worker)
                .await
                .map_err(TeamError::of)?;
        }
    }
    Ok(())
}
