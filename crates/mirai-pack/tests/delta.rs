//! Deltas: applying one to its base rebuilds the new pack exactly; applying it to anything
//! else is refused; and a small edit makes a small delta.

mod support;

use mirai_pack::{Known, Limits, PackError, apply_delta, make_delta, verify_bytes};
use support::*;

fn version() -> semver::Version {
    semver::Version::new(0, 1, 0)
}

#[test]
fn a_delta_rebuilds_the_new_pack_from_its_base_only() {
    let world = World::new();
    let mut rng = Rng(0x5eed);
    let old = signed(&world, &content(&mut rng, "default", 1));
    let new_pack = content(&mut rng, "default", 2);
    let new = signed(&world, &new_pack);
    let delta = make_delta(&old, &new, 19, &Limits::default()).expect("delta");

    let rebuilt = apply_delta(&old, &delta, &Limits::default()).expect("apply");
    let (verified, _) =
        verify_bytes(&rebuilt, &world.anchor, Known::default(), &Limits::default(), &version()).expect("verifies");
    assert_eq!(verified.manifest, new_pack.manifest);
    assert_eq!(decompress(&rebuilt), decompress(&new), "the rebuilt archive is byte for byte the new one");

    // Not on another base: not the new pack itself, not another pack of the same version.
    for wrong_base in [new.clone(), signed(&world, &content(&mut rng, "default", 1))] {
        assert!(matches!(apply_delta(&wrong_base, &delta, &Limits::default()), Err(PackError::WrongBase(_))));
    }
    // A damaged delta never yields a pack.
    let mut damaged = delta.clone();
    let last = damaged.len() - 5;
    damaged[last] ^= 0x10;
    assert!(apply_delta(&old, &damaged, &Limits::default()).is_err());
    assert!(apply_delta(&old, b"MIRAIDL1garbage", &Limits::default()).is_err());
}

#[test]
fn a_five_percent_edit_gives_a_delta_far_smaller_than_the_pack() {
    let world = World::new();
    let mut rng = Rng(42);
    let bodies: Vec<String> = (0..100).map(|_| rng.text(300)).collect();
    let old = signed(&world, &articles("default", 1, &bodies));
    let mut edited = bodies.clone();
    for body in edited.iter_mut().step_by(20) {
        *body = rng.text(300);
    }
    let new = signed(&world, &articles("default", 2, &edited));
    let delta = make_delta(&old, &new, 19, &Limits::default()).expect("delta");
    assert!(delta.len() * 5 < new.len(), "a 5% edit gave a {} byte delta for a {} byte pack", delta.len(), new.len());
}

fn articles(id: &str, pack_version: u64, bodies: &[String]) -> mirai_pack::UnsignedPack {
    let title = LANGS.iter().map(|l| (*l, "Articles".to_owned())).collect();
    let mut builder = mirai_pack::PackBuilder::new(
        mirai_pack::PackId::parse(id).expect("id"),
        pack_version,
        "2026-11-01".parse().expect("date"),
        version(),
        title,
        LANGS.to_vec(),
    );
    for (i, body) in bodies.iter().enumerate() {
        let text: std::collections::BTreeMap<&str, serde_json::Value> = LANGS
            .iter()
            .map(|l| {
                (l.code(), serde_json::json!({ "title": format!("Article {i}"), "summary": "Summary.", "body": body }))
            })
            .collect();
        let article = serde_json::json!({
            "id": format!("a{i:03}"), "category": "working", "reviewed": "2026-11-01",
            "sources": [{ "title": "MHLW", "url": "https://www.mhlw.go.jp/" }], "text": text,
        });
        builder.add(path(&format!("articles/a{i:03}.json")), serde_json::to_vec(&article).expect("json")).expect("add");
    }
    builder.build(&Limits::default()).expect("valid")
}
