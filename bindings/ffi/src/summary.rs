//! The printable case summary of the whole vault: a self-contained HTML
//! document for A4 (no scripts, no external resources), first in the
//! reader's language, then in the procedure language (Dutch or French).
//! The shell shows it in a WebView or hands it to the print service. It is
//! **not encrypted**: say so before saving or sharing the file.

use crate::blocking::off_thread;
use crate::i18n::chain;
use crate::journal::resolve_today;
use crate::vault::PassageVault;
use crate::PassageError;
use passage_core::case::{self, CaseSelection};
use passage_core::i18n::Language;
use passage_core::summary;
use passage_core::vault::Vault;
use std::path::PathBuf;
use std::sync::Arc;

fn render(
    vault: &Vault,
    languages: &[String],
    procedure_language: &str,
    today: Option<String>,
) -> Result<String, PassageError> {
    let user = chain(languages)?.primary();
    let procedure: Language = procedure_language
        .parse()
        .map_err(passage_core::Error::from)?;
    summary::check_procedure_language(procedure)?;
    let today = resolve_today(today)?;
    let extract = case::extract(vault, &CaseSelection::everything(), today)?;
    Ok(summary::render(&extract, user, procedure, today)?)
}

#[uniffi::export]
impl PassageVault {
    /// The summary as one HTML string. `languages`: the reader's language
    /// chain (the first is used; empty means English); `procedure_language`:
    /// `nl` or `fr` (else `InvalidInput`); `today` (`YYYY-MM-DD`, default:
    /// today in Belgium) is the date in the header and of the deadline
    /// statuses.
    #[uniffi::method(default(today = None))]
    pub fn summary_html(
        &self,
        languages: Vec<String>,
        procedure_language: String,
        today: Option<String>,
    ) -> Result<String, PassageError> {
        render(self.core(), &languages, &procedure_language, today)
    }

    /// Writes the summary to `path` (replacing a file there) through a
    /// temporary file and a rename, on a background thread.
    #[uniffi::method(default(today = None))]
    pub async fn summary_to_file(
        &self,
        path: String,
        languages: Vec<String>,
        procedure_language: String,
        today: Option<String>,
    ) -> Result<(), PassageError> {
        let vault = Arc::clone(self.core());
        off_thread("passage-summary", move || {
            let html = render(&vault, &languages, &procedure_language, today)?;
            Ok(summary::write_file(&PathBuf::from(path), &html)?)
        })
        .await
    }
}
