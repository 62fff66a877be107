//! Checklist templates: the documents worth gathering, per section, stage
//! and situation. They are data, in `content/checklists/<section>.txt`,
//! compiled in with `include_str!` and parsed once.
//!
//! File format (see `docs/content-format.md` for the general shape):
//!
//! ```text
//! section: identity                  # preamble: which section the file fills
//!
//! [passport]
//! title: Passport                    # English, required
//! title.fr: Passeport                # optional, one per language
//! why: Plain A2 English: why it matters.
//! stages: registration, before-interview, after-interview, appeal
//! situations: lgbtqia                # optional: only suggested in these situations
//! source: seed:000_aae23fbdf1bd8042.txt   # repeatable; seed:<file> or https://
//! last-verified: 2026-11-23
//! ```

use super::entries::{self, ContentError, Entry};
use crate::{Error, Result};
use chrono::NaiveDate;
use serde::Serialize;
use std::str::FromStr;
use std::sync::OnceLock;

macro_rules! id_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $field:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            ::serde::Serialize, ::serde::Deserialize,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $id)] $variant ),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable id (used in files, JSON and the CLI).
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.pad(self.id())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::Error;
            fn from_str(s: &str) -> ::std::result::Result<Self, $crate::Error> {
                let s = s.trim();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.id() == s)
                    .ok_or_else(|| {
                        let ids: Vec<&str> = $name::ALL.iter().map(|v| v.id()).collect();
                        $crate::Error::invalid($field, format!("must be one of: {}", ids.join(", ")))
                    })
            }
        }
    };
}
pub(crate) use id_enum;

id_enum! {
    /// A part of the checklist.
    Section, "section" {
        /// Who you are: passport, ID card, parents' papers, certificates.
        Identity = "identity",
        /// Where you come from and how you travelled.
        OriginAndRoute = "origin-route",
        /// Why you fled: legal papers, medical certificates, letters.
        ReasonsForFleeing = "reasons",
        /// Letters of the procedure itself (annex 26, orange card, ...).
        ProcedureLetters = "procedure",
        /// After recognition: blue passport, family reunification.
        AfterRecognition = "after-recognition",
    }
}

impl Section {
    /// English title (the apps translate by id).
    pub fn title(self) -> &'static str {
        match self {
            Section::Identity => "Who you are",
            Section::OriginAndRoute => "Where you come from and your journey",
            Section::ReasonsForFleeing => "Why you fled",
            Section::ProcedureLetters => "Letters of your procedure",
            Section::AfterRecognition => "After you get protection",
        }
    }
}

id_enum! {
    /// Where the user is in the procedure (as far as documents go).
    Stage, "stage" {
        /// At the Immigration Office: application, annex 26, orange card.
        Registration = "registration",
        /// Waiting for and preparing the CGRS personal interview.
        BeforeInterview = "before-interview",
        /// After the interview, waiting for the decision.
        AfterInterview = "after-interview",
        /// Appeal at the Council for Alien Law Litigation.
        Appeal = "appeal",
        /// Recognised as a refugee.
        RefugeeStatus = "refugee-status",
        /// Granted subsidiary protection.
        SubsidiaryProtection = "subsidiary-protection",
    }
}

id_enum! {
    /// A situation that makes extra documents useful. The caller passes the
    /// user's situations; they are not stored by the checklist.
    Situation, "situation" {
        /// Applying because of sexual orientation or gender identity.
        Lgbtqia = "lgbtqia",
        /// Children under 18 in the household.
        Children = "children",
        /// Living in the Brussels-Capital Region.
        Brussels = "brussels",
        /// Wants to bring family members to Belgium.
        FamilyReunification = "family-reunification",
    }
}

/// One template item, as shipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Template {
    pub id: &'static str,
    pub section: Section,
    /// English title.
    pub title: &'static str,
    /// Other languages: (language code, title).
    pub titles: Vec<(&'static str, &'static str)>,
    /// Why it matters, plain English.
    pub why: &'static str,
    pub stages: Vec<Stage>,
    /// Empty: for everyone. Otherwise only for these situations.
    pub situations: Vec<Situation>,
    /// `seed:<file>` or https:// addresses.
    pub sources: Vec<&'static str>,
    pub last_verified: NaiveDate,
    /// The content file it comes from.
    pub file: &'static str,
}

impl Template {
    /// The title in `lang`, or English when there is none.
    pub fn title_in(&self, lang: &str) -> &'static str {
        self.titles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| *t)
            .unwrap_or(self.title)
    }

    /// True when the template is suggested at `stage` for a person in
    /// `situations` (templates without situations are for everyone).
    pub fn applies(&self, stage: Stage, situations: &[Situation]) -> bool {
        self.stages.contains(&stage)
            && (self.situations.is_empty()
                || self.situations.iter().any(|s| situations.contains(s)))
    }
}

/// The shipped files, in section order.
const FILES: &[(&str, &str)] = &[
    (
        "content/checklists/identity.txt",
        include_str!("../../../content/checklists/identity.txt"),
    ),
    (
        "content/checklists/origin-route.txt",
        include_str!("../../../content/checklists/origin-route.txt"),
    ),
    (
        "content/checklists/reasons.txt",
        include_str!("../../../content/checklists/reasons.txt"),
    ),
    (
        "content/checklists/procedure.txt",
        include_str!("../../../content/checklists/procedure.txt"),
    ),
    (
        "content/checklists/after-recognition.txt",
        include_str!("../../../content/checklists/after-recognition.txt"),
    ),
];

const MAX_TITLE: usize = 120;
const MAX_WHY: usize = 600;

fn list<T: FromStr>(entry: &Entry<'_>, line: usize, value: &str) -> Result<Vec<T>, ContentError> {
    let mut out = Vec::new();
    for part in value.split(',').map(str::trim) {
        out.push(
            part.parse()
                .map_err(|_| entry.error(line, format!("unknown value `{part}`")))?,
        );
    }
    Ok(out)
}

fn parse_entry(section: Section, entry: &Entry<'static>) -> Result<Template, ContentError> {
    entry.check_keys(
        &[
            "title.*",
            "why",
            "stages",
            "situations",
            "source",
            "last-verified",
        ],
        &["source"],
    )?;
    let title = entry.required("title")?;
    let why = entry.required("why")?;
    for (f, max) in [(title, MAX_TITLE), (why, MAX_WHY)] {
        if f.value.chars().count() > max {
            return Err(entry.error(
                f.line,
                format!("`{}` is longer than {max} characters", f.key),
            ));
        }
    }
    let stages_field = entry.required("stages")?;
    let stages: Vec<Stage> = list(entry, stages_field.line, stages_field.value)?;
    let situations = match entry.get("situations") {
        Some(f) => list(entry, f.line, f.value)?,
        None => Vec::new(),
    };
    let mut sources = Vec::new();
    for f in entry.all("source") {
        entries::check_source(entry, f)?;
        sources.push(f.value);
    }
    if sources.is_empty() {
        return Err(entry.error(entry.line, format!("`[{}]` has no `source`", entry.id)));
    }
    let last_verified = entries::parse_date(entry, entry.required("last-verified")?)?;
    Ok(Template {
        id: entry.id,
        section,
        title: title.value,
        titles: entry.translations("title"),
        why: why.value,
        stages,
        situations,
        sources,
        last_verified,
        file: entry.file,
    })
}

/// Parses template files; `pub(crate)` so tests can feed broken ones.
pub(crate) fn parse_files(
    files: &[(&'static str, &'static str)],
) -> Result<Vec<Template>, ContentError> {
    let mut out: Vec<Template> = Vec::new();
    for (file, text) in files {
        let parsed = entries::parse(file, text)?;
        let first_line = parsed.entries.first().map_or(1, |e| e.line);
        let section_field = parsed
            .preamble
            .iter()
            .find(|f| f.key == "section")
            .ok_or_else(|| ContentError {
                file,
                line: first_line,
                message: "the file must start with `section: <id>`".into(),
            })?;
        if let Some(other) = parsed.preamble.iter().find(|f| f.key != "section") {
            return Err(ContentError {
                file,
                line: other.line,
                message: format!("unknown key `{}` before the first entry", other.key),
            });
        }
        let section: Section = section_field.value.parse().map_err(|_| ContentError {
            file,
            line: section_field.line,
            message: format!("unknown section `{}`", section_field.value),
        })?;
        if parsed.entries.is_empty() {
            return Err(ContentError {
                file,
                line: section_field.line,
                message: "the file has no entries".into(),
            });
        }
        for entry in &parsed.entries {
            if out.iter().any(|t| t.id == entry.id) {
                return Err(entry.error(
                    entry.line,
                    format!("the id `{}` is used in another file", entry.id),
                ));
            }
            out.push(parse_entry(section, entry)?);
        }
    }
    Ok(out)
}

static TEMPLATES: OnceLock<Result<Vec<Template>, ContentError>> = OnceLock::new();

/// Every shipped template, in file order.
pub fn templates() -> Result<&'static [Template]> {
    match TEMPLATES.get_or_init(|| parse_files(FILES)) {
        Ok(t) => Ok(t),
        Err(e) => Err(Error::corrupt(format!("checklist content {e}"))),
    }
}

/// The template with this id.
pub fn template(id: &str) -> Result<&'static Template> {
    templates()?
        .iter()
        .find(|t| t.id == id.trim())
        .ok_or_else(|| Error::invalid("template", "unknown template id"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_files_are_valid_and_cover_every_section_and_stage() {
        let all = templates().unwrap();
        assert!(all.len() >= 30, "only {} templates", all.len());
        for section in Section::ALL {
            assert!(
                all.iter().filter(|t| t.section == *section).count() >= 3,
                "section {section} has fewer than 3 items"
            );
        }
        for stage in Stage::ALL {
            assert!(
                all.iter().any(|t| t.applies(*stage, &[])),
                "no item for {stage}"
            );
        }
        for situation in Situation::ALL {
            assert!(
                all.iter().any(|t| t.situations.contains(situation)),
                "{situation}"
            );
        }
        for t in all {
            assert!(t.why.ends_with('.'), "{}: `why` should be a sentence", t.id);
            assert!(t.last_verified.to_string().starts_with("202"));
        }
        // The brief's must-haves are there.
        for id in [
            "passport",
            "national-id-card",
            "parents-identity-documents",
            "military-booklet",
            "birth-certificate",
            "marriage-certificate",
            "travel-tickets",
            "visas",
            "annex-26",
            "orange-card",
            "interview-invitation",
            "cgrs-decision",
            "interview-notes-copy",
            "arrest-warrant",
            "summons",
            "medical-certificates",
            "blue-passport-photo",
        ] {
            assert!(template(id).is_ok(), "missing {id}");
        }
    }

    #[test]
    fn titles_fall_back_to_english() {
        let t = template("annex-26").unwrap();
        assert_eq!(t.title_in("nl"), "Bijlage 26");
        assert_eq!(t.title_in("ti"), t.title);
        assert!(matches!(template("nope"), Err(Error::InvalidInput { .. })));
    }

    #[test]
    fn broken_files_are_reported_with_file_and_line() {
        let ok_entry = "[a]\ntitle: A\nwhy: Because.\nstages: registration\nsource: seed:000_aae23fbdf1bd8042.txt\nlast-verified: 2026-11-23\n";
        let cases: Vec<(String, usize, &str)> = vec![
            (format!("section: identity\n{ok_entry}"), 0, ""),
            (ok_entry.to_string(), 1, "section"),
            (
                format!("section: nowhere\n{ok_entry}"),
                1,
                "unknown section",
            ),
            (
                format!(
                    "section: identity\n{}",
                    ok_entry.replace("registration", "later")
                ),
                5,
                "unknown value",
            ),
            (
                format!(
                    "section: identity\n{}",
                    ok_entry.replace("seed:000", "seed:999")
                ),
                6,
                "source",
            ),
            (
                format!(
                    "section: identity\n{}",
                    ok_entry.replace("2026-11-23", "23/11/2026")
                ),
                7,
                "date",
            ),
            (
                format!(
                    "section: identity\n{}",
                    ok_entry.replace("why: Because.\n", "")
                ),
                2,
                "no `why`",
            ),
            (
                format!("section: identity\n{ok_entry}colour: red\n"),
                8,
                "unknown key",
            ),
            (
                format!("section: identity\n{ok_entry}title: again\n"),
                8,
                "twice",
            ),
            (
                format!(
                    "section: identity\n{}",
                    ok_entry.replace("source: seed:000_aae23fbdf1bd8042.txt\n", "")
                ),
                2,
                "no `source`",
            ),
        ];
        for (text, line, needle) in cases {
            let text: &'static str = Box::leak(text.into_boxed_str());
            let r = parse_files(&[("content/checklists/t.txt", text)]);
            if line == 0 {
                assert!(r.is_ok(), "{r:?}");
                continue;
            }
            let e = r.unwrap_err();
            assert_eq!((e.line, e.file), (line, "content/checklists/t.txt"), "{e}");
            assert!(e.message.contains(needle), "{e}");
        }
        // The same id in two files.
        let a: &'static str = Box::leak(format!("section: identity\n{ok_entry}").into_boxed_str());
        let e = parse_files(&[("f1", a), ("f2", a)]).unwrap_err();
        assert_eq!((e.file, e.line), ("f2", 2));
    }
}
