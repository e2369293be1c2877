//! Upgrading from every earlier schema version, using databases as the released versions
//! wrote them (committed under `tests/fixtures/`).
//!
//! Regenerate the fixtures only when a new migration is added, with
//! `MIRAI_WRITE_FIXTURES=1 cargo test -p mirai-store --test upgrade`; older fixtures must not
//! change, because released migrations never change.

use std::path::PathBuf;

use mirai_core::{Journey, Language, TextSize};
use mirai_keys::RawKey;
use mirai_store::{SCHEMA_VERSION, Store, create_at_version};

/// The key of every fixture. Test data only: it protects nothing.
fn fixture_key() -> RawKey {
    RawKey::from_bytes(*b"mirai upgrade fixtures, not real")
}

fn fixture_path(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema-v{version}.db"))
}

/// An organisation and a submission queued for it, as version 9 saved them.
const SHARED: &str = "INSERT INTO organisation (id, name, public_key, pseudonym, added_at)
    VALUES ('0a1b 2c3d 4e5f 6071', 'NGO', zeroblob(32), 'p', 1790000000);
    INSERT INTO outbox (organisation_id, result_id, questionnaire_id, sealed, state, created_at)
    VALUES ('0a1b 2c3d 4e5f 6071', 1, 'worker-self-check', x'00', 'queued', 1790000000);";

/// What a user of each old version had saved, written with that version's schema.
fn seed_sql(version: u32) -> String {
    let profile = "INSERT INTO profile (id, ui_language, home_country, journey, journey_date, revision, updated_at)
        VALUES (1, 'my', 'MM', 'in-japan', '2026-04-01', 4, 1790000000);";
    let setting = "INSERT INTO setting (name, value) VALUES ('text_size', 'larger');";
    let trust = "INSERT INTO pack_trust (pack_id, version, manifest_sha256, accepted_at)
        VALUES ('default', 7, zeroblob(32), 1790000000);";
    match version {
        1 => profile.to_owned(),
        2 => format!("{profile} {setting}"),
        // Version 6 fills its search tables from installed packs, and the fixtures have none.
        3 | 4 | 6 => format!("{profile} {setting} {trust}"),
        5 => format!(
            "{profile} {setting} {trust} INSERT INTO setting (name, value) VALUES ('search_index_version', '1');
             INSERT INTO article_search (title_words, pack_id, article_id, lang, title, summary, body)
             VALUES ('rent', 'default', 'rent', 'en', 'Rent', '', '');"
        ),
        7 => format!(
            "{profile} {setting} {trust} INSERT INTO bookmark (article_id, added_at, seq) VALUES ('garbage', 1790000000, 1);"
        ),
        8 | 9 => format!(
            "{profile} {setting} {trust} {}
             INSERT INTO selfcheck_answer (questionnaire_id, item_id, answer, answered_at)
             VALUES ('worker-self-check', 'passport-kept', '{{\"choice\":\"yes\"}}', 1790000000);
             INSERT INTO selfcheck_result (questionnaire_id, questionnaire_version, phase, completed_at, answers, findings)
             VALUES ('worker-self-check', 1, 'arrival', 1790000000, '{{}}', '[]');
             INSERT INTO points (reason, points, earned_at) VALUES ('self-check', 10, 1790000000);",
            if version >= 9 { SHARED } else { "" }
        ),
        _ => String::new(),
    }
}

#[test]
fn fixtures_exist_for_every_earlier_version() {
    if std::env::var_os("MIRAI_WRITE_FIXTURES").is_some() {
        // Only missing fixtures are written: existing ones are what released versions wrote.
        for version in (1..SCHEMA_VERSION).filter(|v| !fixture_path(*v).exists()) {
            let path = fixture_path(version);
            let conn = create_at_version(&path, &fixture_key(), version).expect("create");
            conn.execute_batch(&seed_sql(version)).expect("seed");
            conn.pragma_update(None, "wal_checkpoint", "TRUNCATE").expect("checkpoint");
            drop(conn);
        }
    }
    for version in 1..SCHEMA_VERSION {
        assert!(fixture_path(version).exists(), "missing fixture for schema v{version}");
    }
}

#[test]
fn every_earlier_version_upgrades_to_the_current_schema_with_data_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fresh = Store::create(&dir.path().join("fresh.db"), &fixture_key()).expect("fresh");
    let expected_schema = fresh.schema_sql().expect("schema");

    // Version 0 is a database created but never migrated (a crash during the first start).
    for version in 0..SCHEMA_VERSION {
        let path = dir.path().join(format!("v{version}.db"));
        if version == 0 {
            drop(create_at_version(&path, &fixture_key(), 0).expect("create v0"));
        } else {
            std::fs::copy(fixture_path(version), &path).expect("copy fixture");
        }
        let mut store = Store::open(&path, &fixture_key()).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(store.info().expect("info").schema_version, SCHEMA_VERSION, "v{version}");
        assert_eq!(store.schema_sql().expect("schema"), expected_schema, "v{version} schema differs from a fresh one");
        assert_eq!(store.integrity_problems().expect("check"), Vec::<String>::new(), "v{version}");

        let read = store.profile().expect("profile");
        if version >= 1 {
            assert_eq!(read.revision, 4, "v{version}");
            assert_eq!(read.profile.ui_language, Some(Language::My));
            assert_eq!(read.profile.journey, Journey::InJapan { arrival: Some("2026-04-01".parse().expect("date")) });
        }
        if version >= 2 {
            assert_eq!(store.text_size().expect("setting"), TextSize::Larger, "v{version}");
        }
        if version >= 8 {
            assert_eq!(store.check_history("worker-self-check").expect("history").len(), 1, "v{version}");
            assert_eq!(store.points_total().expect("points"), 10, "v{version}");
            assert_eq!(store.draft_answers("worker-self-check").expect("draft").len(), 1, "v{version}");
        }
        if version >= 9 {
            let parcels = store.parcels().expect("parcels");
            assert_eq!((parcels.len(), parcels[0].document.as_deref()), (1, None), "v{version}: still queued for sync");
        }
        // The upgraded store takes writes of the newest schema.
        store.set_text_size(TextSize::Large).expect("write setting");
        store.set_ui_language(Language::En).expect("write profile");
    }
}
