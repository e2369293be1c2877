//! Reading the content of installed packs: articles, directory entries and questionnaires, parsed from the
//! files the install verified. When two packs have an item with the same id, the pack whose id
//! sorts first wins, so the result never depends on install order.

use mirai_pack::content::{Article, DirectoryEntry, Questionnaire};
use rusqlite::OptionalExtension;

use crate::{Store, StoreError};

impl Store {
    /// Every article of every installed pack.
    pub fn articles(&self) -> Result<Vec<Article>, StoreError> {
        self.parsed("articles")
    }

    /// The article with this id, if any installed pack has it.
    pub fn article(&self, id: &str) -> Result<Option<Article>, StoreError> {
        Ok(self.articles()?.into_iter().find(|a| a.id == id))
    }

    /// A picture that articles show, from whichever installed pack has it (`images/<name>`).
    pub fn image(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT data FROM pack_file WHERE path = ?1 ORDER BY pack_id LIMIT 1",
                [format!("images/{name}")],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Every directory entry of every installed pack.
    pub fn directory(&self) -> Result<Vec<DirectoryEntry>, StoreError> {
        self.parsed("directory")
    }

    /// The self-check questionnaire with this id, if any installed pack has it.
    pub fn questionnaire(&self, id: &str) -> Result<Option<Questionnaire>, StoreError> {
        Ok(self.parsed::<Questionnaire>("questionnaires")?.into_iter().find(|q| q.id == id))
    }

    fn parsed<T: serde::de::DeserializeOwned + HasId>(&self, kind: &str) -> Result<Vec<T>, StoreError> {
        let mut items: Vec<T> = Vec::new();
        for (pack_id, path, data) in self.pack_files(kind)? {
            // Verified at install; a file that no longer parses means a newer schema, not damage.
            let Ok(item) = serde_json::from_slice::<T>(&data) else {
                return Err(StoreError::Pack(mirai_pack::PackError::ContentInvalid {
                    path: format!("{pack_id}/{path}"),
                    why: "cannot be read by this version".into(),
                }));
            };
            if !items.iter().any(|other| other.id() == item.id()) {
                items.push(item);
            }
        }
        Ok(items)
    }
}

/// Content items are found by id.
trait HasId {
    fn id(&self) -> &str;
}

impl HasId for Article {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for DirectoryEntry {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Questionnaire {
    fn id(&self) -> &str {
        &self.id
    }
}
