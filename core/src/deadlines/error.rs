//! The internal error of the deadline layer and its one mapping into the
//! public [`crate::Error`].
//!
//! Messages never contain what the user typed: they name the field or the
//! file line, and list accepted values where that helps.

/// What can go wrong in the deadline layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    /// The rules file is malformed; `line` is 1-based.
    #[error("{file}:{line}: {message}")]
    RulesFile {
        file: String,
        line: usize,
        message: String,
    },
    /// An id (event kind, outcome, ...) is not one of the known ids.
    #[error("unknown {what}; expected one of: {expected}")]
    UnknownId {
        what: &'static str,
        expected: String,
    },
    /// No rule has this id.
    #[error("unknown deadline rule")]
    UnknownRule,
    /// A date computation left the supported calendar range.
    #[error("{field}: date out of range")]
    DateOutOfRange { field: &'static str },
}

impl From<DeadlineError> for crate::Error {
    fn from(e: DeadlineError) -> Self {
        match e {
            DeadlineError::RulesFile { .. } => crate::Error::corrupt(e),
            DeadlineError::UnknownId { what, expected } => {
                crate::Error::invalid(what, format!("unknown value; expected one of: {expected}"))
            }
            DeadlineError::UnknownRule => {
                crate::Error::not_found("deadline rule (list them with `passage rules`)")
            }
            DeadlineError::DateOutOfRange { field } => {
                crate::Error::invalid(field, "date out of the supported range")
            }
        }
    }
}
