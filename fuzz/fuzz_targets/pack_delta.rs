//! A delta from a server, applied to an installed pack as the app does before verifying the result.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mirai_pack::fuzzing::delta(data));
