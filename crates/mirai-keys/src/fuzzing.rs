//! Checks shared by the fuzz target and the corpus replay test, so both run the same property.

use crate::KeyFile;

/// Parsing arbitrary bytes never panics, and a parsed key file round-trips unchanged.
pub fn key_file(data: &[u8]) {
    if let Ok(file) = KeyFile::parse(data) {
        let again = KeyFile::parse(&file.to_bytes());
        assert!(matches!(&again, Ok(same) if *same == file), "a parsed key file must round-trip");
    }
}
