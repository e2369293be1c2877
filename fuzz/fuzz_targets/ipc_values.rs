//! Strings that arrive from the UI over IPC: language and country codes, dates, text sizes.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mirai_core::fuzzing::ipc_values(data));
