//! A self-check questionnaire's JSON and the XLSForm expressions in it, as a pack carries them.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mirai_pack::fuzzing::questionnaire(data));
