//! Filling the search index while a pack installs.
//!
//! Cutting text into tokens costs as much as writing them, so it runs on worker threads while
//! the installing thread verifies the pack and writes to the store: articles go to the workers
//! as they come out of the pack, and their rows are written, in the pack's order, inside the
//! install transaction. Search never sees half a pack, and the store stays on one thread.

use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use mirai_pack::content::{Article, plain_text};
use mirai_search::Document;
use rusqlite::{Connection, params};

use crate::StoreError;

/// Articles waiting for a worker; bounds the memory held when the workers fall behind.
const QUEUE: usize = 32;
/// FTS5's in-memory hash before it writes a segment.
const HASH_BYTES: usize = 64 * 1024 * 1024;
/// The most worker threads, whatever the machine has.
const MAX_WORKERS: usize = 4;

/// One article in one language, ready to write.
struct Text {
    article_id: String,
    lang: String,
    title: String,
    summary: String,
    body: String,
    columns: [String; 6],
}

/// Builds the index rows of one pack's articles in the background and writes them to `conn`.
pub(crate) struct Indexer<'c> {
    conn: &'c Connection,
    pack_id: String,
    jobs: Option<SyncSender<(usize, Vec<u8>)>>,
    done: Receiver<(usize, Vec<Text>)>,
    workers: Vec<JoinHandle<()>>,
    /// Articles sent so far, and the next one to write: rows are written in the order the
    /// articles were given, so the same pack always gives the same index.
    sent: usize,
    next: usize,
    waiting: BTreeMap<usize, Vec<Text>>,
}

impl<'c> Indexer<'c> {
    /// Clears the pack's rows (in the caller's transaction) and starts the workers.
    pub(crate) fn new(conn: &'c Connection, pack_id: &str) -> Result<Indexer<'c>, StoreError> {
        conn.execute(
            "DELETE FROM search_tokens WHERE rowid IN (SELECT id FROM search_text WHERE pack_id = ?1)",
            [pack_id],
        )?;
        conn.execute("DELETE FROM search_text WHERE pack_id = ?1", [pack_id])?;
        // FTS5 writes a segment each time its in-memory hash fills (1 MB by default) and then
        // merges segments: on a large pack that merging was most of the install. A 64 MiB
        // hash (used only as far as the pack needs) wrote a 6,000-article pack in under half
        // the time (BENCHMARKS.md).
        conn.execute(
            &format!("INSERT INTO search_tokens (search_tokens, rank) VALUES ('hashsize', {HASH_BYTES})"),
            [],
        )?;
        let (jobs, queue) = sync_channel::<(usize, Vec<u8>)>(QUEUE);
        let (results, done) = std::sync::mpsc::channel();
        let queue = Arc::new(Mutex::new(queue));
        let count = std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1)).clamp(1, MAX_WORKERS);
        let workers = (0..count)
            .map(|_| {
                let (queue, results) = (Arc::clone(&queue), results.clone());
                std::thread::spawn(move || {
                    loop {
                        let job = match queue.lock() {
                            Ok(queue) => queue.recv(),
                            Err(_) => return,
                        };
                        let Ok((seq, data)) = job else { return };
                        if results.send((seq, texts(&data))).is_err() {
                            return;
                        }
                    }
                })
            })
            .collect();
        Ok(Indexer {
            conn,
            pack_id: pack_id.to_owned(),
            jobs: Some(jobs),
            done,
            workers,
            sent: 0,
            next: 0,
            waiting: BTreeMap::new(),
        })
    }

    /// Queues one article file (its bytes as verified), and writes whatever the workers have
    /// finished.
    pub(crate) fn add(&mut self, data: Vec<u8>) -> Result<(), StoreError> {
        if let Some(jobs) = &self.jobs
            && jobs.send((self.sent, data)).is_ok()
        {
            self.sent += 1;
        }
        while let Ok(finished) = self.done.try_recv() {
            self.write_ready(finished)?;
        }
        Ok(())
    }

    /// Waits for the workers and writes the remaining rows.
    pub(crate) fn finish(mut self) -> Result<(), StoreError> {
        self.jobs = None;
        while self.next < self.sent {
            let Ok(finished) = self.done.recv() else { break };
            self.write_ready(finished)?;
        }
        Ok(())
    }

    fn write_ready(&mut self, (seq, texts): (usize, Vec<Text>)) -> Result<(), StoreError> {
        self.waiting.insert(seq, texts);
        while let Some(texts) = self.waiting.remove(&self.next) {
            self.next += 1;
            for text in texts {
                self.write(text)?;
            }
        }
        Ok(())
    }

    fn write(&self, text: Text) -> Result<(), StoreError> {
        let mut text_row = self.conn.prepare_cached(
            "INSERT INTO search_text (article_id, lang, pack_id, title, summary, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        text_row.execute(params![text.article_id, text.lang, self.pack_id, text.title, text.summary, text.body])?;
        let id = self.conn.last_insert_rowid();
        let mut token_row = self.conn.prepare_cached(
            "INSERT INTO search_tokens (rowid, lang, title_words, title_chars, title_pairs, body_words, body_chars,
                 body_pairs)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let [c0, c1, c2, c3, c4, c5] = text.columns;
        token_row.execute(params![id, text.lang, c0, c1, c2, c3, c4, c5])?;
        Ok(())
    }
}

impl Drop for Indexer<'_> {
    fn drop(&mut self) {
        // Closing the queue ends the workers.
        self.jobs = None;
        for worker in self.workers.drain(..) {
            drop(worker.join());
        }
    }
}

/// The texts of one article file in each of its languages. Verified at install; an article
/// this version cannot read is simply not searchable.
fn texts(data: &[u8]) -> Vec<Text> {
    let Ok(article) = serde_json::from_slice::<Article>(data) else { return Vec::new() };
    article
        .text
        .0
        .into_iter()
        .map(|(lang, text)| {
            let (body, readings) = plain_text(&text.body);
            let indexed_body = format!("{}\n{body}\n{readings}", text.summary);
            let columns = Document::new(&text.title, &indexed_body).columns;
            Text { article_id: article.id.clone(), lang, title: text.title, summary: text.summary, body, columns }
        })
        .collect()
}

/// Rebuilds the rows of one pack's articles from its stored files, in the caller's transaction.
pub(crate) fn index_pack(conn: &Connection, pack_id: &str) -> Result<(), StoreError> {
    let mut indexer = Indexer::new(conn, pack_id)?;
    let mut stmt =
        conn.prepare("SELECT data FROM pack_file WHERE pack_id = ?1 AND path >= 'articles/' AND path < 'articles0'")?;
    let mut rows = stmt.query([pack_id])?;
    while let Some(row) = rows.next()? {
        indexer.add(row.get(0)?)?;
    }
    indexer.finish()
}

/// Whether a pack file is an article, to index.
pub(crate) fn is_article(path: &str) -> bool {
    path.starts_with("articles/")
}
