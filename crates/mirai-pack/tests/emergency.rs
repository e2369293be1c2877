//! The emergency card's numbers come from a pack only after the whole pack is verified: a pack
//! that fails any check gives no numbers at all, never some of them, and damage can never
//! change them.

mod support;

use mirai_pack::content::emergency_entries;
use mirai_pack::{Limits, PackError, SecretKey};
use support::{Rng, World, content, signed};

fn app_version() -> semver::Version {
    semver::Version::new(0, 1, 0)
}

#[test]
fn a_verified_pack_gives_its_emergency_entries_only() {
    let world = World::new();
    let pack = signed(&world, &content(&mut Rng(7), "default", 1));
    let entries = emergency_entries(&pack, &world.anchor, &Limits::default(), &app_version()).expect("verified");
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["police"]);
    assert_eq!(entries[0].phone, "110");
}

#[test]
fn a_pack_that_fails_verification_gives_no_numbers() {
    let world = World::new();
    let unsigned = content(&mut Rng(8), "default", 1);
    let good = signed(&world, &unsigned);

    let stranger = World::new();
    let forged = unsigned.to_pack(Some(&unsigned.sign(&stranger.keys, &stranger.content_key)), 3).expect("pack");
    assert!(matches!(
        emergency_entries(&forged, &world.anchor, &Limits::default(), &app_version()),
        Err(PackError::KeysNotTrusted | PackError::UnknownKey)
    ));

    let unknown_key = SecretKey::generate().expect("random");
    let wrong_key = unsigned.to_pack(Some(&unsigned.sign(&world.keys, &unknown_key)), 3).expect("pack");
    assert!(emergency_entries(&wrong_key, &world.anchor, &Limits::default(), &app_version()).is_err());

    // A flipped bit is refused, or it fell where it changes nothing signed (tar padding, say)
    // and the very same numbers come out: never other numbers.
    let verified = emergency_entries(&good, &world.anchor, &Limits::default(), &app_version()).expect("good");
    let mut rng = Rng(9);
    let mut refused = 0;
    for _ in 0..200 {
        let mut damaged = good.clone();
        let at = rng.below(damaged.len());
        damaged[at] ^= 1 << rng.below(8);
        match emergency_entries(&damaged, &world.anchor, &Limits::default(), &app_version()) {
            Ok(entries) => assert_eq!(entries, verified, "a flipped bit at {at} changed the numbers"),
            Err(_) => refused += 1,
        }
    }
    assert!(refused > 150, "only {refused} of 200 damaged packs refused");
    let truncated = &good[..good.len() / 2];
    assert!(emergency_entries(truncated, &world.anchor, &Limits::default(), &app_version()).is_err());
}
