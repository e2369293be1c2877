//! Reading and writing the container: a zstd-compressed tar whose decompressed size is
//! bounded, step by step, by what the pack has declared so far.

use std::cell::Cell;
use std::io::{self, Read, Write};
use std::rc::Rc;

use crate::PackError;

/// The largest zstd window a pack may use (128 MiB): a frame asking for more is refused
/// rather than allowed to allocate it.
const MAX_WINDOW_LOG: u32 = 27;

/// How many more decompressed bytes may be read, and whether that was ever exceeded.
#[derive(Clone)]
pub(crate) struct Budget {
    remaining: Rc<Cell<u64>>,
    exceeded: Rc<Cell<bool>>,
}

impl Budget {
    pub(crate) fn new(bytes: u64) -> Budget {
        Budget { remaining: Rc::new(Cell::new(bytes)), exceeded: Rc::new(Cell::new(false)) }
    }

    /// Allows `bytes` more, once the manifest has declared them.
    pub(crate) fn grant(&self, bytes: u64) {
        self.remaining.set(self.remaining.get().saturating_add(bytes));
    }

    pub(crate) fn exceeded(&self) -> bool {
        self.exceeded.get()
    }
}

/// A reader that stops at the budget instead of decompressing without end.
pub(crate) struct Bounded<R> {
    inner: R,
    budget: Budget,
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let remaining = self.budget.remaining.get();
        if remaining == 0 {
            // Only an error if there is more to read.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => {
                    self.budget.exceeded.set(true);
                    Err(io::Error::other("decompressed size exceeds what the pack declares"))
                }
            };
        }
        let len = buf.len().min(usize::try_from(remaining).unwrap_or(usize::MAX));
        let read = self.inner.read(&mut buf[..len])?;
        self.budget.remaining.set(remaining - read as u64);
        Ok(read)
    }
}

/// The decompressed stream of a pack, bounded by `budget`.
pub(crate) fn open<'a, R: Read + 'a>(input: R, budget: &Budget) -> Result<Bounded<impl Read + 'a>, PackError> {
    let mut decoder = zstd::stream::read::Decoder::new(input).map_err(|e| PackError::Malformed(e.to_string()))?;
    decoder.window_log_max(MAX_WINDOW_LOG).map_err(|e| PackError::Malformed(e.to_string()))?;
    Ok(Bounded { inner: decoder, budget: budget.clone() })
}

/// Compresses a tar stream into a pack file.
pub(crate) fn compress(tar: &[u8], level: i32) -> Result<Vec<u8>, PackError> {
    let mut encoder = zstd::stream::write::Encoder::new(Vec::new(), level)?;
    encoder.include_checksum(true)?;
    encoder.set_pledged_src_size(Some(tar.len() as u64))?;
    encoder.write_all(tar)?;
    Ok(encoder.finish()?)
}

/// Decompresses a whole pack into its tar bytes, at most `max` bytes (for deltas).
pub(crate) fn decompress(pack: &[u8], max: u64) -> Result<Vec<u8>, PackError> {
    let budget = Budget::new(max);
    let mut out = Vec::new();
    let result = open(pack, &budget)?.read_to_end(&mut out);
    if budget.exceeded() {
        return Err(PackError::TooLarge("decompressed pack".into()));
    }
    result.map_err(|e| PackError::Malformed(e.to_string()))?;
    Ok(out)
}

/// A tar header for a regular file, with fixed metadata so the same content always gives the
/// same bytes (reproducible packs, small deltas).
pub(crate) fn append(builder: &mut tar::Builder<Vec<u8>>, path: &str, bytes: &[u8]) -> Result<(), PackError> {
    let mut header = tar::Header::new_ustar();
    header.set_entry_type(tar::EntryType::Regular);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_uid(0);
    header.set_gid(0);
    header.set_size(bytes.len() as u64);
    header.set_path(path).map_err(|e| PackError::BadPath(format!("{path}: {e}")))?;
    header.set_cksum();
    builder.append(&header, bytes)?;
    Ok(())
}
