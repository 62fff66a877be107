//! What the interview tools need to know about the person: date of birth
//! (for the age check), and name and CGRS reference for the letter. All
//! optional; one record per vault.

use super::chronology::ApproxDate;
use super::review::LetterLanguage;
use crate::checklist::redacted_debug;
use crate::sensitive::UserText;
use crate::vault::Record;
use serde::{Deserialize, Serialize};

#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewProfile {
    #[serde(default)]
    pub name: UserText,
    /// The CGRS reference number (on CGRS letters).
    #[serde(default)]
    pub cgrs_reference: UserText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<ApproxDate>,
    /// The procedure language (on the annex 26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure_language: Option<LetterLanguage>,
}

impl Record for InterviewProfile {
    const COLLECTION: &'static str = "interview-profile";
}

redacted_debug!(InterviewProfile);
