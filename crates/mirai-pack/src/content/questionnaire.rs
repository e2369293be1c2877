use mirai_core::Language;
use serde::{Deserialize, Serialize};

use super::text::{Translations, check_id, check_text};

/// A self-check questionnaire as a pack carries it. The engine that asks it and turns answers
/// into findings comes with the self-check; this schema fixes what every item must have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable id, equal to the file name.
    pub id: String,
    /// The questionnaire's own version, bumped when items change.
    pub version: u32,
    /// Its title in each language.
    pub title: Translations<String>,
    /// The questions, in order.
    pub items: Vec<QuestionnaireItem>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireItem {
    /// Stable id within the questionnaire.
    pub id: String,
    /// The question in each language.
    pub label: Translations<String>,
    /// The law and article behind the question, e.g. `TITA Art. 48(1)`.
    pub legal_basis: String,
}

impl Questionnaire {
    pub(crate) fn check(&self, stem: Option<&str>, languages: &[Language]) -> Result<(), String> {
        check_id(&self.id, stem)?;
        self.title.check("title", languages)?;
        if self.items.is_empty() {
            return Err("a questionnaire needs items".into());
        }
        for (i, item) in self.items.iter().enumerate() {
            check_id(&item.id, Some(&item.id))?;
            if self.items[..i].iter().any(|other| other.id == item.id) {
                return Err(format!("item {} appears twice", item.id));
            }
            item.label.check(&format!("item {}", item.id), languages)?;
            for text in item.label.0.values() {
                check_text("label", text, 500)?;
            }
            check_text("legal basis", &item.legal_basis, 200)?;
        }
        Ok(())
    }
}
