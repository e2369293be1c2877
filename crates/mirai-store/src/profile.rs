use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

use mirai_core::{Date, Journey, Language, Profile};
use rusqlite::{OptionalExtension, params};

use crate::{Store, StoreError};

/// The profile as stored, with what the app needs to show it honestly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredProfile {
    /// The profile; fields that could not be read are left empty.
    pub profile: Profile,
    /// How many times the profile has been saved; 0 means never.
    pub revision: u64,
    /// Fields whose stored value this app does not recognise (written by a newer version, or
    /// damaged). The app asks the user to choose again rather than guessing.
    pub unreadable: Vec<ProfileField>,
}

/// A field of the profile, to say which one needs attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileField {
    /// The UI language.
    UiLanguage,
    /// The home country.
    HomeCountry,
    /// Where the user is on the way to Japan, and its date.
    Journey,
}

impl ProfileField {
    /// A stable code for IPC and messages.
    pub fn code(self) -> &'static str {
        match self {
            ProfileField::UiLanguage => "ui-language",
            ProfileField::HomeCountry => "home-country",
            ProfileField::Journey => "journey",
        }
    }
}

struct Row {
    ui_language: Option<String>,
    home_country: Option<String>,
    journey: String,
    journey_date: Option<String>,
    revision: i64,
}

impl Store {
    /// The saved profile, or an empty one (revision 0) before the first save.
    pub fn profile(&self) -> Result<StoredProfile, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT ui_language, home_country, journey, journey_date, revision FROM profile WHERE id = 1",
                [],
                |row| {
                    Ok(Row {
                        ui_language: row.get(0)?,
                        home_country: row.get(1)?,
                        journey: row.get(2)?,
                        journey_date: row.get(3)?,
                        revision: row.get(4)?,
                    })
                },
            )
            .optional()?;
        Ok(row.map(decode).unwrap_or(StoredProfile {
            profile: Profile::default(),
            revision: 0,
            unreadable: Vec::new(),
        }))
    }

    /// Saves the whole profile after checking it against the domain rules for `today`, and
    /// returns the new revision. One transaction: the old profile stays if anything fails.
    pub fn save_profile(&mut self, profile: &Profile, today: Date) -> Result<u64, StoreError> {
        profile.validate(today).map_err(StoreError::InvalidProfile)?;
        let (journey, journey_date) = encode_journey(profile.journey);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO profile (id, ui_language, home_country, journey, journey_date, revision, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, 1, ?5)
             ON CONFLICT (id) DO UPDATE SET
                 ui_language = excluded.ui_language,
                 home_country = excluded.home_country,
                 journey = excluded.journey,
                 journey_date = excluded.journey_date,
                 revision = profile.revision + 1,
                 updated_at = excluded.updated_at",
            params![
                profile.ui_language.map(Language::code),
                profile.home_country.map(|c| c.to_string()),
                journey,
                journey_date,
                unix_now(),
            ],
        )?;
        let revision: i64 = tx.query_row("SELECT revision FROM profile WHERE id = 1", [], |row| row.get(0))?;
        tx.commit()?;
        Ok(u64::try_from(revision).unwrap_or(0))
    }

    /// Changes only the UI language (the language picker's action), keeping the rest.
    pub fn set_ui_language(&mut self, language: Language) -> Result<u64, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO profile (id, ui_language, revision, updated_at) VALUES (1, ?1, 1, ?2)
             ON CONFLICT (id) DO UPDATE SET
                 ui_language = excluded.ui_language,
                 revision = profile.revision + 1,
                 updated_at = excluded.updated_at",
            params![language.code(), unix_now()],
        )?;
        let revision: i64 = tx.query_row("SELECT revision FROM profile WHERE id = 1", [], |row| row.get(0))?;
        tx.commit()?;
        Ok(u64::try_from(revision).unwrap_or(0))
    }
}

fn decode(row: Row) -> StoredProfile {
    let mut unreadable = Vec::new();
    let ui_language = parse_field(row.ui_language, ProfileField::UiLanguage, &mut unreadable);
    let home_country = parse_field(row.home_country, ProfileField::HomeCountry, &mut unreadable);
    let journey = decode_journey(&row.journey, row.journey_date.as_deref()).unwrap_or_else(|| {
        unreadable.push(ProfileField::Journey);
        Journey::NotSet
    });
    StoredProfile {
        profile: Profile { ui_language, home_country, journey },
        revision: u64::try_from(row.revision).unwrap_or(0),
        unreadable,
    }
}

fn parse_field<T: FromStr>(text: Option<String>, which: ProfileField, unreadable: &mut Vec<ProfileField>) -> Option<T> {
    let parsed = text?.parse().ok();
    if parsed.is_none() {
        unreadable.push(which);
    }
    parsed
}

fn encode_journey(journey: Journey) -> (&'static str, Option<String>) {
    match journey {
        Journey::NotSet => ("not-set", None),
        Journey::Preparing { departure } => ("preparing", departure.map(|d| d.to_string())),
        Journey::InJapan { arrival } => ("in-japan", arrival.map(|d| d.to_string())),
    }
}

fn decode_journey(kind: &str, date: Option<&str>) -> Option<Journey> {
    let date = match date {
        None => None,
        Some(text) => Some(text.parse::<Date>().ok()?),
    };
    match (kind, date) {
        ("not-set", None) => Some(Journey::NotSet),
        ("preparing", departure) => Some(Journey::Preparing { departure }),
        ("in-japan", arrival) => Some(Journey::InJapan { arrival }),
        _ => None,
    }
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)).unwrap_or(0)
}
