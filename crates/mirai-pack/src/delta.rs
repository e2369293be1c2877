//! Deltas between two versions of a pack: the new pack's tar, zstd-compressed with the old
//! pack's tar as a prefix (what `zstd --patch-from` does). The result of applying a delta is
//! verified like any downloaded pack, so a delta needs no signature of its own.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::archive;
use crate::builder::UnsignedPack;
use crate::{Limits, PackError};

const MAGIC: &[u8; 8] = b"MIRAIDL1";
const MAX_HEADER: usize = 64 * 1024;

/// What a delta turns into what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeltaHeader {
    /// The pack.
    pub pack_id: String,
    /// The version it applies to.
    pub from_version: u64,
    /// SHA-256 of that version's manifest, hex: the base must be exactly this.
    pub from_manifest_sha256: String,
    /// The version it produces.
    pub to_version: u64,
    /// Size of the new pack's tar.
    pub to_tar_size: u64,
    /// SHA-256 of the new pack's tar, hex.
    pub to_tar_sha256: String,
}

/// A parsed delta file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delta {
    /// What it applies to and produces.
    pub header: DeltaHeader,
    body_start: usize,
}

impl Delta {
    /// Reads a delta file's header.
    pub fn parse(bytes: &[u8]) -> Result<Delta, PackError> {
        let bad = |why: &str| PackError::WrongBase(why.to_owned());
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(bad("not a delta file"));
        }
        let len = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize;
        if len > MAX_HEADER || bytes.len() < 12 + len {
            return Err(bad("bad delta header"));
        }
        let header: DeltaHeader = serde_json::from_slice(&bytes[12..12 + len]).map_err(|_| bad("bad delta header"))?;
        Ok(Delta { header, body_start: 12 + len })
    }
}

fn window_log(size: usize) -> u32 {
    let needed = usize::BITS - size.max(1).leading_zeros() + 1;
    needed.clamp(20, 31)
}

/// Makes a delta from `old` to `new` (both pack files). Publishing-side: inputs are trusted.
pub fn make_delta(old: &[u8], new: &[u8], level: i32, limits: &Limits) -> Result<Vec<u8>, PackError> {
    let old_pack = UnsignedPack::read(old, limits)?;
    let new_pack = UnsignedPack::read(new, limits)?;
    let old_tar = archive::decompress(old, UnsignedPack::tar_bound(&old_pack.manifest))?;
    let new_tar = archive::decompress(new, UnsignedPack::tar_bound(&new_pack.manifest))?;
    let header = DeltaHeader {
        pack_id: new_pack.manifest.pack_id.to_string(),
        from_version: old_pack.manifest.version,
        from_manifest_sha256: hex::encode(Sha256::digest(old_pack.manifest_bytes())),
        to_version: new_pack.manifest.version,
        to_tar_size: new_tar.len() as u64,
        to_tar_sha256: hex::encode(Sha256::digest(&new_tar)),
    };
    let header_bytes = serde_json::to_vec(&header).map_err(|e| PackError::Malformed(e.to_string()))?;
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(header_bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(&header_bytes);
    let mut encoder = zstd::stream::write::Encoder::with_ref_prefix(out, level, &old_tar)?;
    encoder.window_log(window_log(old_tar.len().max(new_tar.len())))?;
    encoder.long_distance_matching(true)?;
    encoder.set_pledged_src_size(Some(new_tar.len() as u64))?;
    encoder.write_all(&new_tar)?;
    Ok(encoder.finish()?)
}

/// Applies `delta` to the installed pack file `old`, giving the new pack file. The caller then
/// verifies the result in full, as for any downloaded pack.
pub fn apply_delta(old: &[u8], delta: &[u8], limits: &Limits) -> Result<Vec<u8>, PackError> {
    let parsed = Delta::parse(delta)?;
    let header = &parsed.header;
    let old_pack = UnsignedPack::read(old, limits)?;
    if old_pack.manifest.pack_id.as_str() != header.pack_id
        || old_pack.manifest.version != header.from_version
        || hex::encode(Sha256::digest(old_pack.manifest_bytes())) != header.from_manifest_sha256
    {
        return Err(PackError::WrongBase("the delta is for another version".into()));
    }
    let max_tar = limits.max_total_bytes + 2 * limits.max_meta_bytes;
    if header.to_tar_size > max_tar {
        return Err(PackError::TooLarge("delta result".into()));
    }
    let old_tar = archive::decompress(old, UnsignedPack::tar_bound(&old_pack.manifest))?;
    let mut decoder = zstd::stream::read::Decoder::with_ref_prefix(&delta[parsed.body_start..], &old_tar)?;
    decoder.window_log_max(window_log(old_tar.len().max(header.to_tar_size as usize)))?;
    let mut new_tar = Vec::new();
    decoder.take(header.to_tar_size + 1).read_to_end(&mut new_tar).map_err(|e| PackError::WrongBase(e.to_string()))?;
    if new_tar.len() as u64 != header.to_tar_size || hex::encode(Sha256::digest(&new_tar)) != header.to_tar_sha256 {
        return Err(PackError::WrongBase("the delta does not rebuild the announced pack".into()));
    }
    archive::compress(&new_tar, 3)
}
