//! The document checklist: templates, the person's own items, where each
//! original is, links to attachments and journal events, progress.
//!
//! Sections, stages, situations, statuses and locations cross as their
//! stable text ids (listed on each field; [`checklist_sections`] lists the
//! sections with their English titles, the shells translate by id). Dates
//! are `YYYY-MM-DD`; instants RFC 3339 (UTC). Titles of template items come
//! in the language asked for (a code from `languages()`), English when the
//! template has no title in it.

use crate::ids::{self, AttachmentId, ChecklistItemId, EventId};
use crate::vault::PassageVault;
use crate::PassageError;
use passage_core::checklist::{
    self as core_checklist, Checklist, ItemEdit, ItemId, ItemStatus, Location,
    OriginalLocation as CoreLocation, ProgressCounts as CoreCounts, Section, Situation, Stage,
};
use passage_core::i18n::Language;
use passage_core::journal::parse_date;
use passage_core::sensitive::UserText;
use passage_core::vault::Stored;

/// One section of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChecklistSectionInfo {
    /// `identity`, `origin-route`, `reasons`, `procedure`,
    /// `after-recognition`.
    pub id: String,
    /// Plain English title (the shells translate by id).
    pub title: String,
}

/// Every section, in display order.
#[uniffi::export]
pub fn checklist_sections() -> Vec<ChecklistSectionInfo> {
    Section::ALL
        .iter()
        .map(|s| ChecklistSectionInfo {
            id: s.id().to_string(),
            title: s.title().to_string(),
        })
        .collect()
}

/// A shipped template item: a document worth gathering.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChecklistTemplate {
    /// Stable id, e.g. `passport`, `annex-26`.
    pub id: String,
    /// A section id.
    pub section: String,
    /// The title in the language asked for, else English.
    pub title: String,
    /// Why it matters (plain English).
    pub why: String,
    /// Stage ids: `registration`, `before-interview`, `after-interview`,
    /// `appeal`, `refugee-status`, `subsidiary-protection`.
    pub stages: Vec<String>,
    /// Situation ids (`lgbtqia`, `children`, `brussels`,
    /// `family-reunification`); empty: for everyone.
    pub situations: Vec<String>,
    /// `YYYY-MM-DD`.
    pub last_verified: String,
}

fn template(t: &core_checklist::Template, lang: Language) -> ChecklistTemplate {
    ChecklistTemplate {
        id: t.id.to_string(),
        section: t.section.id().to_string(),
        title: t.title_in(lang.code()).to_string(),
        why: t.why.to_string(),
        stages: t.stages.iter().map(|s| s.id().to_string()).collect(),
        situations: t.situations.iter().map(|s| s.id().to_string()).collect(),
        last_verified: t.last_verified.to_string(),
    }
}

fn language(code: &str) -> Result<Language, PassageError> {
    Ok(code
        .parse::<Language>()
        .map_err(passage_core::Error::from)?)
}

/// Every shipped template, in section order, titled in `language`.
#[uniffi::export(default(language = "en"))]
pub fn checklist_templates(language: String) -> Result<Vec<ChecklistTemplate>, PassageError> {
    let lang = self::language(&language)?;
    Ok(core_checklist::templates()?
        .iter()
        .map(|t| template(t, lang))
        .collect())
}

/// Where an original document is now.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OriginalLocation {
    /// `with-me`, `with-my-lawyer`, `with-cgrs`, `with-immigration-office`,
    /// `lost`, `other`.
    pub place: String,
    /// Since when, `YYYY-MM-DD` (1990 to 2100).
    #[uniffi(default = None)]
    pub since: Option<String>,
    /// A word of detail (for `other`).
    #[uniffi(default = "")]
    pub detail: String,
}

fn location_from(l: &CoreLocation) -> OriginalLocation {
    OriginalLocation {
        place: l.place.id().to_string(),
        since: l.since.map(|d| d.to_string()),
        detail: l.detail.as_str().to_string(),
    }
}

fn location_into(l: OriginalLocation) -> Result<CoreLocation, PassageError> {
    Ok(CoreLocation {
        place: l.place.parse::<Location>()?,
        since: l.since.map(|d| parse_date(&d, "since")).transpose()?,
        detail: UserText::new(l.detail),
    })
}

/// One item of the person's checklist.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChecklistItem {
    pub id: ChecklistItemId,
    /// The template it was added from; `None` for an item of one's own.
    pub template_id: Option<String>,
    /// A section id.
    pub section: String,
    /// The title to show: the person's own title if set, else the
    /// template's in the language asked for (English fallback).
    pub title: String,
    /// The person's own title, if any.
    pub custom_title: Option<String>,
    /// `needed`, `have-original`, `have-copy`, `handed-in`, `returned`,
    /// `not-available`.
    pub status: String,
    /// Counts as done in the progress.
    pub done: bool,
    pub location: Option<OriginalLocation>,
    pub note: String,
    /// Why the document cannot be obtained (to explain at the interview).
    pub why_not_available: String,
    pub attachments: Vec<AttachmentId>,
    pub journal_events: Vec<EventId>,
    /// RFC 3339.
    pub created_at: String,
    pub updated_at: String,
    /// When it was moved to the trash, if it is there.
    pub trashed_at: Option<String>,
}

fn item(s: Stored<core_checklist::ChecklistItem>, lang: Language) -> ChecklistItem {
    let v = &s.value;
    ChecklistItem {
        id: ChecklistItemId {
            value: s.id.to_string(),
        },
        template_id: v.template.clone(),
        section: v.section.id().to_string(),
        title: v.title(lang.code()).to_string(),
        custom_title: v.custom_title.as_ref().map(|t| t.as_str().to_string()),
        status: v.status.id().to_string(),
        done: v.is_done(),
        location: v.location.as_ref().map(location_from),
        note: v.note.as_str().to_string(),
        why_not_available: v.why_not_available.as_str().to_string(),
        attachments: v
            .attachments
            .iter()
            .map(|a| AttachmentId { value: a.clone() })
            .collect(),
        journal_events: v
            .journal_events
            .iter()
            .map(|e| EventId { value: e.clone() })
            .collect(),
        created_at: s.created.to_rfc3339(),
        updated_at: s.updated.to_rfc3339(),
        trashed_at: s.trashed.map(|t| t.to_rfc3339()),
    }
}

/// Changes to an item, applied together (all or nothing); a field left
/// `None` stays as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct ChecklistItemEdit {
    /// A status id.
    #[uniffi(default = None)]
    pub status: Option<String>,
    /// Replaces the location (use `checklist_clear_location` to remove it).
    #[uniffi(default = None)]
    pub location: Option<OriginalLocation>,
    /// A new own title; a blank one removes the own title of a template
    /// item (an item of one's own must keep a title).
    #[uniffi(default = None)]
    pub custom_title: Option<String>,
    #[uniffi(default = None)]
    pub note: Option<String>,
    #[uniffi(default = None)]
    pub why_not_available: Option<String>,
    /// A section id.
    #[uniffi(default = None)]
    pub section: Option<String>,
}

fn edit(e: ChecklistItemEdit) -> Result<ItemEdit, PassageError> {
    Ok(ItemEdit {
        status: e.status.map(|s| s.parse::<ItemStatus>()).transpose()?,
        location: e.location.map(location_into).transpose()?,
        custom_title: e.custom_title.map(UserText::new),
        note: e.note.map(UserText::new),
        why_not_available: e.why_not_available.map(UserText::new),
        section: e.section.map(|s| s.parse::<Section>()).transpose()?,
    })
}

/// Counts of items by status (see `checklist_progress`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChecklistCounts {
    pub total: u32,
    /// Have it (original or copy), handed in, returned, or not available
    /// with the reason written down.
    pub done: u32,
    /// `done * 100 / total`, rounded down; 0 without items.
    pub percent_done: u8,
    pub needed: u32,
    pub have_original: u32,
    pub have_copy: u32,
    pub handed_in: u32,
    pub returned: u32,
    pub not_available: u32,
}

fn n(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

impl From<&CoreCounts> for ChecklistCounts {
    fn from(c: &CoreCounts) -> Self {
        ChecklistCounts {
            total: n(c.total),
            done: n(c.done),
            percent_done: c.percent_done,
            needed: n(c.needed),
            have_original: n(c.have_original),
            have_copy: n(c.have_copy),
            handed_in: n(c.handed_in),
            returned: n(c.returned),
            not_available: n(c.not_available),
        }
    }
}

/// One section's progress.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChecklistSectionProgress {
    /// A section id.
    pub section: String,
    pub counts: ChecklistCounts,
}

/// Progress of the live items: every section (in order, empty ones too)
/// and overall.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChecklistProgress {
    pub sections: Vec<ChecklistSectionProgress>,
    pub overall: ChecklistCounts,
}

fn item_id(id: &ChecklistItemId) -> Result<ItemId, PassageError> {
    ids::parse("checklist item id", &id.value)
}

fn new_id(id: ItemId) -> ChecklistItemId {
    ChecklistItemId {
        value: id.to_string(),
    }
}

#[uniffi::export]
impl PassageVault {
    /// Adds the template item `template_id` with status `needed`.
    /// `InvalidInput` for an unknown id, `AlreadyExists` when a live item
    /// from it exists.
    pub fn checklist_add_from_template(
        &self,
        template_id: String,
    ) -> Result<ChecklistItemId, PassageError> {
        Ok(new_id(
            Checklist::new(self.core()).add_from_template(&template_id)?,
        ))
    }

    /// Adds an item of one's own to `section`, with status `needed`.
    pub fn checklist_add_custom(
        &self,
        section: String,
        title: String,
    ) -> Result<ChecklistItemId, PassageError> {
        let section = section.parse::<Section>()?;
        Ok(new_id(
            Checklist::new(self.core()).add_custom(section, UserText::new(title))?,
        ))
    }

    /// One live item, template titles in `language`.
    #[uniffi::method(default(language = "en"))]
    pub fn checklist_get(
        &self,
        id: ChecklistItemId,
        language: String,
    ) -> Result<ChecklistItem, PassageError> {
        let lang = self::language(&language)?;
        Ok(item(Checklist::new(self.core()).get(&item_id(&id)?)?, lang))
    }

    /// Live items, oldest first, template titles in `language`.
    #[uniffi::method(default(language = "en"))]
    pub fn checklist_list(&self, language: String) -> Result<Vec<ChecklistItem>, PassageError> {
        let lang = self::language(&language)?;
        Ok(Checklist::new(self.core())
            .list()?
            .into_iter()
            .map(|s| item(s, lang))
            .collect())
    }

    /// Items in the trash.
    #[uniffi::method(default(language = "en"))]
    pub fn checklist_list_trash(
        &self,
        language: String,
    ) -> Result<Vec<ChecklistItem>, PassageError> {
        let lang = self::language(&language)?;
        Ok(Checklist::new(self.core())
            .list_trash()?
            .into_iter()
            .map(|s| item(s, lang))
            .collect())
    }

    /// Sets the status (a status id).
    pub fn checklist_set_status(
        &self,
        id: ChecklistItemId,
        status: String,
    ) -> Result<(), PassageError> {
        let status = status.parse::<ItemStatus>()?;
        Ok(Checklist::new(self.core()).set_status(&item_id(&id)?, status)?)
    }

    /// Records where the original is now.
    pub fn checklist_set_location(
        &self,
        id: ChecklistItemId,
        location: OriginalLocation,
    ) -> Result<(), PassageError> {
        let l = location_into(location)?;
        Ok(Checklist::new(self.core()).set_location(
            &item_id(&id)?,
            l.place,
            l.since,
            Some(l.detail),
        )?)
    }

    /// Forgets where the original is.
    pub fn checklist_clear_location(&self, id: ChecklistItemId) -> Result<(), PassageError> {
        Ok(Checklist::new(self.core()).clear_location(&item_id(&id)?)?)
    }

    /// Applies every change in `edit` at once; if one is refused, none is
    /// stored.
    pub fn checklist_edit(
        &self,
        id: ChecklistItemId,
        edit: ChecklistItemEdit,
    ) -> Result<(), PassageError> {
        let edit = self::edit(edit)?;
        Ok(Checklist::new(self.core()).edit(&item_id(&id)?, edit)?)
    }

    /// Links a live attachment to the item (an attachment linked to no
    /// item yet also records this item as its own).
    pub fn checklist_link_attachment(
        &self,
        id: ChecklistItemId,
        attachment: AttachmentId,
    ) -> Result<(), PassageError> {
        Ok(Checklist::new(self.core()).link_attachment(&item_id(&id)?, &attachment.value)?)
    }

    /// Removes the link; the attachment itself stays.
    pub fn checklist_unlink_attachment(
        &self,
        id: ChecklistItemId,
        attachment: AttachmentId,
    ) -> Result<(), PassageError> {
        Ok(Checklist::new(self.core()).unlink_attachment(&item_id(&id)?, &attachment.value)?)
    }

    /// Links a journal event.
    pub fn checklist_link_journal_event(
        &self,
        id: ChecklistItemId,
        event: EventId,
    ) -> Result<(), PassageError> {
        Ok(Checklist::new(self.core()).link_journal_event(&item_id(&id)?, &event.value)?)
    }

    pub fn checklist_unlink_journal_event(
        &self,
        id: ChecklistItemId,
        event: EventId,
    ) -> Result<(), PassageError> {
        Ok(Checklist::new(self.core()).unlink_journal_event(&item_id(&id)?, &event.value)?)
    }

    /// Moves the item to the trash (restorable).
    pub fn checklist_trash(&self, id: ChecklistItemId) -> Result<(), PassageError> {
        Ok(Checklist::new(self.core()).trash(&item_id(&id)?)?)
    }

    /// Brings an item back from the trash.
    pub fn checklist_restore(&self, id: ChecklistItemId) -> Result<(), PassageError> {
        Ok(Checklist::new(self.core()).restore(&item_id(&id)?)?)
    }

    /// Progress per section and overall.
    pub fn checklist_progress(&self) -> Result<ChecklistProgress, PassageError> {
        let p = Checklist::new(self.core()).progress()?;
        Ok(ChecklistProgress {
            sections: p
                .sections
                .iter()
                .map(|s| ChecklistSectionProgress {
                    section: s.section.id().to_string(),
                    counts: (&s.counts).into(),
                })
                .collect(),
            overall: (&p.overall).into(),
        })
    }

    /// Template items for `stage` (a stage id) and the person's
    /// `situations` (situation ids; they are not stored) that are not yet
    /// added (an item in the trash counts as not added), titled in
    /// `language`.
    #[uniffi::method(default(situations = [], language = "en"))]
    pub fn checklist_suggested(
        &self,
        stage: String,
        situations: Vec<String>,
        language: String,
    ) -> Result<Vec<ChecklistTemplate>, PassageError> {
        let stage = stage.parse::<Stage>()?;
        let situations = situations
            .iter()
            .map(|s| s.parse::<Situation>())
            .collect::<Result<Vec<_>, _>>()?;
        let lang = self::language(&language)?;
        Ok(Checklist::new(self.core())
            .suggested_items_for(stage, &situations)?
            .into_iter()
            .map(|t| template(t, lang))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use crate::blocking::tests::block_on;
    use crate::*;

    #[test]
    fn items_progress_edit_trash_and_suggestions() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v").to_string_lossy().into_owned();
        let vault = block_on(create_vault(
            dir,
            "long passphrase".into(),
            VaultConfig { kdf_log_n: 4 },
        ))
        .unwrap()
        .vault;
        assert!(checklist_templates("nl".into())
            .unwrap()
            .iter()
            .any(|t| t.id == "annex-26" && t.title == "Bijlage 26"));
        assert!(matches!(
            checklist_templates("xx".into()),
            Err(PassageError::InvalidInput { .. })
        ));
        let annex = vault
            .checklist_add_from_template("annex-26".into())
            .unwrap();
        assert!(matches!(
            vault.checklist_add_from_template("annex-26".into()),
            Err(PassageError::AlreadyExists { .. })
        ));
        let own = vault
            .checklist_add_custom("reasons".into(), "Letter from my uncle".into())
            .unwrap();
        vault
            .checklist_set_status(annex.clone(), "handed-in".into())
            .unwrap();
        vault
            .checklist_set_location(
                annex.clone(),
                OriginalLocation {
                    place: "with-immigration-office".into(),
                    since: Some("2026-02-03".into()),
                    detail: String::new(),
                },
            )
            .unwrap();
        let bad = vault.checklist_set_status(own.clone(), "lost-it".into());
        assert!(
            matches!(bad, Err(PassageError::InvalidInput { ref field, .. }) if field == "status")
        );
        vault
            .checklist_edit(
                own.clone(),
                ChecklistItemEdit {
                    status: Some("not-available".into()),
                    why_not_available: Some("My uncle cannot send it.".into()),
                    ..ChecklistItemEdit::default()
                },
            )
            .unwrap();

        let p = vault.checklist_progress().unwrap();
        let ids: Vec<_> = p.sections.iter().map(|s| s.section.clone()).collect();
        let expected: Vec<_> = checklist_sections().into_iter().map(|s| s.id).collect();
        assert_eq!(ids, expected);
        let procedure = p
            .sections
            .iter()
            .find(|s| s.section == "procedure")
            .unwrap();
        assert_eq!((procedure.counts.total, procedure.counts.handed_in), (1, 1));
        assert_eq!(
            (p.overall.total, p.overall.done, p.overall.percent_done),
            (2, 2, 100)
        );

        let items = vault.checklist_list("nl".into()).unwrap();
        assert_eq!(items[0].title, "Bijlage 26");
        assert_eq!(
            items[0].location.as_ref().unwrap().since.as_deref(),
            Some("2026-02-03")
        );
        assert_eq!(items[1].title, "Letter from my uncle");
        assert!(items[1].done);

        vault.checklist_trash(annex.clone()).unwrap();
        assert_eq!(vault.checklist_list_trash("en".into()).unwrap().len(), 1);
        assert!(vault
            .checklist_suggested("registration".into(), vec![], "en".into())
            .unwrap()
            .iter()
            .any(|t| t.id == "annex-26"));
        vault.checklist_restore(annex).unwrap();
        assert!(!vault
            .checklist_suggested("registration".into(), vec![], "en".into())
            .unwrap()
            .iter()
            .any(|t| t.id == "annex-26"));
        assert!(matches!(
            vault.checklist_suggested("later".into(), vec![], "en".into()),
            Err(PassageError::InvalidInput { .. })
        ));
    }
}
