//! Generated datasets and an independent checker of released reports.
//!
//! The checker shares no code with the crate's suppression: it recounts every group from the
//! raw submissions and tests each released report against the rules as the reliability document
//! states them.

#![allow(dead_code)]

pub mod checker;
pub mod generate;
