//! The worker self-check in the store: every answer is saved the moment it is given, in its own
//! transaction, so a crash or a flat battery never loses a half-filled sheet; finishing a check
//! moves its answers and findings into the history in one transaction.
//!
//! Which answers fit which question, and which findings they lead to, is decided by
//! `mirai-selfcheck` before anything reaches here; the store keeps what it is given. Answers
//! are never logged.

use mirai_selfcheck::{Answer, Answers, Phase};
use rusqlite::{Transaction, params};

use crate::packs::unix_now;
use crate::{Store, StoreError};

/// The longest id accepted for a questionnaire, a question or a rule.
const MAX_ID: usize = 80;

/// A finished self-check.
#[derive(Debug, Clone, PartialEq)]
pub struct CompletedCheck {
    /// Its number in the history.
    pub id: i64,
    /// The questionnaire's version it was answered against.
    pub questionnaire_version: u32,
    /// Which questions it asked.
    pub phase: Phase,
    /// When it was finished, in seconds since 1970 by the device's clock.
    pub completed_at: i64,
    /// The answers given.
    pub answers: Answers,
    /// The ids of the rules that held, most serious first.
    pub findings: Vec<String>,
}

impl Store {
    /// Saves the answer to question `item` of the unfinished check of `questionnaire`, or
    /// forgets it (`None`: the worker cleared it).
    pub fn save_answer(&mut self, questionnaire: &str, item: &str, answer: Option<&Answer>) -> Result<(), StoreError> {
        check_ids(&[questionnaire, item])?;
        let tx = self.conn.transaction()?;
        match answer {
            Some(answer) => {
                tx.execute(
                    "INSERT INTO selfcheck_answer (questionnaire_id, item_id, answer, answered_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (questionnaire_id, item_id) DO UPDATE SET answer = excluded.answer,
                         answered_at = excluded.answered_at",
                    params![questionnaire, item, to_json(answer)?, unix_now()],
                )?;
            }
            None => {
                tx.execute(
                    "DELETE FROM selfcheck_answer WHERE questionnaire_id = ?1 AND item_id = ?2",
                    params![questionnaire, item],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The answers given so far in the unfinished check of `questionnaire`. An answer this
    /// version cannot read (written by a newer one) is left out, as if not yet given.
    pub fn draft_answers(&self, questionnaire: &str) -> Result<Answers, StoreError> {
        let mut stmt =
            self.conn.prepare_cached("SELECT item_id, answer FROM selfcheck_answer WHERE questionnaire_id = ?1")?;
        let rows = stmt.query_map([questionnaire], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?;
        let mut answers = Answers::new();
        for row in rows {
            let (item, json) = row?;
            if let Ok(answer) = serde_json::from_str(&json) {
                answers.insert(item, answer);
            }
        }
        Ok(answers)
    }

    /// Finishes the check of `questionnaire`: its answers (`answers`, which the caller read
    /// and checked) and `findings` go into the history, the worker earns `points`, and the
    /// unfinished check is emptied, in one transaction. Returns the check's number in the
    /// history.
    pub fn complete_check(
        &mut self,
        questionnaire: &str,
        version: u32,
        phase: Phase,
        answers: &Answers,
        findings: &[String],
        points: u32,
    ) -> Result<i64, StoreError> {
        check_ids(&[questionnaire])?;
        check_ids(&findings.iter().map(String::as_str).collect::<Vec<_>>())?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO selfcheck_result (questionnaire_id, questionnaire_version, phase, completed_at, answers, findings)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![questionnaire, version, phase.name(), unix_now(), to_json(answers)?, to_json(findings)?],
        )?;
        let id = tx.last_insert_rowid();
        if points > 0 {
            tx.execute(
                "INSERT INTO points (reason, points, earned_at) VALUES ('self-check', ?1, ?2)",
                params![points, unix_now()],
            )?;
        }
        clear_draft(&tx, questionnaire)?;
        tx.commit()?;
        Ok(id)
    }

    /// The finished checks of `questionnaire`, the newest first. A check this version cannot
    /// read is left out.
    pub fn check_history(&self, questionnaire: &str) -> Result<Vec<CompletedCheck>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, questionnaire_version, phase, completed_at, answers, findings FROM selfcheck_result
             WHERE questionnaire_id = ?1 ORDER BY completed_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([questionnaire], |row| {
            let phase = Phase::from_name(&row.get::<_, String>(2)?);
            let texts = (row.get::<_, String>(4)?, row.get::<_, String>(5)?);
            Ok((row.get::<_, i64>(0)?, row.get::<_, u32>(1)?, phase, row.get::<_, i64>(3)?, texts))
        })?;
        let mut checks = Vec::new();
        for row in rows {
            let (id, questionnaire_version, phase, completed_at, (answers, findings)) = row?;
            let read = (phase, serde_json::from_str(&answers), serde_json::from_str(&findings));
            if let (Some(phase), Ok(answers), Ok(findings)) = read {
                checks.push(CompletedCheck { id, questionnaire_version, phase, completed_at, answers, findings });
            }
        }
        Ok(checks)
    }

    /// Records that the article of week `week` (its Monday) was read to the end and grants
    /// `points`, in one transaction, unless this week's were earned already. Returns whether
    /// they were earned now.
    pub fn earn_weekly_article(&mut self, week: &str, article: &str, points: u32) -> Result<bool, StoreError> {
        check_ids(&[article])?;
        let tx = self.conn.transaction()?;
        let new = tx.execute(
            "INSERT INTO weekly_article (week, article_id, read_at) VALUES (?1, ?2, ?3) ON CONFLICT (week) DO NOTHING",
            params![week, article, unix_now()],
        )?;
        if new > 0 && points > 0 {
            tx.execute(
                "INSERT INTO points (reason, points, earned_at) VALUES ('article-of-the-week', ?1, ?2)",
                params![points, unix_now()],
            )?;
        }
        tx.commit()?;
        Ok(new > 0)
    }

    /// Whether the article of week `week` was read to the end already.
    pub fn weekly_article_read(&self, week: &str) -> Result<bool, StoreError> {
        let found: i64 =
            self.conn.query_row("SELECT count(*) FROM weekly_article WHERE week = ?1", [week], |row| row.get(0))?;
        Ok(found > 0)
    }

    /// All the points earned. Erasing a check does not take its points back.
    pub fn points_total(&self) -> Result<u64, StoreError> {
        let total: i64 = self.conn.query_row("SELECT coalesce(sum(points), 0) FROM points", [], |row| row.get(0))?;
        Ok(u64::try_from(total).unwrap_or(0))
    }

    /// Forgets a finished check; the worker may erase any of their answers. A sealed copy
    /// already in the outbox stays (it cannot be read here anyway). Returns whether it existed.
    pub fn delete_check(&mut self, id: i64) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let removed = tx.execute("DELETE FROM selfcheck_result WHERE id = ?1", [id])?;
        tx.execute("UPDATE outbox SET result_id = NULL WHERE result_id = ?1", [id])?;
        tx.commit()?;
        Ok(removed > 0)
    }

    /// Forgets the unfinished check of `questionnaire` (the worker starts again).
    pub fn discard_draft(&mut self, questionnaire: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        clear_draft(&tx, questionnaire)?;
        tx.commit()?;
        Ok(())
    }
}

fn clear_draft(tx: &Transaction<'_>, questionnaire: &str) -> Result<(), StoreError> {
    tx.execute("DELETE FROM selfcheck_answer WHERE questionnaire_id = ?1", [questionnaire])?;
    Ok(())
}

/// Ids come from the UI and from packs; anything that is not a short content id is refused
/// before it reaches the database.
fn check_ids(ids: &[&str]) -> Result<(), StoreError> {
    let fits = |id: &&str| {
        !id.is_empty()
            && id.len() <= MAX_ID
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    match ids.iter().find(|id| !fits(id)) {
        Some(_) => Err(StoreError::InvalidInput("self-check id")),
        None => Ok(()),
    }
}

fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|_| StoreError::InvalidInput("self-check answer"))
}
