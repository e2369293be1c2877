/// Size caps applied while reading a pack, so a hostile file cannot exhaust memory or disk
/// before it is refused (decompression bombs, sizes that lie, endless data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest manifest or signature file.
    pub max_meta_bytes: u64,
    /// Largest single content file.
    pub max_file_bytes: u64,
    /// Largest total of all content files.
    pub max_total_bytes: u64,
    /// Most content files.
    pub max_files: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_meta_bytes: 4 * 1024 * 1024,
            max_file_bytes: 64 * 1024 * 1024,
            max_total_bytes: 1024 * 1024 * 1024,
            max_files: 20_000,
        }
    }
}

/// tar overhead per entry (header plus padding to a 512-byte block), for bounding the
/// decompressed stream by what the manifest declares.
pub(crate) const TAR_ENTRY_OVERHEAD: u64 = 3 * 512;
