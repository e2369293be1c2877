//! `mirai-org team` against the real server: the organisation's admin computer makes its device
//! key, the server is started with it as the organisation's first admin, the admin invites a
//! caseworker whose computer joins with the code as a person would type it, a worker shares a
//! note with the organisation, the admin lists it and assigns the caseworker, whose device then
//! gets the note. What each command prints is what the next one is given.

mod common;

use common::devices::{device_with, opens};

use std::path::Path;
use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ROOT};
use clap::Parser;
use ed25519_dalek::SigningKey;
use mirai_org_cli::team::{self, TeamCommand, TeamError};
use mirai_sync::client;
use mirai_sync::engine::BackoffConfig;
use mirai_sync::gate::own_account;

#[derive(Parser)]
struct Team {
    #[command(subcommand)]
    command: TeamCommand,
}

/// Runs `mirai-org team ARGS…`: what it prints, or why it failed.
async fn mirai_org_team(args: &[&str]) -> Result<String, TeamError> {
    let parsed = Team::try_parse_from(std::iter::once("team").chain(args.iter().copied()))
        .unwrap_or_else(|error| panic!("{args:?} does not parse: {error}"));
    let mut out = Vec::new();
    team::run(parsed.command, &mut out).await?;
    Ok(String::from_utf8(out).expect("utf-8").trim_end().to_owned())
}

fn path(path: &Path) -> &str {
    path.to_str().expect("a utf-8 path")
}

/// `command`, then `common`, then `rest`.
fn args<'a>(command: &'a str, common: &[&'a str], rest: &[&'a str]) -> Vec<&'a str> {
    std::iter::once(command).chain(common.iter().copied()).chain(rest.iter().copied()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_invites_a_caseworker_who_joins_lists_and_gets_the_assigned_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (admin_key, caseworker_key) = (dir.path().join("admin.key"), dir.path().join("caseworker.key"));
    let fingerprint = mirai_seal::SecretKey::generate().expect("org key").public_key().fingerprint();
    let org = mirai_sync::device::organisation_on_server(&fingerprint);

    let admin_device = mirai_org_team(&["device", "--device", path(&admin_key)]).await.expect("admin device");
    assert_eq!(admin_device.len(), 64, "{admin_device}");
    let again = mirai_org_team(&["device", "--device", path(&admin_key)]).await.expect("again");
    assert_eq!(again, admin_device, "the key is kept, not replaced");
    mirai_org_team(&["device", "--device", path(&caseworker_key)]).await.expect("caseworker device");

    let data = tempfile::tempdir().expect("server data");
    let org_admin = format!("{org}:{admin_device}");
    let (server, addr) = common::start_server_with(data.path(), &["--org-admin", &org_admin], "info");
    let url = format!("ws://{addr}/sync");
    let as_admin = ["--server", url.as_str(), "--device", path(&admin_key), "--org", fingerprint.as_str()];
    let as_caseworker = ["--server", url.as_str(), "--device", path(&caseworker_key), "--org", fingerprint.as_str()];

    // The admin's invitation, typed by the caseworker in lower case with a dash.
    let code = mirai_org_team(&args("invite", &as_admin, &["--role", "caseworker"])).await.expect("invite");
    assert!(code.len() == 9 && code.as_bytes()[4] == b' ', "grouped for reading aloud: {code}");
    let typed = code.replace(' ', "-").to_lowercase();
    let caseworker_account =
        mirai_org_team(&["join", "--server", &url, "--device", path(&caseworker_key), &typed]).await.expect("join");
    assert!(
        matches!(
            mirai_org_team(&["join", "--server", &url, "--device", path(&caseworker_key), &typed]).await,
            Err(TeamError::WrongCode)
        ),
        "a code is good once"
    );
    assert!(
        matches!(
            mirai_org_team(&args("invite", &as_caseworker, &["--role", "caseworker"])).await,
            Err(TeamError::NotAllowed)
        ),
        "only the admin invites"
    );

    // A worker shares a note with the organisation, as the app does.
    let worker_key = SigningKey::from_bytes(&[31; 32]);
    let sync_url = url::Url::parse(&url).expect("url");
    let worker = device_with(worker_key.clone(), &sync_url, BackoffConfig::default()).await;
    let mut note = Automerge::new();
    note.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, "asked-for-help", true)).expect("edit");
    let document = worker.engine.create(note).await.expect("create");
    let http = client::http_client().expect("http");
    let (mut shared, id) = (false, document.to_string());
    for _ in 0..100 {
        if client::set_document_class(&http, &worker_key, &sync_url, &id, "shared", Some(&org)).await.is_ok() {
            shared = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(shared, "the worker shared the note");

    // The admin lists it, and assigns the caseworker, whose device then gets it.
    let listed = mirai_org_team(&args("shared", &as_admin, &[])).await.expect("shared");
    let owner = own_account(&worker_key.verifying_key().to_bytes());
    assert_eq!(listed, format!("{document} {owner}"));
    let caseworker_signing = SigningKey::from_bytes(&mirai_org_cli::read_secret(&caseworker_key).expect("key"));
    let caseworker = device_with(caseworker_signing, &sync_url, BackoffConfig::default()).await;
    assert!(!opens(&caseworker, &document, 40).await, "not before the assignment");
    let assign = args("assign", &as_admin, &["--caseworker", &caseworker_account, "--worker", &owner]);
    assert_eq!(mirai_org_team(&assign).await.expect("assign"), "");
    assert!(opens(&caseworker, &document, 100).await, "the assigned caseworker gets the note");

    assert!(
        matches!(
            mirai_org_team(&["shared", "--server", &url, "--device", path(&admin_key), "--org", "not-an-org"]).await,
            Err(TeamError::Org(_))
        ),
        "an organisation is its fingerprint"
    );
    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
}
