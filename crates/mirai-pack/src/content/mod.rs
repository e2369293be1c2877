//! The content schema: what may be inside a pack, by the first segment of each path.
//!
//! - `articles/<id>.json`: a portal article in every language the pack lists ([`Article`]).
//! - `directory/<id>.json`: a phone line or support organisation ([`DirectoryEntry`]).
//! - `questionnaires/<id>.json`: a self-check questionnaire ([`Questionnaire`]).
//! - `images/<name>.png|jpg|jpeg|webp`: pictures that articles refer to.
//!
//! Every file is checked when a pack is built and again when it is installed, so the app never
//! stores content it cannot show. The schema is versioned ([`SCHEMA_VERSION`], in the manifest);
//! a change that old apps cannot read raises it.

mod article;
mod body;
mod directory;
mod questionnaire;
mod text;

pub use article::{Article, ArticleText, Category, Source};
pub use body::{Block, Inline, LinkTarget, parse_body, plain_text};
pub use directory::{
    ClosedSeason, DirectoryEntry, DirectoryKind, Hours, LanguageTimes, OpeningTimes, Topic, emergency_entries,
    route_lines,
};
pub use questionnaire::{Choice, ItemKind, Phase, Questionnaire, QuestionnaireItem, Rule, Severity, YES_NO};
pub use text::{Translations, is_content_id};

use crate::{Manifest, PackError, PackPath};

/// The content schema version this code reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

const MAX_IMAGE_BYTES: usize = 2 * 1024 * 1024;

/// Checks one content file against the schema for its kind.
pub fn validate(path: &PackPath, bytes: &[u8], manifest: &Manifest) -> Result<(), PackError> {
    let invalid = |why: String| PackError::ContentInvalid { path: path.to_string(), why };
    let stem = path.as_str().rsplit('/').next().and_then(|name| name.rsplit_once('.')).map(|(stem, _)| stem);
    match (path.top(), path.as_str().matches('/').count()) {
        ("articles", 1) => {
            let article: Article = parse_json(bytes).map_err(invalid)?;
            article.check(stem, &manifest.languages).map_err(invalid)?;
            check_images(&article, manifest).map_err(invalid)
        }
        ("directory", 1) => {
            let entry: DirectoryEntry = parse_json(bytes).map_err(invalid)?;
            entry.check(stem, &manifest.languages).map_err(invalid)
        }
        ("questionnaires", 1) => {
            let questionnaire: Questionnaire = parse_json(bytes).map_err(invalid)?;
            questionnaire.check(stem, &manifest.languages).map_err(invalid)
        }
        ("images", 1) => check_image(path.as_str(), bytes).map_err(invalid),
        _ => Err(invalid("not a known kind of content".into())),
    }
}

fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    serde_json::from_slice(bytes).map_err(|e| e.to_string())
}

/// Every picture an article shows must be in the same pack: a reader never meets a hole.
fn check_images(article: &Article, manifest: &Manifest) -> Result<(), String> {
    for text in article.text.0.values() {
        for block in parse_body(&text.body) {
            if let Block::Image { name, .. } = block
                && !manifest.files.iter().any(|file| file.path.as_str() == format!("images/{name}"))
            {
                return Err(format!("image {name:?} is not in the pack"));
            }
        }
    }
    Ok(())
}

fn check_image(name: &str, bytes: &[u8]) -> Result<(), String> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err("image larger than 2 MiB".into());
    }
    let magic_ok = match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("png") => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        Some("jpg" | "jpeg") => bytes.starts_with(&[0xff, 0xd8, 0xff]),
        Some("webp") => bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP",
        _ => return Err("images must be png, jpg or webp".into()),
    };
    if magic_ok { Ok(()) } else { Err("file content does not match its extension".into()) }
}
