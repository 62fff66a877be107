//! Small value types shared by the guide's views.

use serde::Serialize;

/// Translation status of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    /// Written in this language.
    Original,
    /// Translated and checked by a person.
    Reviewed,
    /// Drafted by a machine; the apps show a notice until reviewed.
    MachineDrafted,
}

impl TranslationStatus {
    /// `original`, `reviewed` or `machine-drafted`.
    pub fn code(self) -> &'static str {
        match self {
            TranslationStatus::Original => "original",
            TranslationStatus::Reviewed => "reviewed",
            TranslationStatus::MachineDrafted => "machine-drafted",
        }
    }

    /// True when the reader must be told a person has not checked it.
    pub fn needs_review(self) -> bool {
        self == TranslationStatus::MachineDrafted
    }
}

/// What an article is about; articles are listed by topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Procedure,
    Interview,
    Documents,
    LegalAid,
    Protection,
    AfterRecognition,
    SpecialSituations,
    Help,
}

impl Topic {
    /// The code used in `_meta.txt`.
    pub fn code(self) -> &'static str {
        match self {
            Topic::Procedure => "procedure",
            Topic::Interview => "interview",
            Topic::Documents => "documents",
            Topic::LegalAid => "legal-aid",
            Topic::Protection => "protection",
            Topic::AfterRecognition => "after-recognition",
            Topic::SpecialSituations => "special-situations",
            Topic::Help => "help",
        }
    }

    /// The Fluent id of the topic's heading (`guide-topic-<code>`).
    pub fn message_id(self) -> String {
        format!("guide-topic-{}", self.code())
    }
}

/// What kind of place a contact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    Authority,
    Court,
    Reception,
    LegalAid,
    Ngo,
    Municipality,
    Emergency,
}

impl ContactKind {
    /// The code used in `_contacts.txt`.
    pub fn code(self) -> &'static str {
        match self {
            ContactKind::Authority => "authority",
            ContactKind::Court => "court",
            ContactKind::Reception => "reception",
            ContactKind::LegalAid => "legal-aid",
            ContactKind::Ngo => "ngo",
            ContactKind::Municipality => "municipality",
            ContactKind::Emergency => "emergency",
        }
    }
}

/// Where a text's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Source {
    /// A document bundled with the project (`shared/seeds/<file>`).
    Seed { file: String },
    /// A public web page.
    Web { url: String },
}

impl Source {
    /// Reads `seed:<file>` or an `https://` address (checked by the build).
    pub(crate) fn from_content(value: &str) -> Source {
        match value.strip_prefix("seed:") {
            Some(file) => Source::Seed {
                file: file.trim().to_string(),
            },
            None => Source::Web {
                url: value.to_string(),
            },
        }
    }

    pub(crate) fn all(values: &[&str]) -> Vec<Source> {
        values.iter().map(|v| Source::from_content(v)).collect()
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Seed { file } => match crate::sources::seed_title(file) {
                Some(title) => f.write_str(title),
                None => write!(f, "bundled document {file}"),
            },
            Source::Web { url } => f.write_str(url),
        }
    }
}
