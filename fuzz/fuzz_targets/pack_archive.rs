//! A whole pack file from a USB stick or a download: zstd, tar, metadata, content.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mirai_pack::fuzzing::archive(data));
