//! Updates against the sync server's real packs route on 127.0.0.1: the signed index, a delta
//! applied to the installed pack, and the full pack whenever the delta cannot be used.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use mirai_core::Language;
use mirai_fetch::{Control, FetchConfig};
use mirai_pack::{
    KeysDocument, Known, Limits, PackBuilder, PackId, PackPath, SecretKey, SignedKeys, TrustAnchor, make_delta,
    sign_keys_document,
};
use mirai_sync_server::{AppState, SqliteStorage};
use mirai_update::{Offer, Route, UpdateError, Updater, offers};
use tokio::net::TcpListener;
use tokio::sync::watch;

struct Publisher {
    anchor: TrustAnchor,
    signed: SignedKeys,
    content: SecretKey,
}

impl Publisher {
    fn new() -> Publisher {
        let roots: Vec<SecretKey> = (0..2).map(|_| SecretKey::generate().expect("random")).collect();
        let content = SecretKey::generate().expect("random");
        let document =
            KeysDocument { version: 1, expires: "2030-01-01".parse().expect("date"), keys: vec![content.public()] };
        let signed = sign_keys_document(&document, &roots.iter().collect::<Vec<_>>());
        let anchor = TrustAnchor::new(roots.iter().map(SecretKey::public).collect(), 2).expect("anchor");
        Publisher { anchor, signed, content }
    }

    /// A pack of 40 articles; `edited` of them read differently.
    fn pack(&self, version: u64, edited: usize) -> Vec<u8> {
        let title: BTreeMap<Language, String> = [(Language::En, "Basic".to_owned())].into();
        let mut builder = PackBuilder::new(
            PackId::parse("default").expect("id"),
            version,
            "2026-11-01".parse().expect("date"),
            semver::Version::new(0, 1, 0),
            title,
            vec![Language::En],
        );
        for i in 0..40 {
            let words = if i < edited { "revised text about pay slips" } else { "text about residence cards" };
            let body =
                (0..60).map(|n| format!("Paragraph {n} of article {i}: {words}.")).collect::<Vec<_>>().join("\n\n");
            let article = serde_json::json!({
                "id": format!("a{i}"), "category": "living", "reviewed": "2026-11-01",
                "sources": [{"title": "ISA", "url": "https://www.moj.go.jp/isa/"}],
                "text": {"en": {"title": format!("Article {i}"), "summary": words, "body": body}},
            });
            let path = PackPath::parse(&format!("articles/a{i}.json")).expect("path");
            builder.add(path, serde_json::to_vec(&article).expect("json")).expect("add");
        }
        let unsigned = builder.build(&Limits::default()).expect("valid");
        unsigned.to_pack(Some(&unsigned.sign(&self.signed, &self.content)), 3).expect("pack")
    }

    /// Signs the index of `dir` as version `version`, as `mirai-pack publish` does.
    fn publish(&self, dir: &Path, version: u64) {
        let index = mirai_pack_cli::index_folder(dir, version).expect("index");
        std::fs::write(dir.join("index.json"), index.sign(&self.signed, &self.content)).expect("write index");
    }
}

/// The sync server with a packs folder holding versions 1 and 2 and the delta between them.
struct Server {
    url: String,
    packs: std::path::PathBuf,
    v1: Vec<u8>,
    v2: Vec<u8>,
    _tmp: tempfile::TempDir,
}

async fn serve(publisher: &Publisher) -> Server {
    let tmp = tempfile::tempdir().expect("tempdir");
    let packs = tmp.path().join("packs");
    std::fs::create_dir(&packs).expect("packs folder");
    let v1 = publisher.pack(1, 0);
    let v2 = publisher.pack(2, 2);
    let delta = make_delta(&v1, &v2, 19, &Limits::default()).expect("delta");
    std::fs::write(packs.join("default-1.mpk"), &v1).expect("write");
    std::fs::write(packs.join("default-2.mpk"), &v2).expect("write");
    std::fs::write(packs.join("default-1-2.mpd"), &delta).expect("write");
    publisher.publish(&packs, 3);
    let storage = SqliteStorage::open(tmp.path()).expect("storage");
    let state = AppState::new(Arc::new(storage)).with_packs(packs.clone());
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(mirai_sync_server::serve(listener, state, std::future::pending()));
    // No trailing slash: the updater adds it.
    Server { url: format!("http://{addr}/packs"), packs, v1, v2, _tmp: tmp }
}

fn loopback() -> FetchConfig {
    FetchConfig {
        allow_plain_http_on_loopback: true,
        backoff_base: Duration::from_millis(5),
        backoff_max: Duration::from_millis(20),
        max_attempts: 2,
        ..FetchConfig::default()
    }
}

async fn offer_from_v1(updater: &Updater, publisher: &Publisher) -> Offer {
    let verified = updater.check(&publisher.anchor, None, None).await.expect("index verifies");
    assert_eq!(verified.index.version, 3);
    let mut found = offers(&verified.index, &[("default".into(), 1)]);
    assert_eq!(found.len(), 1, "one update");
    found.remove(0)
}

fn running() -> watch::Receiver<Control> {
    watch::channel(Control::Run).1
}

#[tokio::test]
async fn a_delta_is_applied_to_the_installed_pack_and_costs_far_less_than_the_full_pack() {
    let publisher = Publisher::new();
    let server = serve(&publisher).await;
    let downloads = tempfile::tempdir().expect("tempdir");
    let updater = Updater::new(&server.url, downloads.path().to_owned(), loopback()).expect("updater");
    let offer = offer_from_v1(&updater, &publisher).await;
    assert_eq!(offer.route(), Route::Delta);
    assert!(
        offer.download_size() * 4 < offer.entry.file.size,
        "delta {} vs full {}",
        offer.download_size(),
        offer.entry.file.size
    );

    let mut seen = Vec::new();
    let fetched = updater
        .fetch(&offer, Some(&server.v1), &Limits::default(), running(), |p| seen.push(p))
        .await
        .expect("fetched");
    assert_eq!(fetched.route, Route::Delta);
    assert_eq!(fetched.bytes_on_wire, offer.download_size());
    let app = semver::Version::new(0, 1, 0);
    let (verified, _) =
        mirai_pack::verify_bytes(&fetched.pack, &publisher.anchor, Known::default(), &Limits::default(), &app)
            .expect("the result verifies like a downloaded pack");
    assert_eq!(verified.manifest.version, 2);
    assert!(seen.iter().all(|p| p.route == Route::Delta && p.received <= p.total));
    assert_eq!(seen.last().map(|p| p.received), Some(offer.download_size()));
    assert_eq!(std::fs::read_dir(downloads.path()).expect("folder").count(), 0, "nothing left behind");
}

#[tokio::test]
async fn the_full_pack_is_fetched_when_the_base_differs_or_the_delta_is_damaged() {
    let publisher = Publisher::new();
    let server = serve(&publisher).await;
    let downloads = tempfile::tempdir().expect("tempdir");
    let updater = Updater::new(&server.url, downloads.path().to_owned(), loopback()).expect("updater");
    let offer = offer_from_v1(&updater, &publisher).await;

    // The installed file is another version 1 (a test pack, say): the delta does not fit it.
    let other_v1 = publisher.pack(1, 5);
    let fetched = updater.fetch(&offer, Some(&other_v1), &Limits::default(), running(), |_| {}).await.expect("fetched");
    assert_eq!(fetched.route, Route::Full);
    assert_eq!(fetched.pack, server.v2);
    assert_eq!(fetched.bytes_on_wire, offer.download_size() + server.v2.len() as u64);

    // The server's delta is damaged: its hash does not match the signed index.
    let delta_path = server.packs.join("default-1-2.mpd");
    let mut delta = std::fs::read(&delta_path).expect("read");
    let middle = delta.len() / 2;
    delta[middle] ^= 0x40;
    std::fs::write(&delta_path, &delta).expect("damage");
    let fetched =
        updater.fetch(&offer, Some(&server.v1), &Limits::default(), running(), |_| {}).await.expect("fetched");
    assert_eq!((fetched.route, fetched.pack == server.v2), (Route::Full, true));

    // Nothing installed: straight to the full pack.
    let fetched = updater.fetch(&offer, None, &Limits::default(), running(), |_| {}).await.expect("fetched");
    assert_eq!((fetched.route, fetched.pack == server.v2), (Route::Full, true));
}

#[tokio::test]
async fn an_older_index_is_refused_and_a_cancelled_download_says_so() {
    let publisher = Publisher::new();
    let server = serve(&publisher).await;
    let downloads = tempfile::tempdir().expect("tempdir");
    let updater = Updater::new(&server.url, downloads.path().to_owned(), loopback()).expect("updater");
    let replay = updater.check(&publisher.anchor, None, Some(4)).await.expect_err("older than seen");
    assert_eq!(replay.code(), "pack-rollback");

    let offer = offer_from_v1(&updater, &publisher).await;
    let (control, watch) = watch::channel(Control::Cancel);
    let cancelled = updater.fetch(&offer, Some(&server.v1), &Limits::default(), watch, |_| {}).await;
    drop(control);
    assert_eq!(cancelled.expect_err("cancelled").code(), "update-cancelled");
    assert!(updater.remove_stale(&[]) <= 2, "a cancelled download leaves at most its part and record");
    assert_eq!(std::fs::read_dir(downloads.path()).expect("folder").count(), 0);
}

#[tokio::test]
async fn a_server_address_must_be_a_url_and_https_unless_on_this_machine() {
    let downloads = tempfile::tempdir().expect("tempdir");
    for bad in ["", "packs.example.org", "ftp://example.org/packs", "mailto:someone@example.org"] {
        let refused = Updater::new(bad, downloads.path().to_owned(), FetchConfig::default());
        assert_eq!(refused.err().map(|e| e.code()), Some("update-server-url"), "{bad:?}");
    }
    let plain =
        Updater::new("http://example.org/packs/", downloads.path().to_owned(), FetchConfig::default()).expect("parses");
    let publisher = Publisher::new();
    let refused = plain.check(&publisher.anchor, None, None).await.expect_err("plain http to a remote host");
    assert!(matches!(refused, UpdateError::Fetch(mirai_fetch::FetchError::NotHttps)));
    assert_eq!(refused.code(), "update-server-url");
}
