//! Readable names for the sources that content cites.
//!
//! Content cites a bundled source document as `seed:<file>` (the file in
//! `shared/seeds/`) or a web page by its `https://` address. A person or a
//! lawyer reading "Source: seed:001_b60f278828da0ab3.txt" learns nothing,
//! so wherever a source is shown it goes through [`describe`]. The names
//! follow the source keys of `shared/domain/procedure-rules.md`.

/// The bundled source documents, by file name.
const SEEDS: &[(&str, &str)] = &[
    (
        "000_aae23fbdf1bd8042.txt",
        "NGO information page on the CGRS asylum procedure",
    ),
    (
        "001_b60f278828da0ab3.txt",
        "CGRS page on the personal interview (with the changes of 12 June 2026)",
    ),
    (
        "002_fa9c63c6fdfeabd0.txt",
        "CGRS brochure for recognised refugees",
    ),
    (
        "003_a781c8fd4d182859.txt",
        "EUAA, Forms of protection - Belgium (January 2026)",
    ),
    (
        "004_3f2df3e969749e00.txt",
        "A Brussels law firm's page on its asylum services",
    ),
];

/// The readable name of a bundled source document, if it is one we know.
pub fn seed_title(file: &str) -> Option<&'static str> {
    SEEDS
        .iter()
        .find(|(name, _)| *name == file.trim())
        .map(|(_, title)| *title)
}

/// A source as a person should read it: the title of a bundled document,
/// or the web address as it is. An unknown `seed:` keeps its file name
/// (the build rejects those in content, so this is for hand-made input).
pub fn describe(source: &str) -> String {
    match source.strip_prefix("seed:") {
        Some(file) => match seed_title(file) {
            Some(title) => title.to_string(),
            None => format!("bundled document {}", file.trim()),
        },
        None => source.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_get_titles_and_addresses_stay_as_they_are() {
        assert_eq!(
            describe("seed:003_a781c8fd4d182859.txt"),
            "EUAA, Forms of protection - Belgium (January 2026)"
        );
        assert_eq!(describe("https://www.cgrs.be/en"), "https://www.cgrs.be/en");
        assert_eq!(describe("seed:999_x.txt"), "bundled document 999_x.txt");
    }

    #[test]
    fn every_seed_the_content_cites_has_a_title() {
        use crate::guide::content::EMBEDDED;
        let rules = crate::deadlines::rules().unwrap().all();
        let cited: Vec<String> = rules
            .iter()
            .flat_map(|r| r.sources.iter().map(String::as_str))
            .chain(
                EMBEDDED
                    .articles
                    .iter()
                    .flat_map(|a| a.sources.iter().copied()),
            )
            .chain(
                EMBEDDED
                    .glossary
                    .iter()
                    .flat_map(|g| g.sources.iter().copied()),
            )
            .chain(
                EMBEDDED
                    .contacts
                    .iter()
                    .flat_map(|c| c.sources.iter().copied()),
            )
            .filter_map(|s| s.strip_prefix("seed:").map(str::to_string))
            .collect();
        assert!(!cited.is_empty());
        for file in cited {
            assert!(seed_title(&file).is_some(), "no title for seed {file}");
        }
    }
}
