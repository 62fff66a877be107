//! Things to tell the protection officer (seeds 000 and 001): problems with
//! the interpreter, a break, health, a trusted person, a preference for a
//! female or male officer or interpreter.

use crate::checklist::id_enum;
use crate::checklist::redacted_debug;
use crate::sensitive::UserText;
use crate::vault::{Record, RecordId};
use serde::{Deserialize, Serialize};

id_enum! {
    /// What the request to the officer is about.
    OfficerRequestKind, "kind" {
        InterpreterProblem = "interpreter-problem",
        NeedBreak = "need-a-break",
        Health = "health",
        TrustedPerson = "trusted-person",
        OfficerGender = "officer-gender",
        InterpreterGender = "interpreter-gender",
        Other = "other",
    }
}

id_enum! {
    /// A preferred gender of the officer or interpreter.
    GenderPreference, "preference" {
        Female = "female",
        Male = "male",
    }
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerRequest {
    pub kind: OfficerRequestKind,
    /// For `officer-gender` and `interpreter-gender`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preference: Option<GenderPreference>,
    #[serde(default)]
    pub text: UserText,
}

impl Record for OfficerRequest {
    const COLLECTION: &'static str = "interview-officer-requests";
}

pub type OfficerRequestId = RecordId<OfficerRequest>;

redacted_debug!(OfficerRequest);
