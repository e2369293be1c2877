//! What sharing a self-check reads from outside: an organisation's code as pasted, a sealed
//! submission as an organisation receives it, and an opened submission's JSON. Whatever parses
//! must read back the same after being written again.

#![no_main]

use mirai_seal::{OrgCode, SecretKey, open};
use mirai_selfcheck::Submission;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(code) = std::str::from_utf8(data).map(OrgCode::parse) {
        if let Ok(code) = code {
            assert_eq!(OrgCode::parse(&code.to_string()), Ok(code));
        }
    }
    if let Ok(key) = SecretKey::from_bytes(&[7; 32]) {
        let _ = open(&key, "worker-self-check", data);
    }
    if let Ok(submission) = Submission::from_json(data) {
        assert_eq!(Submission::from_json(&submission.to_json()), Ok(submission));
    }
});
