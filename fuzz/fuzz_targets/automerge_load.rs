//! A stored or uploaded Automerge document, loaded as the sync server loads it: through
//! `contain::load_document`, so a panic in automerge is an error (the corpus keeps the 118-byte
//! document that panics automerge 0.12.0, reliability.md §4); any other crash still is one.

#![no_main]

mod contained_panics;

libfuzzer_sys::fuzz_target!(init: contained_panics::abort_only_outside_contained(), |data: &[u8]| {
    let _ = mirai_sync::contain::load_document(data);
});
