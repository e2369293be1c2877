//! IPC commands, grouped by area. Each is a few lines: parse arguments, call a crate, convert.

pub mod content;
pub mod emergency;
pub mod lines;
pub mod packs;
pub mod print;
pub mod profile;
pub mod reading;
pub mod selfcheck;
pub mod session;
pub mod settings;
pub mod sharing;
pub mod sync;
pub mod updates;
