//! Contacts: who to call or visit.

use chrono::NaiveDate;
use serde::Serialize;

use super::content::{date, pick, ContactData, GuideData};
use super::types::{ContactKind, Source, TranslationStatus};
use super::GuideError;
use crate::i18n::{Language, LanguageChain};
use crate::Result;

/// A contact with its text in the reader's language (or English).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactView {
    pub id: String,
    pub kind: ContactKind,
    pub name: String,
    /// What they do for you.
    pub text: String,
    pub lang_shown: Language,
    pub translation_status: TranslationStatus,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: Option<String>,
    pub web: Option<String>,
    /// Languages spoken there (codes).
    pub languages: Vec<String>,
    pub sources: Vec<Source>,
    pub last_verified: NaiveDate,
}

fn view(contact: &'static ContactData, chain: &LanguageChain) -> Option<ContactView> {
    let text = pick(contact.texts, chain, |t| t.lang)?;
    let owned = |value: Option<&str>| value.map(str::to_string);
    Some(ContactView {
        id: contact.id.to_string(),
        kind: contact.kind,
        name: contact.name.to_string(),
        text: text.text.to_string(),
        lang_shown: text.lang,
        translation_status: text.status,
        address: owned(contact.address),
        phone: owned(contact.phone),
        email: owned(contact.email),
        hours: owned(contact.hours),
        web: owned(contact.web),
        languages: contact.languages.iter().map(|s| s.to_string()).collect(),
        sources: Source::all(contact.sources),
        last_verified: date(contact.last_verified),
    })
}

/// Every contact, in the order of `_contacts.txt`.
pub(crate) fn list(data: &'static GuideData, chain: &LanguageChain) -> Vec<ContactView> {
    data.contacts
        .iter()
        .filter_map(|c| view(c, chain))
        .collect()
}

/// The contact `id`.
pub(crate) fn get(
    data: &'static GuideData,
    id: &str,
    chain: &LanguageChain,
) -> Result<ContactView> {
    let contact = data
        .contacts
        .iter()
        .find(|c| c.id == id)
        .ok_or(GuideError::UnknownContact)?;
    Ok(view(contact, chain).ok_or(GuideError::UnknownContact)?)
}
