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

/// The archive reader never panics on any bytes. The trust anchor is a fresh key, so nothing
/// can verify: the reader must still get through zstd, tar and the metadata without a crash.
pub fn archive(data: &[u8]) {
    let Ok(root) = SecretKey::generate() else { return };
    let Ok(anchor) = TrustAnchor::new(vec![root.public()], 1) else { return };
    let limits = Limits { max_total_bytes: 1 << 20, max_file_bytes: 1 << 20, ..Limits::default() };
    let version = semver::Version::new(0, 1, 0);
    let _ = crate::verify_bytes(data, &anchor, Known::default(), &limits, &version);
    let _ = crate::UnsignedPack::read(data, &limits);
}
