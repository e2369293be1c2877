//! The panic hook the Automerge targets run under: a panic inside `mirai_sync::contain::contained`
//! is caught there, as on the server, so it must not abort; any other panic still aborts, which is
//! how libFuzzer sees a crash.

/// Wraps libfuzzer-sys's hook, which aborts before unwinding (so `catch_unwind` would never get
/// the chance), to stay silent for contained panics. Call once, from the target's `init`.
pub fn abort_only_outside_contained() {
    let abort = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !mirai_sync::contain::is_contained() {
            abort(info);
        }
    }));
}
