//! The key file beside the database: bytes anyone holding the phone could edit.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mirai_keys::fuzzing::key_file(data));
