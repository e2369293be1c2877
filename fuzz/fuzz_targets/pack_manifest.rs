//! A pack's manifest, parsed as the app parses it (after its signature; here without one, so
//! the fuzzer reaches the parser).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mirai_pack::fuzzing::manifest(data));
