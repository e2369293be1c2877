//! `GET /packs/{file}`: content packs, deltas and the signed index as static files, resumable.
//!
//! A client continues a broken download with `Range: bytes=N-` and `If-Range: <validator>`; it
//! gets a 206 with the rest when the file is unchanged and a full 200 when it changed (RFC 9110
//! §13.1.5, §14). The validator is a strong ETag built from the file's size and modification
//! time, and the Last-Modified date also works. `HEAD` comes with axum's GET routing.
//!
//! Only plain names directly in the packs folder are served: no subfolders, no dotfiles, no
//! `..`, nothing outside `[A-Za-z0-9._-]`; anything else is a 404, like a missing file. A
//! symlink the operator put in the folder is followed: the folder's content is the operator's.
//! Deliberately absent: listings, compression (packs are zstd already), multi-range answers (a
//! multi-range request gets the whole file, which RFC 9110 allows), and `If-None-Match` caching
//! (the app fetches a pack once and keeps it).

use std::io::SeekFrom;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::header::{
    ACCEPT_RANGES, CONTENT_LENGTH, CONTENT_RANGE, CONTENT_TYPE, ETAG, IF_RANGE, LAST_MODIFIED, RANGE,
};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::fs::File;
use tokio::io::{AsyncReadExt, AsyncSeekExt};

use crate::error::AppError;
use crate::state::AppState;

/// Longest file name served; longer names are refused without touching the disk.
const MAX_NAME_LEN: usize = 255;

/// Bytes read from disk per body chunk.
const CHUNK: usize = 64 * 1024;

/// Serves one file from the packs folder, whole or from a byte range.
pub(crate) async fn pack_file(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let Some(dir) = state.packs_dir() else { return Ok(StatusCode::NOT_FOUND.into_response()) };
    if !is_plain_name(&name) {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    let path = dir.join(&name);
    let mut file = match File::open(&path).await {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(StatusCode::NOT_FOUND.into_response()),
        Err(err) => return Err(AppError::PackRead(err)),
    };
    let meta = file.metadata().await.map_err(AppError::PackRead)?;
    if !meta.is_file() {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    let len = meta.len();
    let modified = meta.modified().ok();
    let validators = Validators {
        etag: modified.map(|at| strong_etag(len, at)),
        last_modified: modified.map(httpdate::fmt_http_date),
    };

    let wanted = match headers.get(RANGE).and_then(|value| value.to_str().ok()) {
        Some(range) if headers.get(IF_RANGE).is_none_or(|value| validators.matches(value)) => parse_range(range, len),
        _ => Wanted::Whole,
    };

    let mut response_headers = HeaderMap::new();
    response_headers.insert(ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    let content_type = if name.ends_with(".json") { "application/json" } else { "application/octet-stream" };
    response_headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(etag) = validators.etag.clone() {
        insert_text(&mut response_headers, ETAG, etag);
    }
    if let Some(date) = validators.last_modified.clone() {
        insert_text(&mut response_headers, LAST_MODIFIED, date);
    }
    let (status, body) = match wanted {
        Wanted::Whole => {
            response_headers.insert(CONTENT_LENGTH, HeaderValue::from(len));
            (StatusCode::OK, file_body(file, len))
        }
        Wanted::Part { start, end } => {
            file.seek(SeekFrom::Start(start)).await.map_err(AppError::PackRead)?;
            let count = end - start + 1;
            response_headers.insert(CONTENT_LENGTH, HeaderValue::from(count));
            insert_text(&mut response_headers, CONTENT_RANGE, format!("bytes {start}-{end}/{len}"));
            (StatusCode::PARTIAL_CONTENT, file_body(file, count))
        }
        Wanted::Unsatisfiable => {
            insert_text(&mut response_headers, CONTENT_RANGE, format!("bytes */{len}"));
            (StatusCode::RANGE_NOT_SATISFIABLE, Body::empty())
        }
    };
    Ok((status, response_headers, body).into_response())
}

/// Streams `count` bytes of `file` from its current position.
fn file_body(file: File, count: u64) -> Body {
    let chunks = futures_util::stream::try_unfold(file.take(count), |mut reader| async move {
        let mut buf = vec![0; CHUNK];
        let n = reader.read(&mut buf).await?;
        buf.truncate(n);
        Ok::<_, std::io::Error>((n > 0).then(|| (Bytes::from(buf), reader)))
    });
    Body::from_stream(chunks)
}

/// Inserts a header built from digits, hex and an HTTP date, which are always valid values.
fn insert_text(headers: &mut HeaderMap, name: HeaderName, text: String) {
    if let Ok(value) = HeaderValue::try_from(text) {
        headers.insert(name, value);
    }
}

/// A name that can only mean a file directly in the packs folder.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && !name.starts_with('.')
        && name.bytes().all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-' | b'_'))
}

/// The file's current validators.
struct Validators {
    etag: Option<String>,
    last_modified: Option<String>,
}

impl Validators {
    /// Whether an `If-Range` value names the file as it is now: the exact strong ETag, or the
    /// exact Last-Modified date. A weak ETag never matches.
    fn matches(&self, if_range: &HeaderValue) -> bool {
        let Ok(value) = if_range.to_str() else { return false };
        if value.starts_with('"') {
            self.etag.as_deref() == Some(value)
        } else {
            !value.starts_with("W/") && self.last_modified.as_deref() == Some(value)
        }
    }
}

/// Size and modification time in nanoseconds, in hex. Packs are published by writing a new file
/// and renaming it into place, which gives it a new modification time, so a changed file gets a
/// new ETag even when its size is unchanged.
fn strong_etag(len: u64, modified: SystemTime) -> String {
    let nanos = modified.duration_since(UNIX_EPOCH).map_or(0, |since| since.as_nanos());
    format!("\"{len:x}-{nanos:x}\"")
}

/// What part of the file a request gets.
#[derive(Debug, PartialEq, Eq)]
enum Wanted {
    /// The whole file, 200.
    Whole,
    /// Bytes `start..=end`, 206.
    Part { start: u64, end: u64 },
    /// A range that starts past the end, 416.
    Unsatisfiable,
}

/// Reads a `Range` header. Anything but a single well-formed byte range is ignored, which
/// RFC 9110 §14.2 allows, and the whole file is sent.
fn parse_range(value: &str, len: u64) -> Wanted {
    let Some(spec) = value.trim().strip_prefix("bytes=") else { return Wanted::Whole };
    if spec.contains(',') {
        return Wanted::Whole;
    }
    let Some((first, last)) = spec.split_once('-') else { return Wanted::Whole };
    let (first, last) = (first.trim(), last.trim());
    if first.is_empty() {
        // `bytes=-N`: the last N bytes.
        return match last.parse::<u64>() {
            Ok(0) => Wanted::Unsatisfiable,
            Ok(_) if len == 0 => Wanted::Unsatisfiable,
            Ok(suffix) => Wanted::Part { start: len.saturating_sub(suffix), end: len - 1 },
            Err(_) => Wanted::Whole,
        };
    }
    let Ok(start) = first.parse::<u64>() else { return Wanted::Whole };
    let end = if last.is_empty() {
        u64::MAX
    } else {
        match last.parse::<u64>() {
            Ok(end) if end >= start => end,
            _ => return Wanted::Whole,
        }
    };
    if start >= len { Wanted::Unsatisfiable } else { Wanted::Part { start, end: end.min(len - 1) } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_only() {
        for good in ["index.json", "jp-basics-3.mpk", "a_b.delta"] {
            assert!(is_plain_name(good), "{good}");
        }
        for bad in ["", ".env", "..", "../sync.sqlite3", "a/b", "a\\b", "a b", "ü.mpk", "a%2Fb", &"a".repeat(256)] {
            assert!(!is_plain_name(bad), "{bad}");
        }
    }

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-", 10), Wanted::Part { start: 0, end: 9 });
        assert_eq!(parse_range("bytes=4-", 10), Wanted::Part { start: 4, end: 9 });
        assert_eq!(parse_range("bytes=4-5", 10), Wanted::Part { start: 4, end: 5 });
        assert_eq!(parse_range("bytes=4-100", 10), Wanted::Part { start: 4, end: 9 });
        assert_eq!(parse_range("bytes=-3", 10), Wanted::Part { start: 7, end: 9 });
        assert_eq!(parse_range("bytes=-30", 10), Wanted::Part { start: 0, end: 9 });
        assert_eq!(parse_range("bytes=10-", 10), Wanted::Unsatisfiable);
        assert_eq!(parse_range("bytes=-0", 10), Wanted::Unsatisfiable);
        assert_eq!(parse_range("bytes=0-", 0), Wanted::Unsatisfiable);
        for ignored in ["bytes=5-4", "bytes=0-1,3-4", "items=0-1", "bytes=a-", "bytes=1", "bytes=--1"] {
            assert_eq!(parse_range(ignored, 10), Wanted::Whole, "{ignored}");
        }
    }

    #[test]
    fn if_range_needs_the_exact_strong_validator() {
        let validators =
            Validators { etag: Some("\"a-1\"".into()), last_modified: Some("Tue, 01 Jul 2025 10:00:00 GMT".into()) };
        let matches = |value: &'static str| validators.matches(&HeaderValue::from_static(value));
        assert!(matches("\"a-1\""));
        assert!(matches("Tue, 01 Jul 2025 10:00:00 GMT"));
        assert!(!matches("W/\"a-1\""));
        assert!(!matches("\"a-2\""));
        assert!(!matches("Tue, 01 Jul 2025 10:00:01 GMT"));
    }
}
