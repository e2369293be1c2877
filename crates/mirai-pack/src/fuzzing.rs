//! Checks shared by the fuzz targets and the corpus replay test.

use crate::{Known, Limits, Manifest, SecretKey, TrustAnchor};

/// The manifest parser never panics on any bytes, and what it accepts round-trips.
pub fn manifest(data: &[u8]) {
    let limits = Limits::default();
    if let Ok(manifest) = Manifest::parse(data, &limits) {
        let again = Manifest::parse(&manifest.to_bytes(), &limits);
        assert!(matches!(&again, Ok(same) if *same == manifest), "a parsed manifest must round-trip");
    }
}

/// The questionnaire schema and its expressions never panic on any bytes, and a questionnaire
/// that passes its checks round-trips.
pub fn questionnaire(data: &[u8]) {
    let Ok(parsed) = serde_json::from_slice::<crate::content::Questionnaire>(data) else { return };
    if parsed.check(Some(&parsed.id), &[]).is_ok() {
        let again = serde_json::to_vec(&parsed).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok());
        assert_eq!(again.as_ref(), Some(&parsed), "a valid questionnaire must round-trip");
    }
}

/// The archive reader never panics on any bytes. The trust anchor is a fixed key that signs
/// nothing, so no input verifies: the reader must still get through zstd, tar and the metadata
/// without a crash.
pub fn archive(data: &[u8]) {
    let Some(anchor) = fixed_anchor() else { return };
    let limits = small_limits();
    let version = semver::Version::new(0, 1, 0);
    let _ = crate::verify_bytes(data, anchor, Known::default(), &limits, &version);
    let _ = crate::UnsignedPack::read(data, &limits);
}

/// The index parser and verifier never panic on any bytes, and a parsed index round-trips.
pub fn index(data: &[u8]) {
    if let Some(anchor) = fixed_anchor() {
        let _ = crate::verify_index(data, anchor, None, None);
    }
    if let Ok(index) = crate::Index::parse(data) {
        let again = crate::Index::parse(&index.to_bytes());
        assert!(matches!(&again, Ok(same) if *same == index), "a parsed index must round-trip");
    }
}

/// Applying any delta to a real installed pack never panics and never yields more than the
/// limits allow.
pub fn delta(data: &[u8]) {
    let limits = small_limits();
    if let Some(base) = delta_base()
        && let Ok(pack) = crate::apply_delta(base, data, &limits)
    {
        // zstd never expands by more than a small fraction; twice the tar cap is a safe bound.
        let tar_cap = limits.max_total_bytes + 2 * limits.max_meta_bytes;
        assert!(pack.len() as u64 <= tar_cap * 2, "a delta's result must stay within the limits");
    }
}

/// The installed pack the delta target applies its input to (and the seed delta starts from).
pub fn delta_base() -> Option<&'static [u8]> {
    static BASE: std::sync::OnceLock<Option<Vec<u8>>> = std::sync::OnceLock::new();
    BASE.get_or_init(|| empty_pack(1)).as_deref()
}

/// An empty pack `default` at `version`: what the seed delta goes from and to.
pub fn empty_pack(version: u64) -> Option<Vec<u8>> {
    let title = [(mirai_core::Language::En, "Fuzz".to_owned())].into();
    let builder = crate::PackBuilder::new(
        crate::PackId::parse("default").ok()?,
        version,
        "2026-11-23".parse().ok()?,
        semver::Version::new(0, 1, 0),
        title,
        vec![mirai_core::Language::En],
    );
    builder.build(&Limits::default()).ok()?.to_pack(None, 3).ok()
}

fn small_limits() -> Limits {
    Limits { max_total_bytes: 1 << 20, max_file_bytes: 1 << 20, ..Limits::default() }
}

fn fixed_anchor() -> Option<&'static TrustAnchor> {
    static ANCHOR: std::sync::OnceLock<Option<TrustAnchor>> = std::sync::OnceLock::new();
    ANCHOR
        .get_or_init(|| {
            let root = SecretKey::from_hex(&"42".repeat(32)).ok()?;
            TrustAnchor::new(vec![root.public()], 1).ok()
        })
        .as_ref()
}
