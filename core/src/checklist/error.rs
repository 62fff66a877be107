//! The checklist layer's internal error and its one mapping to
//! [`crate::Error`]. Messages name fields, never what the user wrote.

use crate::Error;

#[derive(Debug)]
pub(crate) enum ChecklistError {
    /// The template was already added and is not in the trash.
    AlreadyAdded,
    /// A linked record does not exist.
    LinkNotFound(&'static str),
}

impl From<ChecklistError> for Error {
    fn from(e: ChecklistError) -> Self {
        match e {
            ChecklistError::AlreadyAdded => Error::AlreadyExists {
                what: "a checklist item from this template".into(),
            },
            ChecklistError::LinkNotFound(what) => Error::not_found(what),
        }
    }
}
