//! Keys, content and packs for the tests: a trust anchor of three roots (threshold two), a
//! content key, and random but schema-valid content in two languages.

#![allow(dead_code)]

use std::collections::BTreeMap;

use mirai_core::Language;
use mirai_pack::{
    Envelope, KeysDocument, Limits, PackBuilder, PackId, PackPath, SecretKey, SignedKeys, TrustAnchor, UnsignedPack,
    sign_keys_document,
};

/// A small, seedable random source, so a failing case can be replayed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn text(&mut self, words: usize) -> String {
        const WORDS: [&str; 12] = [
            "rent",
            "nhà ở",
            "在留カード",
            "လုပ်ခ",
            "salário",
            "trabajo",
            "sahod",
            "gaji",
            "工资",
            "{日本|にほん}",
            "help",
            "call",
        ];
        (0..words.max(1)).map(|_| WORDS[self.below(WORDS.len())]).collect::<Vec<_>>().join(" ")
    }
}

pub struct World {
    pub roots: Vec<SecretKey>,
    pub anchor: TrustAnchor,
    pub content_key: SecretKey,
    pub keys: SignedKeys,
}

impl World {
    pub fn new() -> World {
        let roots: Vec<SecretKey> = (0..3).map(|_| SecretKey::generate().expect("random")).collect();
        let anchor = TrustAnchor::new(roots.iter().map(SecretKey::public).collect(), 2).expect("anchor");
        let content_key = SecretKey::generate().expect("random");
        let keys = keys_document(&roots[..2], 1, &[&content_key]);
        World { roots, anchor, content_key, keys }
    }
}

pub fn keys_document(roots: &[SecretKey], version: u64, keys: &[&SecretKey]) -> SignedKeys {
    let document = KeysDocument {
        version,
        expires: "2030-01-01".parse().expect("date"),
        keys: keys.iter().map(|k| k.public()).collect(),
    };
    let signers: Vec<&SecretKey> = roots.iter().collect();
    sign_keys_document(&document, &signers)
}

pub const LANGS: [Language; 2] = [Language::En, Language::Vi];

/// A schema-valid pack with random content.
pub fn content(rng: &mut Rng, pack_id: &str, version: u64) -> UnsignedPack {
    let title: BTreeMap<Language, String> = LANGS.iter().map(|l| (*l, format!("Pack {pack_id}"))).collect();
    let mut builder = PackBuilder::new(
        PackId::parse(pack_id).expect("id"),
        version,
        "2026-11-01".parse().expect("date"),
        semver::Version::new(0, 1, 0),
        title,
        LANGS.to_vec(),
    );
    for i in 0..1 + rng.below(4) {
        let id = format!("article-{i}");
        let text: BTreeMap<&str, serde_json::Value> = LANGS
            .iter()
            .map(|l| {
                let words = 20 + rng.below(200);
                (l.code(), serde_json::json!({ "title": rng.text(3), "summary": rng.text(8), "body": rng.text(words) }))
            })
            .collect();
        let article = serde_json::json!({
            "id": id, "category": "living", "reviewed": "2026-11-01",
            "sources": [{ "title": "Immigration Services Agency", "url": "https://www.moj.go.jp/isa/" }],
            "text": text,
        });
        builder.add(path(&format!("articles/{id}.json")), serde_json::to_vec(&article).expect("json")).expect("add");
    }
    let names: BTreeMap<&str, &str> = LANGS.iter().map(|l| (l.code(), "Police")).collect();
    let entry = serde_json::json!({
        "id": "police", "kind": "emergency", "phone": "110", "name": names, "description": names,
        "languages": ["ja"], "hours": "always", "free": true,
        "source": { "title": "National Police Agency", "url": "https://www.npa.go.jp/" }, "reviewed": "2026-11-01",
    });
    builder.add(path("directory/police.json"), serde_json::to_vec(&entry).expect("json")).expect("add");
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend((0..rng.below(4000)).map(|_| rng.next() as u8));
    builder.add(path("images/picture.png"), png).expect("add");
    builder.build(&Limits::default()).expect("valid content")
}

pub fn path(text: &str) -> PackPath {
    PackPath::parse(text).expect("path")
}

/// A signed pack file.
pub fn signed(world: &World, pack: &UnsignedPack) -> Vec<u8> {
    let envelope = pack.sign(&world.keys, &world.content_key);
    pack.to_pack(Some(&envelope), 3).expect("pack")
}

pub fn envelope_with(world: &World, pack: &UnsignedPack, keys: &SignedKeys, key: &SecretKey) -> Envelope {
    let _ = world;
    pack.sign(keys, key)
}

/// A tar entry as raw header bytes and data, for building damaged archives.
pub struct RawEntry {
    pub header: [u8; 512],
    pub data: Vec<u8>,
}

/// Splits an uncompressed tar into entries (stops at the end blocks).
pub fn split_tar(tar: &[u8]) -> Vec<RawEntry> {
    let mut entries = Vec::new();
    let mut at = 0;
    while at + 512 <= tar.len() {
        let mut header = [0u8; 512];
        header.copy_from_slice(&tar[at..at + 512]);
        if header.iter().all(|b| *b == 0) {
            break;
        }
        let size_field = std::str::from_utf8(&header[124..136]).expect("size").trim_matches(|c| c == '\0' || c == ' ');
        let size = usize::from_str_radix(size_field, 8).expect("octal size");
        let data = tar[at + 512..at + 512 + size].to_vec();
        at += 512 + size.div_ceil(512) * 512;
        entries.push(RawEntry { header, data });
    }
    entries
}

/// Joins entries back into a tar, fixing sizes and checksums unless told not to.
pub fn join_tar(entries: &[RawEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in entries {
        out.extend_from_slice(&entry.header);
        out.extend_from_slice(&entry.data);
        out.resize(out.len().div_ceil(512) * 512, 0);
    }
    out.resize(out.len() + 1024, 0);
    out
}

/// Sets a raw header's name field (no validation, as an attacker would) and fixes its checksum.
pub fn set_name(header: &mut [u8; 512], name: &str) {
    header[..100].fill(0);
    header[..name.len()].copy_from_slice(name.as_bytes());
    header[345..500].fill(0);
    fix_checksum(header);
}

pub fn set_size(header: &mut [u8; 512], size: u64) {
    let text = format!("{size:011o}\0");
    header[124..136].copy_from_slice(text.as_bytes());
    fix_checksum(header);
}

pub fn set_type(header: &mut [u8; 512], kind: u8) {
    header[156] = kind;
    fix_checksum(header);
}

pub fn fix_checksum(header: &mut [u8; 512]) {
    header[148..156].fill(b' ');
    let sum: u32 = header.iter().map(|b| u32::from(*b)).sum();
    let text = format!("{sum:06o}\0 ");
    header[148..156].copy_from_slice(text.as_bytes());
}

pub fn compress(tar: &[u8]) -> Vec<u8> {
    zstd::encode_all(tar, 3).expect("compress")
}

pub fn decompress(pack: &[u8]) -> Vec<u8> {
    zstd::decode_all(pack).expect("decompress")
}
