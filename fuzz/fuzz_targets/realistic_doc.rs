//! The document the `sync_message` target receives into, and its seeds are made against: a small
//! worker's record with a map, a list and marked text, written by two devices and merged. Fixed
//! actor ids and timestamps make it the same bytes on every run, so the seeds' changes apply to it.
//! (`crates/mirai-sync/tests/contain.rs` includes this file to write and check those seeds.)

use automerge::marks::{ExpandMark, Mark};
use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, Automerge, AutomergeError, ObjType, ROOT, ReadDoc};

/// The server's copy: one device created the record, a second edited it concurrently, merged.
pub fn realistic_document() -> Result<Automerge, AutomergeError> {
    let mut phone = Automerge::new().with_actor(ActorId::from([0x11; 16]));
    phone
        .transact_with::<_, _, AutomergeError, _>(
            |_| CommitOptions::default().with_time(1_767_225_600),
            |tx| {
                let profile = tx.put_object(ROOT, "profile", ObjType::Map)?;
                tx.put(&profile, "name", "Nguyen Thi Lan")?;
                tx.put(&profile, "country", "VN")?;
                tx.put(&profile, "arrived", 2024_i64)?;
                let answers = tx.put_object(ROOT, "answers", ObjType::List)?;
                tx.insert(&answers, 0, "yes")?;
                tx.insert(&answers, 1, 3_i64)?;
                tx.insert(&answers, 2, true)?;
                let note = tx.put_object(ROOT, "note", ObjType::Text)?;
                tx.splice_text(&note, 0, 0, "Overtime unpaid since March. 残業代が未払い。")?;
                Ok(())
            },
        )
        .map_err(|failure| failure.error)?;

    let mut laptop = phone.fork().with_actor(ActorId::from([0x22; 16]));
    laptop
        .transact_with::<_, _, AutomergeError, _>(
            |_| CommitOptions::default().with_time(1_767_229_200),
            |tx| {
                let (_, note) = tx.get(ROOT, "note")?.ok_or(AutomergeError::Fail)?;
                tx.mark(&note, Mark::new("bold".into(), true, 0, 8), ExpandMark::After)?;
                tx.splice_text(&note, 0, 0, "Urgent: ")?;
                let (_, answers) = tx.get(ROOT, "answers")?.ok_or(AutomergeError::Fail)?;
                tx.delete(&answers, 1)?;
                Ok(())
            },
        )
        .map_err(|failure| failure.error)?;
    phone
        .transact_with::<_, _, AutomergeError, _>(
            |_| CommitOptions::default().with_time(1_767_232_800),
            |tx| {
                let (_, profile) = tx.get(ROOT, "profile")?.ok_or(AutomergeError::Fail)?;
                tx.put(&profile, "city", "Hamamatsu")?;
                Ok(())
            },
        )
        .map_err(|failure| failure.error)?;
    phone.merge(&mut laptop)?;
    Ok(phone)
}
