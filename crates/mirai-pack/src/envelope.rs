use serde::{Deserialize, Serialize};

use crate::{KeyId, KeysDocument, PackError, SecretKey};

/// What `mirai-pack/signature.json` holds: the root-signed keys document and the content key's
/// signature over the exact manifest bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// The keys document's exact bytes, as the roots signed them.
    pub keys_document: Vec<u8>,
    /// Root signatures over `keys_document`.
    pub root_signatures: Vec<(KeyId, [u8; 64])>,
    /// The content key that signed the manifest.
    pub key_id: KeyId,
    /// Its signature over the manifest bytes.
    pub signature: [u8; 64],
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    format_version: u32,
    keys: KeysWire,
    manifest: SignatureWire,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeysWire {
    document: String,
    signatures: Vec<SignatureWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignatureWire {
    key_id: String,
    signature: String,
}

const FORMAT: &str = "mirai-pack-signature";

impl SignatureWire {
    fn new(id: KeyId, signature: &[u8; 64]) -> SignatureWire {
        SignatureWire { key_id: id.to_string(), signature: hex::encode(signature) }
    }

    fn parse(&self) -> Result<(KeyId, [u8; 64]), PackError> {
        let mut signature = [0u8; 64];
        hex::decode_to_slice(&self.signature, &mut signature)
            .map_err(|_| PackError::ManifestInvalid("bad signature encoding".into()))?;
        Ok((KeyId::from_hex(&self.key_id)?, signature))
    }
}

impl Envelope {
    /// Parses `signature.json`.
    pub fn parse(bytes: &[u8]) -> Result<Envelope, PackError> {
        let wire: Wire =
            serde_json::from_slice(bytes).map_err(|e| PackError::ManifestInvalid(format!("signature file: {e}")))?;
        if wire.format != FORMAT || wire.format_version != crate::FORMAT_VERSION {
            return Err(PackError::ManifestInvalid("signature file: unknown format".into()));
        }
        if wire.keys.signatures.len() > 16 {
            return Err(PackError::ManifestInvalid("signature file: too many root signatures".into()));
        }
        let root_signatures = wire.keys.signatures.iter().map(SignatureWire::parse).collect::<Result<_, _>>()?;
        let (key_id, signature) = wire.manifest.parse()?;
        Ok(Envelope { keys_document: wire.keys.document.into_bytes(), root_signatures, key_id, signature })
    }

    /// The bytes of `signature.json`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let wire = Wire {
            format: FORMAT.into(),
            format_version: crate::FORMAT_VERSION,
            keys: KeysWire {
                document: String::from_utf8_lossy(&self.keys_document).into_owned(),
                signatures: self.root_signatures.iter().map(|(id, sig)| SignatureWire::new(*id, sig)).collect(),
            },
            manifest: SignatureWire::new(self.key_id, &self.signature),
        };
        serde_json::to_vec_pretty(&wire).unwrap_or_default()
    }
}

/// A keys document with root signatures, as the offline root holders produce it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedKeys {
    /// The document's bytes.
    pub document: Vec<u8>,
    /// The root signatures over them.
    pub signatures: Vec<(KeyId, [u8; 64])>,
}

/// Signs `document` with each root in `roots`.
pub fn sign_keys_document(document: &KeysDocument, roots: &[&SecretKey]) -> SignedKeys {
    let bytes = document.to_bytes();
    let signatures = roots.iter().map(|root| (root.public().id(), root.sign(&bytes))).collect();
    SignedKeys { document: bytes, signatures }
}

impl SignedKeys {
    /// The JSON form the CLI stores between signing sessions.
    pub fn to_json(&self) -> Vec<u8> {
        let wire = KeysWire {
            document: String::from_utf8_lossy(&self.document).into_owned(),
            signatures: self.signatures.iter().map(|(id, sig)| SignatureWire::new(*id, sig)).collect(),
        };
        serde_json::to_vec_pretty(&wire).unwrap_or_default()
    }

    /// Parses [`SignedKeys::to_json`].
    pub fn from_json(bytes: &[u8]) -> Result<SignedKeys, PackError> {
        let wire: KeysWire =
            serde_json::from_slice(bytes).map_err(|e| PackError::ManifestInvalid(format!("signed keys: {e}")))?;
        let signatures = wire.signatures.iter().map(SignatureWire::parse).collect::<Result<_, _>>()?;
        Ok(SignedKeys { document: wire.document.into_bytes(), signatures })
    }

    /// Adds another root's signature (roots sign one at a time, each on their own machine).
    pub fn add_signature(&mut self, root: &SecretKey) {
        self.signatures.push((root.public().id(), root.sign(&self.document)));
    }
}
