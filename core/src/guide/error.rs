//! The guide's own errors and their one mapping into [`crate::Error`].

/// What can go wrong in the guide. Messages name the kind of thing, never
/// the slug or term the user typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GuideError {
    #[error("article")]
    UnknownArticle,
    #[error("glossary term")]
    UnknownTerm,
    #[error("contact")]
    UnknownContact,
}

impl From<GuideError> for crate::Error {
    fn from(err: GuideError) -> Self {
        match err {
            GuideError::UnknownArticle | GuideError::UnknownTerm | GuideError::UnknownContact => {
                crate::Error::not_found(err)
            }
        }
    }
}
