//! A WebSocket frame from a peer, read by the sync server's access gate before samod-core sees
//! it; for a `request` or `sync`, also the check of whether its sync message writes.

#![no_main]

mod contained_panics;

use mirai_sync::frame;

libfuzzer_sys::fuzz_target!(init: contained_panics::abort_only_outside_contained(), |data: &[u8]| {
    if let Ok(frame) = frame::decode(data) {
        let _ = frame.carries_changes();
    }
});
