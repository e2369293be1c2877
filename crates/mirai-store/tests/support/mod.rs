//! Packs for the store's tests: a trust anchor of two roots (threshold two), a content key,
//! and packs with one directory entry and `n` articles in English and Vietnamese.

#![allow(dead_code)]

use std::collections::BTreeMap;

use mirai_core::Language;
use mirai_pack::{
    KeysDocument, Limits, PackBuilder, PackId, PackPath, SecretKey, SignedKeys, TrustAnchor, sign_keys_document,
};
use mirai_store::PackTrust;

pub struct Keys {
    pub roots: Vec<SecretKey>,
    pub content: SecretKey,
    pub signed: SignedKeys,
    pub trust: PackTrust,
}

impl Keys {
    pub fn new() -> Keys {
        let roots: Vec<SecretKey> = (0..2).map(|_| SecretKey::generate().expect("random")).collect();
        let content = SecretKey::generate().expect("random");
        let document =
            KeysDocument { version: 1, expires: "2030-01-01".parse().expect("date"), keys: vec![content.public()] };
        let signed = sign_keys_document(&document, &roots.iter().collect::<Vec<_>>());
        let anchor = TrustAnchor::new(roots.iter().map(SecretKey::public).collect(), 2).expect("anchor");
        let trust = PackTrust { anchor, app_version: semver::Version::new(0, 1, 0), limits: Limits::default() };
        Keys { roots, content, signed, trust }
    }

    /// A signed pack `id` at `version` whose articles say `word`.
    pub fn pack(&self, id: &str, version: u64, articles: usize, word: &str) -> Vec<u8> {
        let langs = [Language::En, Language::Vi];
        let title: BTreeMap<Language, String> = langs.iter().map(|l| (*l, format!("{id} v{version}"))).collect();
        let mut builder = PackBuilder::new(
            PackId::parse(id).expect("id"),
            version,
            "2026-11-01".parse().expect("date"),
            semver::Version::new(0, 1, 0),
            title,
            langs.to_vec(),
        );
        for i in 0..articles {
            let text: BTreeMap<&str, serde_json::Value> = langs
                .iter()
                .map(|l| (l.code(), serde_json::json!({"title": format!("{word} {i}"), "summary": word, "body": format!("{word} {i} {}", "x ".repeat(200))})))
                .collect();
            let article = serde_json::json!({
                "id": format!("a{i}"), "category": "living", "reviewed": "2026-11-01",
                "sources": [{"title": "ISA", "url": "https://www.moj.go.jp/isa/"}], "text": text,
            });
            builder
                .add(
                    PackPath::parse(&format!("articles/a{i}.json")).expect("path"),
                    serde_json::to_vec(&article).expect("json"),
                )
                .expect("add");
        }
        let unsigned = builder.build(&Limits::default()).expect("valid");
        unsigned.to_pack(Some(&unsigned.sign(&self.signed, &self.content)), 3).expect("pack")
    }
}
