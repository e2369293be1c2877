//! DTOs for sharing a finished self-check: the organisations the worker added and the outbox of
//! sealed submissions. No DTO here carries an answer: what is shared is shown from the check's
//! summary, and what is queued is sealed.

use mirai_store::{Organisation, OutboxItem};
use serde::Serialize;
use ts_rs::TS;

/// An organisation the worker can share with.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationDto {
    /// Its id, which is also its key's fingerprint: the worker can read it out to compare.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// A sealed submission in the outbox.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OutboxItemDto {
    /// Its number.
    #[ts(type = "number")]
    pub id: i64,
    /// The organisation's name.
    pub organisation: String,
    /// The check it came from, unless erased since.
    #[ts(type = "number | null")]
    pub result_id: Option<i64>,
    /// `queued`, `sent` or `failed`.
    pub state: String,
    /// When it was queued, in seconds since 1970.
    #[ts(type = "number")]
    pub created_at: i64,
    /// When it was delivered.
    #[ts(type = "number | null")]
    pub sent_at: Option<i64>,
    /// Why delivery failed, as an error code.
    pub error: Option<String>,
    /// Its size in bytes.
    pub size: u32,
}

impl From<&Organisation> for OrganisationDto {
    fn from(org: &Organisation) -> OrganisationDto {
        OrganisationDto { id: org.id.clone(), name: org.name.clone() }
    }
}

impl From<&OutboxItem> for OutboxItemDto {
    fn from(item: &OutboxItem) -> OutboxItemDto {
        OutboxItemDto {
            id: item.id,
            organisation: item.organisation_name.clone(),
            result_id: item.result_id,
            state: item.state.name().to_owned(),
            created_at: item.created_at,
            sent_at: item.sent_at,
            error: item.error.clone(),
            size: u32::try_from(item.size).unwrap_or(u32::MAX),
        }
    }
}

/// The TypeScript declarations of this module's DTOs.
pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![OrganisationDto::decl(cfg), OutboxItemDto::decl(cfg)]
}
