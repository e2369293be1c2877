//! Sharing packs as one file: a plain tar of pack files, for handing everything installed on one
//! phone to another (USB stick, SD card, file transfer). Each pack inside is verified on its
//! own when imported; the bundle itself carries no trust.

use std::io::Read;

use crate::PackError;

const MAX_PACKS: usize = 64;
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// A bundle of the given pack files.
pub fn write_bundle(packs: &[(String, Vec<u8>)]) -> Result<Vec<u8>, PackError> {
    let mut tar = tar::Builder::new(Vec::new());
    for (name, bytes) in packs {
        crate::archive::append(&mut tar, name, bytes)?;
    }
    Ok(tar.into_inner()?)
}

/// The pack files in `bytes`: the file itself if it is a single pack, or the packs of a bundle,
/// with at most `max_total` bytes in all.
pub fn split_bundle(bytes: &[u8], max_total: u64) -> Result<Vec<Vec<u8>>, PackError> {
    if bytes.starts_with(&ZSTD_MAGIC) {
        return Ok(vec![bytes.to_vec()]);
    }
    if bytes.len() < 512 || &bytes[257..262] != b"ustar" {
        return Err(PackError::Malformed("neither a pack nor a bundle of packs".into()));
    }
    let mut packs = Vec::new();
    let mut total = 0u64;
    let mut archive = tar::Archive::new(bytes);
    for entry in archive.entries().map_err(|e| PackError::Malformed(e.to_string()))? {
        let mut entry = entry.map_err(|e| PackError::Malformed(e.to_string()))?;
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        if !matches!(entry.header().entry_type(), tar::EntryType::Regular) {
            return Err(PackError::NotARegularFile(name));
        }
        let size = entry.header().size().map_err(|e| PackError::Malformed(e.to_string()))?;
        total = total.saturating_add(size);
        if packs.len() == MAX_PACKS || total > max_total {
            return Err(PackError::TooLarge("bundle".into()));
        }
        let mut pack = Vec::new();
        (&mut entry).take(size).read_to_end(&mut pack)?;
        packs.push(pack);
    }
    Ok(packs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundles_round_trip_and_single_packs_pass_through() {
        let a = [ZSTD_MAGIC.as_slice(), b"pack a"].concat();
        let b = [ZSTD_MAGIC.as_slice(), b"pack b"].concat();
        let bundle = write_bundle(&[("a.mpk".into(), a.clone()), ("b.mpk".into(), b.clone())]).expect("bundle");
        assert_eq!(split_bundle(&bundle, 1 << 20).expect("split"), vec![a.clone(), b]);
        assert_eq!(split_bundle(&a, 1 << 20).expect("single"), vec![a]);
        assert!(split_bundle(b"hello", 1 << 20).is_err());
        assert!(matches!(split_bundle(&bundle, 4), Err(PackError::TooLarge(_))));
    }
}
