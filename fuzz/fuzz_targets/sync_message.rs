//! A sync message from a peer, received into the server's copy of a realistic document, then the
//! reply generated and the document saved, as the server does for every `sync` it lets through.
//! Only what the server's access gate lets through gets that far (`Frame::carries_changes`
//! vets the message: no implausible Bloom filters, no bundle chunks). Runs inside
//! `contain::contained` like the server: a panic there is caught and the document quarantined,
//! so it is no crash here; a panic outside it, or any other crash, still is.

#![no_main]

mod contained_panics;
mod realistic_doc;

use std::sync::OnceLock;

use automerge::Automerge;
use automerge::sync::{self, SyncDoc};
use mirai_sync::contain;

/// Built once: rebuilding it for every input would take most of each run.
fn server_copy() -> &'static Automerge {
    static DOC: OnceLock<Automerge> = OnceLock::new();
    DOC.get_or_init(|| realistic_doc::realistic_document().expect("the realistic document builds"))
}

libfuzzer_sys::fuzz_target!(
    init: {
        contained_panics::abort_only_outside_contained();
        server_copy();
    },
    |data: &[u8]| {
        let frame = mirai_sync::frame::Frame {
            kind: mirai_sync::frame::Kind::Sync,
            sender_id: None,
            target_id: None,
            document_id: None,
            data: Some(data.to_vec()),
        };
        if frame.carries_changes().is_err() {
            return;
        }
        let Ok(Ok(message)) = contain::contained(|| sync::Message::decode(data)) else {
            return;
        };
        let mut doc = server_copy().clone();
        let _ = contain::contained(move || {
            let mut state = sync::State::new();
            // samod-core logs a refused message and goes on with the same document and state.
            let _ = doc.receive_sync_message(&mut state, message);
            let _ = doc.generate_sync_message(&mut state).map(sync::Message::encode);
            doc.save()
        });
    }
);
