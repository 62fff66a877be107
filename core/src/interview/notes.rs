//! Notes per interview topic, in the user's own words. Passage stores them
//! exactly as written and never rewrites them.

use super::topics::Topic;
use crate::checklist::redacted_debug;
use crate::sensitive::UserText;
use crate::vault::{Record, RecordId};
use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewNote {
    pub topic: Topic,
    pub text: UserText,
}

impl Record for InterviewNote {
    const COLLECTION: &'static str = "interview-notes";
}

pub type NoteId = RecordId<InterviewNote>;

redacted_debug!(InterviewNote);
