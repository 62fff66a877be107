//! The interview layer's internal error and its one mapping to
//! [`crate::Error`]. Messages never contain the user's text.

use crate::Error;

#[derive(Debug)]
pub(crate) enum InterviewError {
    /// A shipped content file is broken (`file:line: message`).
    Content(String),
    /// A linked entry does not exist.
    LinkNotFound(&'static str),
    /// The letter has nothing to say.
    NoCorrections,
}

impl From<InterviewError> for Error {
    fn from(e: InterviewError) -> Self {
        match e {
            InterviewError::Content(at) => Error::corrupt(format!("interview content {at}")),
            InterviewError::LinkNotFound(what) => Error::not_found(what),
            InterviewError::NoCorrections => Error::invalid(
                "corrections",
                "there are no corrections or additions to send yet",
            ),
        }
    }
}
