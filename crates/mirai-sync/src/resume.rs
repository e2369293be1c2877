//! Resuming sync after a reconnect without a full Bloom-filter exchange.
//!
//! Automerge's per-peer sync state has one durable part, the heads both sides are known to
//! share; a fresh state claims none, so its first message carries a Bloom filter of every change
//! in the document (about 1.25 bytes each) and the peer answers against all of it. samod-core
//! keeps sync states inside its document actors and starts each connection fresh, but it reports
//! every peer's shared heads ([`samod_core::network::PeerDocState::shared_heads`]). The engine
//! stores them per (document, peer) in the same batch as the document, and when a new
//! connection's first `sync` message for a document claims no shared heads, it rewrites that
//! message's `have` to start from the stored ones: the filter then covers only the changes made
//! since, and the peer sends only what is newer. A peer that no longer has those heads (its data
//! was restored from an older backup, say) answers with Automerge's reset, and the exchange
//! continues from nothing, as it would have anyway.

use automerge::sync::{BloomFilter, Have, Message};
use automerge::{Automerge, ChangeHash, ReadDoc};
use samod_core::{DocumentId, PeerId, StorageKey};

use crate::contain;
use crate::frame;

/// Where the shared heads of `document` with `peer` are stored; `None` for a peer id that
/// cannot be part of a key (samod-core refuses `/` in a key component).
pub(crate) fn key(document: &DocumentId, peer: &PeerId) -> Option<StorageKey> {
    StorageKey::from_parts(["mirai-shared-heads", &document.to_string(), peer.as_str()]).ok()
}

/// Heads as stored: their 32-byte hashes, one after the other.
pub(crate) fn encode(heads: &[ChangeHash]) -> Vec<u8> {
    heads.iter().flat_map(|head| head.0).collect()
}

/// Stored heads read back; anything that is not whole hashes reads as none.
pub(crate) fn decode(bytes: &[u8]) -> Vec<ChangeHash> {
    if !bytes.len().is_multiple_of(32) {
        return Vec::new();
    }
    bytes.chunks_exact(32).filter_map(|hash| ChangeHash::try_from(hash).ok()).collect()
}

/// `frame` (the first `sync` frame samod-core made for a connection and a document, whose sync
/// message is `data`) with that message resumed from `shared`, or `None` to send it as it is:
/// the message already claims shared heads, or none of `shared` is in `doc` any more.
pub(crate) fn resumed(frame: &[u8], data: &[u8], doc: &Automerge, shared: &[ChangeHash]) -> Option<Vec<u8>> {
    let mut message = contain::contained(|| Message::decode(data).ok()).ok().flatten()?;
    let [Have { last_sync, .. }] = message.have.as_slice() else { return None };
    if !last_sync.is_empty() {
        return None;
    }
    let known: Vec<ChangeHash> = shared.iter().filter(|hash| doc.get_change_by_hash(hash).is_some()).copied().collect();
    if known.is_empty() {
        return None;
    }
    let since = contain::contained(|| {
        let changes = doc.get_changes(&known);
        BloomFilter::from_hashes(changes.iter().map(|change| change.hash()))
    })
    .ok()?;
    message.have = vec![Have { last_sync: known, bloom: since }];
    frame::replace_data(frame, &message.encode()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::transaction::Transactable;
    use automerge::{ROOT, sync::SyncDoc};

    fn doc_with(edits: usize) -> Automerge {
        let mut doc = Automerge::new();
        for n in 0..edits {
            doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, "n", n as i64)).expect("edit");
        }
        doc
    }

    /// [`resumed`] on a frame, as the engine calls it.
    fn resume(frame: &[u8], doc: &Automerge, shared: &[ChangeHash]) -> Option<Vec<u8>> {
        resumed(frame, frame::decode(frame).ok()?.data.as_deref()?, doc, shared)
    }

    /// A `sync` frame as samod-core writes one, around `data`.
    fn sync_frame(data: &[u8]) -> Vec<u8> {
        let mut frame = Vec::new();
        minicbor::Encoder::new(&mut frame)
            .map(5)
            .and_then(|e| e.str("type"))
            .and_then(|e| e.str("sync"))
            .and_then(|e| e.str("senderId"))
            .and_then(|e| e.str("a"))
            .and_then(|e| e.str("targetId"))
            .and_then(|e| e.str("b"))
            .and_then(|e| e.str("documentId"))
            .and_then(|e| e.str(&DocumentId::new(&mut rand::rng()).to_string()))
            .and_then(|e| e.str("data"))
            .and_then(|e| e.bytes(data))
            .expect("fields");
        frame
    }

    #[test]
    fn stored_heads_read_back_and_damaged_ones_read_as_none() {
        let heads = doc_with(3).get_heads();
        assert_eq!(decode(&encode(&heads)), heads);
        assert!(decode(&[1; 33]).is_empty());
    }

    #[test]
    fn a_fresh_first_message_is_resumed_from_the_shared_heads_and_then_costs_only_what_is_new() {
        let mut doc = doc_with(2000);
        let shared = doc.get_heads();
        doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, "new", true)).expect("edit");
        let fresh = doc.generate_sync_message(&mut automerge::sync::State::new()).expect("a first message");
        let frame = sync_frame(&fresh.clone().encode());

        let rewritten = resume(&frame, &doc, &shared).expect("resumed");
        assert!(rewritten.len() * 10 < frame.len(), "{} bytes resumed, {} fresh", rewritten.len(), frame.len());
        let message = Message::decode(frame::decode(&rewritten).expect("still a frame").data.as_deref().expect("data"))
            .expect("a sync message");
        assert_eq!(message.have[0].last_sync, shared);
        assert_eq!((&message.heads, &message.need), (&fresh.heads, &fresh.need));

        // The peer holding the shared heads has nothing to send back, and then gets exactly
        // the one change it lacks.
        let mut peer = Automerge::new();
        peer.apply_changes(doc.get_changes(&[]).into_iter().take(2000)).expect("the older copy");
        let mut peer_state = automerge::sync::State::new();
        peer.receive_sync_message(&mut peer_state, message).expect("understood");
        let reply = peer.generate_sync_message(&mut peer_state).expect("a reply");
        assert!(reply.changes.is_empty(), "the peer resends nothing we have");
        let mut our_state = automerge::sync::State::new();
        let _ = doc.generate_sync_message(&mut our_state);
        doc.receive_sync_message(&mut our_state, reply).expect("understood");
        let next = doc.generate_sync_message(&mut our_state).expect("the new change");
        peer.receive_sync_message(&mut peer_state, next).expect("applied");
        assert_eq!(peer.get_heads(), doc.get_heads());

        assert!(resume(&frame, &doc, &[ChangeHash([7; 32])]).is_none(), "heads this document lacks are ignored");
    }

    #[test]
    fn only_a_message_that_claims_nothing_shared_is_rewritten() {
        let doc = doc_with(10);
        let mut state = automerge::sync::State::new();
        let first = doc.generate_sync_message(&mut state).expect("first");
        let mut later = first.clone();
        later.have = vec![Have { last_sync: doc.get_heads(), bloom: BloomFilter::default() }];
        assert!(resume(&sync_frame(&later.encode()), &doc, &doc.get_heads()).is_none());
        assert!(resume(&sync_frame(&first.encode()), &doc, &doc.get_heads()).is_some());
    }
}
