//! The cap on one document's stored size.
//!
//! Frames are capped at 1 MiB and documents per account at 10,000, but a peer may still write
//! to one document until the disk is full, one allowed frame at a time. The engine counts each
//! loaded document's stored chunks (samod-core's snapshots and incremental changes, as written,
//! loaded and compacted) and, once a document is over the cap, refuses frames that would add
//! to it and local changes to it; it can still be read and synced out. The cap is soft by at
//! most one frame or change: the write that crosses it is kept.

use std::collections::{HashMap, HashSet};

use samod_core::io::{StorageResult, StorageTask};
use samod_core::{DocumentId, StorageKey};

/// The most bytes a document may take in storage before writes to it are refused: far above
/// anything the app writes (a shared self-check is a few kilobytes), far below a full disk.
pub const MAX_DOCUMENT_BYTES: usize = 32 * 1024 * 1024;

/// The stored size of each loaded document, chunk by chunk.
pub(crate) struct StoredSizes {
    cap: usize,
    chunks: HashMap<DocumentId, HashMap<StorageKey, usize>>,
    full: HashSet<DocumentId>,
}

impl StoredSizes {
    /// Sizes checked against `cap` bytes per document.
    pub(crate) fn new(cap: usize) -> StoredSizes {
        StoredSizes { cap, chunks: HashMap::new(), full: HashSet::new() }
    }

    /// Accounts for a storage task `document` ran, once `result` says it was done.
    pub(crate) fn record(&mut self, document: &DocumentId, task: &StorageTask, result: &StorageResult) {
        let chunks = self.chunks.entry(document.clone()).or_default();
        match (task, result) {
            (StorageTask::Put { key, value }, _) => {
                chunks.insert(key.clone(), value.len());
            }
            (StorageTask::Delete { key }, _) => {
                chunks.remove(key);
            }
            (StorageTask::Load { key }, StorageResult::Load { value: Some(value) }) => {
                chunks.insert(key.clone(), value.len());
            }
            (StorageTask::LoadRange { .. }, StorageResult::LoadRange { values }) => {
                chunks.extend(values.iter().map(|(key, value)| (key.clone(), value.len())));
            }
            _ => {}
        }
        if chunks.values().sum::<usize>() > self.cap {
            if self.full.insert(document.clone()) {
                tracing::warn!("a document is over its size cap; writes to it are refused");
            }
        } else {
            self.full.remove(document);
        }
    }

    /// Whether writes to `document` are refused.
    pub(crate) fn is_full(&self, document: &DocumentId) -> bool {
        self.full.contains(document)
    }

    /// Whether any loaded document is over the cap (when none is, frames need not be read).
    pub(crate) fn any_full(&self) -> bool {
        !self.full.is_empty()
    }

    /// Forgets a document no longer loaded.
    pub(crate) fn forget(&mut self, document: &DocumentId) {
        self.chunks.remove(document);
        self.full.remove(document);
    }

    /// Forgets everything (the engine reloads from storage).
    pub(crate) fn clear(&mut self) {
        self.chunks.clear();
        self.full.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> StorageKey {
        StorageKey::from_parts(["doc", name]).expect("key")
    }

    #[test]
    fn a_document_is_full_past_the_cap_and_free_again_once_compacted_below_it() {
        let document = DocumentId::new(&mut rand::rng());
        let mut sizes = StoredSizes::new(100);
        let put = |name: &str, len: usize| StorageTask::Put { key: key(name), value: vec![0; len] };
        sizes.record(&document, &put("a", 60), &StorageResult::Put);
        assert!(!sizes.is_full(&document));
        sizes.record(&document, &put("b", 60), &StorageResult::Put);
        assert!(sizes.is_full(&document) && sizes.any_full());
        // A snapshot replaces both chunks.
        sizes.record(&document, &put("snapshot", 50), &StorageResult::Put);
        sizes.record(&document, &StorageTask::Delete { key: key("a") }, &StorageResult::Delete);
        sizes.record(&document, &StorageTask::Delete { key: key("b") }, &StorageResult::Delete);
        assert!(!sizes.is_full(&document));
        let loaded = [(key("x"), vec![0; 101])].into_iter().collect();
        let range = StorageTask::LoadRange { prefix: StorageKey::from_parts(["doc"]).expect("prefix") };
        sizes.record(&document, &range, &StorageResult::LoadRange { values: loaded });
        assert!(sizes.is_full(&document));
        sizes.forget(&document);
        assert!(!sizes.any_full());
    }
}
