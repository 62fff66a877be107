//! Questions the user wants to ask their lawyer.

use crate::checklist::redacted_debug;
use crate::sensitive::UserText;
use crate::vault::{Record, RecordId};
use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LawyerQuestion {
    pub question: UserText,
    #[serde(default)]
    pub answered: bool,
    /// What the lawyer said, in the user's words.
    #[serde(default)]
    pub answer: UserText,
}

impl Record for LawyerQuestion {
    const COLLECTION: &'static str = "interview-lawyer-questions";
}

pub type LawyerQuestionId = RecordId<LawyerQuestion>;

redacted_debug!(LawyerQuestion);
