use std::io::Read;

use sha2::{Digest, Sha256};

use crate::archive::{self, Budget};
use crate::limits::TAR_ENTRY_OVERHEAD;
use crate::{Envelope, KeysDocument, Limits, Manifest, PackError, PackId, PackPath, TrustAnchor};

const MANIFEST_ENTRY: &str = "mirai-pack/manifest.json";
const SIGNATURE_ENTRY: &str = "mirai-pack/signature.json";
const CONTENT_PREFIX: &str = "content/";

/// The version and manifest SHA-256 the app accepted for a pack id, if any.
pub type AcceptedLookup<'a> = &'a dyn Fn(&PackId) -> Option<(u64, [u8; 32])>;

/// What the app already trusts, from earlier installs: the newest keys document it accepted,
/// and, per pack id, the version and manifest hash it accepted (a lookup, because the pack id
/// is only known once the signed manifest has been read).
#[derive(Clone, Copy)]
pub struct Known<'a> {
    /// Bytes of the newest keys document accepted so far.
    pub keys_document: Option<&'a [u8]>,
    /// The accepted version of a pack and the SHA-256 of its manifest.
    pub accepted: AcceptedLookup<'a>,
}

impl Default for Known<'_> {
    fn default() -> Self {
        Known { keys_document: None, accepted: &|_| None }
    }
}

/// A content file that has passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedFile {
    /// Its path (without the `content/` prefix).
    pub path: PackPath,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// A pack that passed verification completely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The manifest.
    pub manifest: Manifest,
    /// The manifest's exact bytes.
    pub manifest_bytes: Vec<u8>,
    /// Their SHA-256, which rollback and equivocation checks compare.
    pub manifest_sha256: [u8; 32],
    /// The keys document in force after this pack: the pack's own if newer than the known one.
    pub keys_document: Vec<u8>,
    /// That document's version.
    pub keys_version: u64,
}

/// Verification failed: the pack was refused, or the consumer of its files failed.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError<E> {
    /// The pack was refused.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// The function given the verified files returned an error.
    #[error("consumer failed")]
    Sink(E),
}

/// Verifies a pack read from `input` and hands each content file, with the verified manifest,
/// to `sink` once that file has passed its checks. The trust chain, the signature, the manifest and the rollback rules are
/// all checked before the first content byte is read; a caller that writes files into a
/// transaction and commits only when this returns `Ok` never exposes a partial pack.
pub fn verify<R: Read, E>(
    input: R,
    anchor: &TrustAnchor,
    known: Known<'_>,
    limits: &Limits,
    app_version: &semver::Version,
    mut sink: impl FnMut(&Manifest, VerifiedFile) -> Result<(), E>,
) -> Result<Verified, VerifyError<E>> {
    let budget = Budget::new(2 * (limits.max_meta_bytes + TAR_ENTRY_OVERHEAD));
    let stream = archive::open(input, &budget)?;
    let mut tar = tar::Archive::new(stream);
    let outcome = (|| {
        let mut entries = tar.entries().map_err(|e| PackError::Malformed(e.to_string()))?;
        let manifest_bytes = read_named(entries.next(), MANIFEST_ENTRY, limits.max_meta_bytes)?;
        let signature_bytes = read_named(entries.next(), SIGNATURE_ENTRY, limits.max_meta_bytes)?;

        let envelope = Envelope::parse(&signature_bytes)?;
        let (keys_document, keys) = effective_keys(&envelope, anchor, known)?;
        let key = match keys.key(envelope.key_id) {
            Some(key) => key,
            None if KeysDocument::parse(&envelope.keys_document)
                .is_ok_and(|own| own.key(envelope.key_id).is_some()) =>
            {
                return Err(PackError::RevokedKey.into());
            }
            None => return Err(PackError::UnknownKey.into()),
        };
        if !key.verifies(&manifest_bytes, &envelope.signature) {
            return Err(PackError::BadSignature.into());
        }
        let manifest = Manifest::parse(&manifest_bytes, limits)?;
        if manifest.min_app_version > *app_version {
            return Err(PackError::NeedsNewerApp(manifest.min_app_version.to_string()).into());
        }
        let manifest_sha256: [u8; 32] = Sha256::digest(&manifest_bytes).into();
        match (known.accepted)(&manifest.pack_id) {
            Some((accepted, _)) if manifest.version < accepted => {
                return Err(PackError::Rollback { accepted, offered: manifest.version }.into());
            }
            Some((accepted, hash)) if manifest.version == accepted => {
                return Err(if hash == manifest_sha256 {
                    PackError::AlreadyInstalled
                } else {
                    PackError::Equivocation
                }
                .into());
            }
            _ => {}
        }

        // Now the content may be read, up to what the signed manifest declares.
        budget.grant(manifest.content_bytes() + (manifest.files.len() as u64 + 4) * TAR_ENTRY_OVERHEAD + 10240);
        for (index, file) in manifest.files.iter().enumerate() {
            let Some(entry) = entries.next() else { return Err(PackError::MissingFile(file.path.to_string()).into()) };
            let mut entry = entry.map_err(|e| PackError::Malformed(e.to_string()))?;
            let name = entry_path(&entry)?;
            if name != format!("{CONTENT_PREFIX}{}", file.path) {
                // A file listed further on means this one was left out; anything else is extra.
                let later = manifest.files[index..].iter().any(|f| name == format!("{CONTENT_PREFIX}{}", f.path));
                return Err(if later {
                    PackError::MissingFile(file.path.to_string())
                } else {
                    PackError::UnexpectedFile(name)
                }
                .into());
            }
            if entry.header().size().ok() != Some(file.size) {
                return Err(PackError::FileMismatch(file.path.to_string()).into());
            }
            let mut bytes = Vec::with_capacity(usize::try_from(file.size).unwrap_or(0));
            (&mut entry).take(file.size + 1).read_to_end(&mut bytes).map_err(PackError::Io)?;
            if bytes.len() as u64 != file.size || <[u8; 32]>::from(Sha256::digest(&bytes)) != file.sha256 {
                return Err(PackError::FileMismatch(file.path.to_string()).into());
            }
            crate::content::validate(&file.path, &bytes, &manifest)?;
            sink(&manifest, VerifiedFile { path: file.path.clone(), bytes }).map_err(VerifyError::Sink)?;
        }
        if let Some(extra) = entries.next() {
            let name = extra.ok().and_then(|e| entry_path(&e).ok()).unwrap_or_else(|| "?".into());
            return Err(PackError::UnexpectedFile(name).into());
        }
        Ok(Verified { manifest_bytes, manifest_sha256, keys_version: keys.version, keys_document, manifest })
    })();
    // Read to the very end, so that zstd checks its frame checksum and no byte of the file
    // goes unchecked: after the archive there may only be zero padding.
    let outcome = outcome.and_then(|verified| {
        let mut tail = Vec::new();
        tar.into_inner().read_to_end(&mut tail).map_err(|e| PackError::Malformed(e.to_string()))?;
        if tail.iter().any(|b| *b != 0) {
            return Err(PackError::UnexpectedFile("data after the end of the archive".into()).into());
        }
        Ok(verified)
    });
    match outcome {
        Err(VerifyError::Pack(_)) if budget.exceeded() => Err(PackError::TooLarge("decompressed data".into()).into()),
        other => other,
    }
}

/// [`verify`] over bytes in memory, collecting the files.
pub fn verify_bytes(
    pack: &[u8],
    anchor: &TrustAnchor,
    known: Known<'_>,
    limits: &Limits,
    app_version: &semver::Version,
) -> Result<(Verified, Vec<VerifiedFile>), PackError> {
    let mut files = Vec::new();
    let verified = verify(pack, anchor, known, limits, app_version, |_, file| {
        files.push(file);
        Ok::<(), std::convert::Infallible>(())
    })
    .map_err(|e| match e {
        VerifyError::Pack(e) => e,
        VerifyError::Sink(never) => match never {},
    })?;
    Ok((verified, files))
}

/// The keys document to trust: the pack's own when it is root-signed and not older than the
/// known one, otherwise the known one (which may have revoked the pack's key).
pub(crate) fn effective_keys(
    envelope: &Envelope,
    anchor: &TrustAnchor,
    known: Known<'_>,
) -> Result<(Vec<u8>, KeysDocument), PackError> {
    if anchor.count_signers(&envelope.keys_document, &envelope.root_signatures) < anchor.threshold() {
        return Err(PackError::KeysNotTrusted);
    }
    let own = KeysDocument::parse(&envelope.keys_document)?;
    let Some(known_bytes) = known.keys_document else {
        return Ok((envelope.keys_document.clone(), own));
    };
    let known_doc = KeysDocument::parse(known_bytes)?;
    if own.version > known_doc.version {
        Ok((envelope.keys_document.clone(), own))
    } else if own.version == known_doc.version && envelope.keys_document != known_bytes {
        // Two different documents with one version: the roots' own equivocation.
        Err(PackError::Equivocation)
    } else {
        Ok((known_bytes.to_vec(), known_doc))
    }
}

fn entry_path<R: Read>(entry: &tar::Entry<'_, R>) -> Result<String, PackError> {
    let bytes = entry.path_bytes();
    let name = std::str::from_utf8(&bytes).map_err(|_| PackError::BadPath("non-UTF-8 path".into()))?.to_owned();
    if !matches!(entry.header().entry_type(), tar::EntryType::Regular) {
        return Err(PackError::NotARegularFile(name));
    }
    if name != MANIFEST_ENTRY && name != SIGNATURE_ENTRY {
        let inner = name.strip_prefix(CONTENT_PREFIX).ok_or_else(|| PackError::BadPath(name.clone()))?;
        PackPath::parse(inner)?;
    }
    Ok(name)
}

fn read_named<R: Read>(
    entry: Option<std::io::Result<tar::Entry<'_, R>>>,
    expected: &str,
    max: u64,
) -> Result<Vec<u8>, PackError> {
    let mut entry = entry
        .ok_or_else(|| PackError::Malformed(format!("no {expected}")))?
        .map_err(|e| PackError::Malformed(e.to_string()))?;
    let name = entry_path(&entry)?;
    if name != expected {
        return Err(PackError::Malformed(format!("expected {expected}, found {name}")));
    }
    if entry.header().size().map_err(|e| PackError::Malformed(e.to_string()))? > max {
        return Err(PackError::TooLarge(expected.into()));
    }
    let mut bytes = Vec::new();
    (&mut entry).take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(PackError::TooLarge(expected.into()));
    }
    Ok(bytes)
}
