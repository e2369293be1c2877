//! A server's signed index, verified and parsed as the app does before trusting it.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mirai_pack::fuzzing::index(data));
